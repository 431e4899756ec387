import { desc, relations } from 'drizzle-orm';
import { blob, index, integer, primaryKey, real, sqliteTable, text, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { BinnedChart } from '../lib/spread/bins';

/** One document (article, report, statement); every figure offset refers to its verbatim `text`. */
export const sources = sqliteTable('sources', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  contentHash: text('content_hash').notNull().unique(),
  title: text('title').notNull(),
  publisher: text('publisher'),
  url: text('url'),
  // A publication date as the source states it ("2025-03-17" or "2025-03"): a calendar date, not an instant.
  publishedAt: text('published_at'),
  retrievedAt: integer('retrieved_at', { mode: 'timestamp_ms' }).notNull(),
  fileName: text('file_name'),
  format: text('format', { enum: ['text', 'markdown', 'html', 'pdf'] }).notNull(),
  text: text('text').notNull(),
  extractorVersion: text('extractor_version').notNull(),
  warnings: text('warnings', { mode: 'json' }).$type<string[]>().notNull().default([]),
  // The earlier source this one repeats (the same article as HTML, a reprint under another headline): it is
  // kept and shown, but its figures join no metric, so one article never counts as two agreeing sources.
  duplicateOf: integer('duplicate_of').references((): AnySQLiteColumn => sources.id, { onDelete: 'set null' }),
  // The story the source tells (grouping compares figures only within one story).
  storyId: integer('story_id'),
  // The MinHash signature of its shingles (lib/ingest/similar.ts): a near-duplicate candidate found through
  // `source_bands` is checked against it before any text is read.
  signature: blob('signature', { mode: 'buffer' }),
}, (t) => [index('sources_story_idx').on(t.storyId)]);

/**
 * MinHash band keys of each source's shingles (lib/ingest/similar.ts): a new source is compared word by word
 * only with the sources sharing a band, so finding a near-duplicate costs the same in any size of archive.
 */
export const sourceBands = sqliteTable('source_bands', {
  key: integer('key').notNull(),
  sourceId: integer('source_id').notNull().references(() => sources.id, { onDelete: 'cascade' }),
}, (t) => [primaryKey({ columns: [t.key, t.sourceId] }), index('source_bands_source_idx').on(t.sourceId)]);

/** Sources that tell one story, with the word profile a new source is compared with. */
export const stories = sqliteTable('stories', {
  id: integer('id').primaryKey(),
  name: text('name'),
  /** Summed term frequencies of the member sources, cut to the strongest terms. */
  profile: text('profile', { mode: 'json' }).$type<Record<string, number>>().notNull(),
  sources: integer('sources').notNull(),
});

/** Inverted index from a story's key terms to the story: a new source is compared only with stories sharing one. */
export const storyTerms = sqliteTable('story_terms', {
  term: text('term').notNull(),
  storyId: integer('story_id').notNull().references(() => stories.id, { onDelete: 'cascade' }),
}, (t) => [primaryKey({ columns: [t.term, t.storyId] }), index('story_terms_story_idx').on(t.storyId)]);

/** In how many sources each word occurs: the IDF that story matching weighs words with. */
export const termDocs = sqliteTable('term_docs', {
  term: text('term').primaryKey(),
  docs: integer('docs').notNull(),
});

/**
 * Figures across sources that measure the same thing, with their summary: the overview reads these
 * columns and never a metric's figures. `refreshMetricSummaries` rewrites them inside every ingest.
 */
export const metrics = sqliteTable(
  'metrics',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull().unique(),
    label: text('label').notNull(),
    unit: text('unit'),
    kind: text('kind', { enum: ['quantity', 'date'] }).notNull(),
    description: text('description').notNull().default(''),
    storyId: integer('story_id'),
    // Distinct sources, not figures: one source stating two values is still one voice.
    sourceCount: integer('source_count').notNull().default(0),
    figureCount: integer('figure_count').notNull().default(0),
    chartedCount: integer('charted_count').notNull().default(0),
    // On the metric's axis: the value itself, or months since year 0 for dates (lib/spread/axis.ts).
    valueMin: real('value_min'),
    valueMax: real('value_max'),
    medianLow: real('median_low'),
    medianHigh: real('median_high'),
    ratio: real('ratio'),
    spreadScore: real('spread_score').notNull().default(0),
    verdict: text('verdict', { enum: ['agree', 'revised', 'disagree'] }).notNull().default('agree'),
    // 0 disagree, 1 revised, 2 agree: the overview's default order without a CASE over every row.
    verdictRank: integer('verdict_rank').notNull().default(2),
    verdictReason: text('verdict_reason').notNull().default(''),
    // The figures the overview's "values stated" label is made from (lowest, highest; dates: one per value).
    spanFigureIds: text('span_figure_ids', { mode: 'json' }).$type<number[]>().notNull().default([]),
    // The chart's axis and bins once it has too many figures for a row each, so its page reads no figure for it.
    chartBins: text('chart_bins', { mode: 'json' }).$type<BinnedChart>(),
    latestPublishedAt: text('latest_published_at'),
    latestRetrievedAt: integer('latest_retrieved_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    index('metrics_rank_idx').on(t.verdictRank, desc(t.spreadScore), desc(t.sourceCount)),
    index('metrics_spread_idx').on(t.spreadScore),
    index('metrics_source_count_idx').on(t.sourceCount),
    index('metrics_recent_idx').on(t.latestPublishedAt, t.latestRetrievedAt),
    // The overview's totals and its unit filter's choices read only these columns of the metrics with figures: two
    // covering indexes answer them without reading metric rows (10 and 14 ms at 100,000 sources, then 3 and 1 ms).
    index('metrics_unit_idx').on(t.unit, t.figureCount),
    index('metrics_totals_idx').on(t.figureCount, t.verdict),
  ],
);

/** One reported value with its citation: the quote, its offsets and the source it came from. */
export const figures = sqliteTable(
  'figures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sourceId: integer('source_id')
      .notNull()
      .references(() => sources.id, { onDelete: 'cascade' }),
    metricId: integer('metric_id').references(() => metrics.id, { onDelete: 'set null' }),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    rawText: text('raw_text').notNull(),
    quoteStart: integer('quote_start').notNull(),
    quoteEnd: integer('quote_end').notNull(),
    quote: text('quote').notNull(),
    kind: text('kind', { enum: ['quantity', 'date'] }).notNull(),
    // Bounds as stated, never collapsed to a midpoint; null for vague counts such as "hundreds".
    low: real('low'),
    high: real('high'),
    dateLow: text('date_low'),
    dateHigh: text('date_high'),
    datePrecision: text('date_precision', { enum: ['year', 'part-of-year', 'month', 'day'] }),
    qualifier: text('qualifier', {
      enum: ['exact', 'about', 'at least', 'more than', 'up to', 'less than', 'range'],
    }).notNull(),
    hedge: text('hedge'),
    hedgeStart: integer('hedge_start'),
    unit: text('unit'),
    unitRaw: text('unit_raw'),
    dimension: text('dimension').notNull(),
    vague: integer('vague', { mode: 'boolean' }).notNull().default(false),
    restated: text('restated', { mode: 'json' }).$type<{ low: number; high: number; unit: string; text: string } | null>(),
    counts: text('counts'),
    asOf: text('as_of'),
    attributedTo: text('attributed_to'),
    // The page of a PDF source the figure is printed on (1-based), cited as "p. 12"; null for other formats.
    page: integer('page'),
    status: text('status', { enum: ['extracted', 'confirmed', 'corrected', 'rejected'] })
      .notNull()
      .default('extracted'),
    // Status and rank as the desk's decision (figure_decisions) last set them: a copy kept here so every view and
    // summary can filter with one column. Deprecated and rejected figures stay stored and shown apart.
    rank: text('rank', { enum: ['preferred', 'normal', 'deprecated'] }).notNull().default('normal'),
    signals: text('signals', { mode: 'json' }).$type<import('../lib/extract/types').FigureSignals>().notNull(),
    warnings: text('warnings', { mode: 'json' }).$type<string[]>().notNull().default([]),
    extractorVersion: text('extractor_version').notNull(),
    // Grouping's candidate index: figures that could share a metric share this key (story, kind, dimension, unit, frame).
    bucket: text('bucket'),
    // The month or day the figure's sentence ties it to (lib/group periodsOf), kept because it needs the source's text
    // and other figures; `npm run regroup` reads it again.
    period: text('period'),
  },
  // Source and metric pages read one part or page of figures in citation order: (source, start) and
  // (metric, source, start) seek it and stop at the page's end instead of sorting every figure.
  (t) => [index('figures_source_start_idx').on(t.sourceId, t.start), index('figures_metric_order_idx').on(t.metricId, t.sourceId, t.start),
    index('figures_bucket_metric_idx').on(t.bucket, t.metricId),
    // The overview's total counts the rejected few through this index instead of reading every figure row.
    index('figures_status_idx').on(t.status)],
);

/** Someone who may sign in. Reading needs no account; writing needs an editor or admin who is not disabled. */
export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull().unique(),
  // scrypt, with its parameters and salt in the string (lib/auth/password.ts).
  passwordHash: text('password_hash').notNull(),
  role: text('role', { enum: ['admin', 'editor'] }).notNull(),
  disabled: integer('disabled', { mode: 'boolean' }).notNull().default(false),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
});

/**
 * What a source was read from, kept so it can be re-read and shown as it was when checked:
 * the original bytes (zlib-deflated), their content type, the URL asked for and the one answered after redirects.
 */
export const sourceOriginals = sqliteTable('source_originals', {
  sourceId: integer('source_id')
    .primaryKey()
    .references(() => sources.id, { onDelete: 'cascade' }),
  contentType: text('content_type').notNull(),
  byteLength: integer('byte_length').notNull(),
  bytes: blob('bytes', { mode: 'buffer' }).notNull(),
  fetchedUrl: text('fetched_url'),
  finalUrl: text('final_url'),
  redirects: text('redirects', { mode: 'json' }).$type<string[]>().notNull().default([]),
  retrievedAt: integer('retrieved_at', { mode: 'timestamp_ms' }).notNull(),
  // Offsets in the stored text where each PDF page starts (page 1 at index 0); null for other formats.
  pageStarts: text('page_starts', { mode: 'json' }).$type<number[] | null>(),
  addedBy: integer('added_by').references(() => users.id, { onDelete: 'set null' }),
});

/**
 * Sources read and previewed but not yet saved: the preview shows exactly what the save will store,
 * so a fetched page is fetched once. One row per source; rows of one preview share a `draft_key`.
 */
export const sourceDrafts = sqliteTable(
  'source_drafts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    draftKey: text('draft_key').notNull(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    // zlib-deflated JSON of a StagedSource (lib/ingest/staged.ts), original bytes included.
    payload: blob('payload', { mode: 'buffer' }).notNull(),
  },
  (t) => [index('source_drafts_key_idx').on(t.draftKey)],
);

/**
 * The desk's current decision on one figure, applied over whatever grouping proposes (lib/review/apply.ts):
 * its status, rank, edited fields and the metric a person pinned it to. `version` rises with every change,
 * so a save made from a stale page is refused instead of overwriting someone else's.
 */
export const figureDecisions = sqliteTable('figure_decisions', {
  figureId: integer('figure_id').primaryKey().references(() => figures.id, { onDelete: 'cascade' }),
  // The metric a person placed the figure in (confirm, move, merge, split); null leaves placement to the machine.
  metricId: integer('metric_id').references(() => metrics.id, { onDelete: 'set null' }),
  status: text('status', { enum: ['confirmed', 'rejected'] }),
  reason: text('reason'),
  rank: text('rank', { enum: ['preferred', 'normal', 'deprecated'] }).notNull().default('normal'),
  rankReason: text('rank_reason'),
  // The fields a person corrected, and what the extractor had said of each (restored when an edit is undone).
  edits: text('edits', { mode: 'json' }).$type<FigureEdits>().notNull().default({}),
  original: text('original', { mode: 'json' }).$type<FigureEdits>().notNull().default({}),
  version: integer('version').notNull().default(1),
  updatedBy: integer('updated_by').references(() => users.id, { onDelete: 'set null' }),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
}, (t) => [index('figure_decisions_metric_idx').on(t.metricId)]);

/**
 * A metric a person curated: its name and scope, the desk's verdict, or the metric another was merged into.
 * A metric with a row here is kept by a full regroup, and its label and scope win over the machine's.
 */
export const metricDecisions = sqliteTable('metric_decisions', {
  metricId: integer('metric_id').primaryKey().references(() => metrics.id, { onDelete: 'cascade' }),
  label: text('label'),
  scope: text('scope'),
  mergedInto: integer('merged_into').references((): AnySQLiteColumn => metrics.id, { onDelete: 'set null' }),
  verdictLow: real('verdict_low'),
  verdictHigh: real('verdict_high'),
  verdictNote: text('verdict_note'),
  verdictFigureIds: text('verdict_figure_ids', { mode: 'json' }).$type<number[]>().notNull().default([]),
  version: integer('version').notNull().default(1),
  updatedBy: integer('updated_by').references(() => users.id, { onDelete: 'set null' }),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
});

/** Two metrics that count different things (not a disagreement): never merged or charted as one spread. Stored with metricA < metricB. */
export const metricPairs = sqliteTable('metric_pairs', {
  metricA: integer('metric_a').notNull().references(() => metrics.id, { onDelete: 'cascade' }),
  metricB: integer('metric_b').notNull().references(() => metrics.id, { onDelete: 'cascade' }),
  reason: text('reason').notNull(),
}, (t) => [primaryKey({ columns: [t.metricA, t.metricB] })]);

/**
 * Every change a person made, append-only: who, when, what, the decision rows before and after, and why.
 * Undo writes `before` back and appends an event of its own; nothing here is updated except `undoneBy`.
 */
export const reviewEvents = sqliteTable('review_events', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
  userName: text('user_name').notNull(),
  action: text('action').notNull(),
  figureId: integer('figure_id'),
  metricId: integer('metric_id'),
  summary: text('summary').notNull(),
  reason: text('reason'),
  changes: text('changes', { mode: 'json' }).$type<import('../lib/review/types').RowChange[]>().notNull(),
  undoes: integer('undoes'),
  undoneBy: integer('undone_by'),
}, (t) => [index('review_events_figure_idx').on(t.figureId), index('review_events_metric_idx').on(t.metricId)]);

/** What the machine proposed against a decision (a figure a regroup would move): shown to editors, never applied. */
export const reviewSuggestions = sqliteTable('review_suggestions', {
  figureId: integer('figure_id').primaryKey().references(() => figures.id, { onDelete: 'cascade' }),
  proposedMetricId: integer('proposed_metric_id').references(() => metrics.id, { onDelete: 'set null' }),
  proposedLabel: text('proposed_label').notNull(),
});

export const sourcesRelations = relations(sources, ({ many }) => ({ figures: many(figures) }));
export const metricsRelations = relations(metrics, ({ many }) => ({ figures: many(figures) }));
export const figuresRelations = relations(figures, ({ one }) => ({
  source: one(sources, { fields: [figures.sourceId], references: [sources.id] }),
  metric: one(metrics, { fields: [figures.metricId], references: [metrics.id] }),
}));

export type FigureEdits = import('../lib/review/types').FigureEdits;
export type FigureDecision = typeof figureDecisions.$inferSelect;
export type MetricDecision = typeof metricDecisions.$inferSelect;
export type ReviewEvent = typeof reviewEvents.$inferSelect;
export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type SourceOriginal = typeof sourceOriginals.$inferSelect;
export type NewSourceOriginal = typeof sourceOriginals.$inferInsert;
export type Source = typeof sources.$inferSelect;
export type NewSource = typeof sources.$inferInsert;
export type Metric = typeof metrics.$inferSelect;
export type NewMetric = typeof metrics.$inferInsert;
export type Figure = typeof figures.$inferSelect;
export type NewFigure = typeof figures.$inferInsert;
