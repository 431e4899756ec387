// Creates, migrates and (on first start) seeds the app's database, so `next start` opens a ready file.
import { count } from 'drizzle-orm';
import { getDb } from '../db/client';
import { figures, metrics, sources } from '../db/schema';

const started = performance.now();
const db = getDb();
const n = (table: typeof sources | typeof figures | typeof metrics) => db.select({ n: count() }).from(table).get()?.n ?? 0;
console.log(
  `database ${process.env.DATABASE_PATH ?? 'data/spread.db'}: ${n(sources)} sources, ${n(figures)} figures, ` +
    `${n(metrics)} metrics (ready in ${Math.round(performance.now() - started)} ms)`,
);
