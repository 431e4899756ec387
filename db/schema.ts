import { relations } from 'drizzle-orm';
import { index, integer, real, sqliteTable, text, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';

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
  // The earlier source this one repeats (the same article as HTML, a reprint under another headline): it is
  // kept and shown, but its figures join no metric, so one article never counts as two agreeing sources.
  duplicateOf: integer('duplicate_of').references((): AnySQLiteColumn => sources.id, { onDelete: 'set null' }),
});

/** Figures across sources that measure the same thing. */
export const metrics = sqliteTable('metrics', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  slug: text('slug').notNull().unique(),
  label: text('label').notNull(),
  unit: text('unit'),
  kind: text('kind', { enum: ['quantity', 'date'] }).notNull(),
  description: text('description').notNull().default(''),
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
  },
  (t) => [index('figures_source_idx').on(t.sourceId), index('figures_metric_idx').on(t.metricId)],
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
