DROP INDEX `figures_source_idx`;--> statement-breakpoint
DROP INDEX `figures_metric_idx`;--> statement-breakpoint
CREATE INDEX `figures_source_start_idx` ON `figures` (`source_id`,`start`);--> statement-breakpoint
CREATE INDEX `figures_metric_order_idx` ON `figures` (`metric_id`,`source_id`,`start`);