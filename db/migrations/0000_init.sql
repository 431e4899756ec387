CREATE TABLE `figures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_id` integer NOT NULL,
	`metric_id` integer,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`raw_text` text NOT NULL,
	`quote_start` integer NOT NULL,
	`quote_end` integer NOT NULL,
	`quote` text NOT NULL,
	`kind` text NOT NULL,
	`low` real,
	`high` real,
	`date_low` text,
	`date_high` text,
	`date_precision` text,
	`qualifier` text NOT NULL,
	`hedge` text,
	`hedge_start` integer,
	`unit` text,
	`unit_raw` text,
	`dimension` text NOT NULL,
	`vague` integer DEFAULT false NOT NULL,
	`restated` text,
	`counts` text,
	`as_of` text,
	`attributed_to` text,
	`status` text DEFAULT 'extracted' NOT NULL,
	`signals` text NOT NULL,
	`warnings` text DEFAULT '[]' NOT NULL,
	`extractor_version` text NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`metric_id`) REFERENCES `metrics`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `figures_source_idx` ON `figures` (`source_id`);--> statement-breakpoint
CREATE INDEX `figures_metric_idx` ON `figures` (`metric_id`);--> statement-breakpoint
CREATE TABLE `metrics` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`label` text NOT NULL,
	`unit` text,
	`kind` text NOT NULL,
	`description` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `metrics_slug_unique` ON `metrics` (`slug`);--> statement-breakpoint
CREATE TABLE `sources` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`content_hash` text NOT NULL,
	`title` text NOT NULL,
	`publisher` text,
	`url` text,
	`published_at` text,
	`retrieved_at` integer NOT NULL,
	`file_name` text,
	`format` text NOT NULL,
	`text` text NOT NULL,
	`extractor_version` text NOT NULL,
	`warnings` text DEFAULT '[]' NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sources_content_hash_unique` ON `sources` (`content_hash`);