CREATE TABLE `figure_decisions` (
	`figure_id` integer PRIMARY KEY NOT NULL,
	`metric_id` integer,
	`status` text,
	`reason` text,
	`rank` text DEFAULT 'normal' NOT NULL,
	`rank_reason` text,
	`edits` text DEFAULT '{}' NOT NULL,
	`original` text DEFAULT '{}' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`updated_by` integer,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`figure_id`) REFERENCES `figures`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`metric_id`) REFERENCES `metrics`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `figure_decisions_metric_idx` ON `figure_decisions` (`metric_id`);--> statement-breakpoint
CREATE TABLE `metric_decisions` (
	`metric_id` integer PRIMARY KEY NOT NULL,
	`label` text,
	`scope` text,
	`merged_into` integer,
	`verdict_low` real,
	`verdict_high` real,
	`verdict_note` text,
	`verdict_figure_ids` text DEFAULT '[]' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`updated_by` integer,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`metric_id`) REFERENCES `metrics`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`merged_into`) REFERENCES `metrics`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `metric_pairs` (
	`metric_a` integer NOT NULL,
	`metric_b` integer NOT NULL,
	`reason` text NOT NULL,
	PRIMARY KEY(`metric_a`, `metric_b`),
	FOREIGN KEY (`metric_a`) REFERENCES `metrics`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`metric_b`) REFERENCES `metrics`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `review_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer NOT NULL,
	`user_id` integer,
	`user_name` text NOT NULL,
	`action` text NOT NULL,
	`figure_id` integer,
	`metric_id` integer,
	`summary` text NOT NULL,
	`reason` text,
	`changes` text NOT NULL,
	`undoes` integer,
	`undone_by` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `review_events_figure_idx` ON `review_events` (`figure_id`);--> statement-breakpoint
CREATE INDEX `review_events_metric_idx` ON `review_events` (`metric_id`);--> statement-breakpoint
CREATE TABLE `review_suggestions` (
	`figure_id` integer PRIMARY KEY NOT NULL,
	`proposed_metric_id` integer,
	`proposed_label` text NOT NULL,
	FOREIGN KEY (`figure_id`) REFERENCES `figures`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`proposed_metric_id`) REFERENCES `metrics`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
ALTER TABLE `figures` ADD `rank` text DEFAULT 'normal' NOT NULL;