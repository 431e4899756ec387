CREATE TABLE `source_bands` (
	`key` integer NOT NULL,
	`source_id` integer NOT NULL,
	PRIMARY KEY(`key`, `source_id`),
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `source_bands_source_idx` ON `source_bands` (`source_id`);--> statement-breakpoint
DROP INDEX `figures_bucket_idx`;--> statement-breakpoint
CREATE INDEX `figures_bucket_metric_idx` ON `figures` (`bucket`,`metric_id`);--> statement-breakpoint
ALTER TABLE `sources` ADD `signature` blob;