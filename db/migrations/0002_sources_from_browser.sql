CREATE TABLE `source_drafts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`draft_key` text NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` integer NOT NULL,
	`payload` blob NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `source_drafts_key_idx` ON `source_drafts` (`draft_key`);--> statement-breakpoint
CREATE TABLE `source_originals` (
	`source_id` integer PRIMARY KEY NOT NULL,
	`content_type` text NOT NULL,
	`byte_length` integer NOT NULL,
	`bytes` blob NOT NULL,
	`fetched_url` text,
	`final_url` text,
	`redirects` text DEFAULT '[]' NOT NULL,
	`retrieved_at` integer NOT NULL,
	`page_starts` text,
	`added_by` integer,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`added_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`password_hash` text NOT NULL,
	`role` text NOT NULL,
	`disabled` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_name_unique` ON `users` (`name`);--> statement-breakpoint
ALTER TABLE `figures` ADD `page` integer;