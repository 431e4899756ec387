CREATE TABLE `stories` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text,
	`profile` text NOT NULL,
	`sources` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `story_terms` (
	`term` text NOT NULL,
	`story_id` integer NOT NULL,
	PRIMARY KEY(`term`, `story_id`),
	FOREIGN KEY (`story_id`) REFERENCES `stories`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `story_terms_story_idx` ON `story_terms` (`story_id`);--> statement-breakpoint
CREATE TABLE `term_docs` (
	`term` text PRIMARY KEY NOT NULL,
	`docs` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `figures` ADD `bucket` text;--> statement-breakpoint
ALTER TABLE `figures` ADD `period` text;--> statement-breakpoint
CREATE INDEX `figures_bucket_idx` ON `figures` (`bucket`);--> statement-breakpoint
ALTER TABLE `metrics` ADD `story_id` integer;--> statement-breakpoint
ALTER TABLE `sources` ADD `story_id` integer;--> statement-breakpoint
CREATE INDEX `sources_story_idx` ON `sources` (`story_id`);