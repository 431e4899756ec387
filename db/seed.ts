import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestFiles } from '../lib/ingest';
import type { Db } from './client';
import { sources } from './schema';

/** The demo corpus shipped in the repo: five articles whose figures disagree. */
export const SAMPLE_CORPUS_DIR = join(process.cwd(), 'corpus');

/** Fills an empty database with the sample corpus; a database that holds any source is left alone. */
export function seedSampleCorpus(db: Db, dir = SAMPLE_CORPUS_DIR): number {
  if (db.select({ id: sources.id }).from(sources).limit(1).get()) return 0;
  // The corpus is read at run time from the checkout, not bundled: keep the tracer out of it.
  const names = readdirSync(/* turbopackIgnore: true */ dir).filter((n) => n.endsWith('.txt')).sort();
  const files = names.map((name) => ({ name, bytes: readFileSync(/* turbopackIgnore: true */ `${dir}/${name}`) }));
  return ingestFiles(db, files, { now: new Date() }).added.length;
}
