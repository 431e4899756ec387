// `npm run db:migrate`: creates and migrates the file at DATABASE_PATH without seeding it.
import { createDb, DEFAULT_DATABASE_PATH, migrateDb } from './client';

const path = process.env.DATABASE_PATH ?? DEFAULT_DATABASE_PATH;
migrateDb(createDb(path));
console.log(`migrated ${path}`);
