import { relations } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

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
  format: text('format', { enum: ['text', 'markdown', 'html'] }).notNull(),
  text: text('text').notNull(),
  extractorVersion: text('extractor_version').notNull(),
  warnings: text('warnings', { mode: 'json' }).$type<string[]>().notNull().default([]),
  // The story the source tells (grouping compares figures only within one story).
  storyId: integer('story_id'),
}, (t) => [index('sources_story_idx').on(t.storyId)]);

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

/** Figures across sources that measure the same thing. */
export const metrics = sqliteTable('metrics', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  slug: text('slug').notNull().unique(),
  label: text('label').notNull(),
  unit: text('unit'),
  kind: text('kind', { enum: ['quantity', 'date'] }).notNull(),
  description: text('description').notNull().default(''),
  storyId: integer('story_id'),
});

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
    status: text('status', { enum: ['extracted', 'confirmed', 'corrected', 'rejected'] })
      .notNull()
      .default('extracted'),
    signals: text('signals', { mode: 'json' }).$type<import('../lib/extract/types').FigureSignals>().notNull(),
    warnings: text('warnings', { mode: 'json' }).$type<string[]>().notNull().default([]),
    extractorVersion: text('extractor_version').notNull(),
    // Grouping's candidate index: figures that could share a metric share this key (story, kind, dimension, unit, frame).
    bucket: text('bucket'),
    // The month the figure's sentence ties it to (lib/group periodOf), kept because it needs the source's other figures.
    period: text('period'),
  },
  (t) => [index('figures_source_idx').on(t.sourceId), index('figures_metric_idx').on(t.metricId), index('figures_bucket_idx').on(t.bucket)],
);

export const sourcesRelations = relations(sources, ({ many }) => ({ figures: many(figures) }));
export const metricsRelations = relations(metrics, ({ many }) => ({ figures: many(figures) }));
export const figuresRelations = relations(figures, ({ one }) => ({
  source: one(sources, { fields: [figures.sourceId], references: [sources.id] }),
  metric: one(metrics, { fields: [figures.metricId], references: [metrics.id] }),
}));

export type Source = typeof sources.$inferSelect;
export type NewSource = typeof sources.$inferInsert;
export type Metric = typeof metrics.$inferSelect;
export type NewMetric = typeof metrics.$inferInsert;
export type Figure = typeof figures.$inferSelect;
export type NewFigure = typeof figures.$inferInsert;
