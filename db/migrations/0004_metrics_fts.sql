-- Full-text search over each metric's label, description and the titles of the sources it cites.
-- rowid is the metric's id. refreshMetricSummaries (lib/ingest/summaries.ts) rewrites a metric's row in the
-- ingest transaction; the trigger drops the row when regrouping deletes the metric.
CREATE VIRTUAL TABLE `metrics_fts` USING fts5(label, description, source_titles, tokenize = 'porter unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `metrics_fts_delete` AFTER DELETE ON `metrics` BEGIN
  DELETE FROM `metrics_fts` WHERE rowid = old.id;
END;
