// Creates and migrates the app's database and, on first start, fills it with the sample corpus, so `next
// start` opens a ready file. `SPREAD_SEED=0` leaves an empty database empty. Seeding lives here, not in the
// database client: the client must not depend on the ingest that depends on it.
import { count, eq } from 'drizzle-orm';
import { databasePath, getDb } from '../db/client';
import { figures, metrics, sources } from '../db/schema';
import { seedSampleCorpus } from '../db/seed';
import { ensureFirstAdmin } from '../lib/auth/accounts';
import { getSessionSecret } from '../lib/auth/secret';
import { refreshAllMetricSummaries } from '../lib/ingest/summaries';

const started = performance.now();
const db = getDb();
if (process.env.SPREAD_SEED !== '0') seedSampleCorpus(db);
const n = (table: typeof sources | typeof figures | typeof metrics) => db.select({ n: count() }).from(table).get()?.n ?? 0;
// A file ingested before metrics stored their summaries has metrics with figures but a zero count: fill them once.
if (db.select({ id: metrics.id }).from(metrics).where(eq(metrics.figureCount, 0)).limit(1).get())
  console.log(`summarized ${db.transaction((tx) => refreshAllMetricSummaries(tx))} metrics`);
console.log(
  `database ${databasePath()}: ${n(sources)} sources, ${n(figures)} figures, ` +
    `${n(metrics)} metrics (ready in ${Math.round(performance.now() - started)} ms)`,
);

// A new database gets one admin, so the first start leads somewhere: its password is shown this once only.
const path = databasePath();
getSessionSecret(path);
const admin = await ensureFirstAdmin(db);
if (admin?.password) {
  console.log(
    `\nCreated the first account: name "${admin.name}", password ${admin.password}\n` +
      'It is shown only now: sign in at /login and add editors with `npm run user:add -- NAME`.\n',
  );
} else if (admin) {
  console.log(`Created the first account "${admin.name}" with the password from SPREAD_ADMIN_PASSWORD.`);
}
