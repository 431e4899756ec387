DROP INDEX `metrics_unit_idx`;--> statement-breakpoint
CREATE INDEX `metrics_totals_idx` ON `metrics` (`figure_count`,`verdict`);--> statement-breakpoint
CREATE INDEX `metrics_unit_idx` ON `metrics` (`unit`,`figure_count`);