// Creates and migrates the app's database and, on first start, fills it with the sample corpus, so `next
// start` opens a ready file. `SPREAD_SEED=0` leaves an empty database empty. Seeding lives here, not in the
// database client: the client must not depend on the ingest that depends on it.
import { count } from 'drizzle-orm';
import { databasePath, getDb } from '../db/client';
import { figures, metrics, sources } from '../db/schema';
import { seedSampleCorpus } from '../db/seed';

const started = performance.now();
const db = getDb();
if (process.env.SPREAD_SEED !== '0') seedSampleCorpus(db);
const n = (table: typeof sources | typeof figures | typeof metrics) => db.select({ n: count() }).from(table).get()?.n ?? 0;
console.log(
  `database ${databasePath()}: ${n(sources)} sources, ${n(figures)} figures, ` +
    `${n(metrics)} metrics (ready in ${Math.round(performance.now() - started)} ms)`,
);
