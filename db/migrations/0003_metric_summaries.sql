ALTER TABLE `metrics` ADD `source_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `metrics` ADD `figure_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `metrics` ADD `charted_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `metrics` ADD `value_min` real;--> statement-breakpoint
ALTER TABLE `metrics` ADD `value_max` real;--> statement-breakpoint
ALTER TABLE `metrics` ADD `median_low` real;--> statement-breakpoint
ALTER TABLE `metrics` ADD `median_high` real;--> statement-breakpoint
ALTER TABLE `metrics` ADD `ratio` real;--> statement-breakpoint
ALTER TABLE `metrics` ADD `spread_score` real DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `metrics` ADD `verdict` text DEFAULT 'agree' NOT NULL;--> statement-breakpoint
ALTER TABLE `metrics` ADD `verdict_rank` integer DEFAULT 2 NOT NULL;--> statement-breakpoint
ALTER TABLE `metrics` ADD `verdict_reason` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `metrics` ADD `span_figure_ids` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `metrics` ADD `latest_published_at` text;--> statement-breakpoint
ALTER TABLE `metrics` ADD `latest_retrieved_at` integer;--> statement-breakpoint
CREATE INDEX `metrics_rank_idx` ON `metrics` (`verdict_rank`,"spread_score" desc,"source_count" desc);--> statement-breakpoint
CREATE INDEX `metrics_spread_idx` ON `metrics` (`spread_score`);--> statement-breakpoint
CREATE INDEX `metrics_source_count_idx` ON `metrics` (`source_count`);--> statement-breakpoint
CREATE INDEX `metrics_recent_idx` ON `metrics` (`latest_published_at`,`latest_retrieved_at`);--> statement-breakpoint
CREATE INDEX `metrics_unit_idx` ON `metrics` (`unit`);