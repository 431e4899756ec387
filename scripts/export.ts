// `npm run export -- --format csv|json|sqlite [--out FILE] [--bom] [--base-url URL]`: the whole archive, one row
// per figure (rejected figures included, with their review status), or as a SQLite file without accounts.
import { createWriteStream } from 'node:fs';
import { resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { getDb } from '../db/client';
import { writeArchiveCopy } from '../db/archive';
import { iterateArchiveExport } from '../db/queries/exports';
import { exportChunks } from '../lib/share/stream';

const usage = 'usage: npm run export -- --format csv|json|sqlite [--out FILE] [--bom] [--base-url https://spread.example]';
let args;
try {
  args = parseArgs({
    args: process.argv.slice(2).filter((a) => a !== '--'),
    options: { format: { type: 'string' }, out: { type: 'string' }, bom: { type: 'boolean' }, 'base-url': { type: 'string' } },
  }).values;
} catch (err) {
  console.error(`${(err as Error).message}\n${usage}`);
  process.exit(2);
}
const format = args.format;
if (format !== 'csv' && format !== 'json' && format !== 'sqlite') {
  console.error(usage);
  process.exit(2);
}
// Paths are relative to the folder the command was typed in (npm runs scripts from the package root).
const out = args.out && resolve(process.env.INIT_CWD ?? process.cwd(), args.out);
const db = getDb();

if (format === 'sqlite') {
  if (!out) {
    console.error(`--out FILE is needed for a SQLite copy\n${usage}`);
    process.exit(2);
  }
  writeArchiveCopy(db, out);
  console.error(`wrote ${out}`);
} else {
  // `npm run export -- --format csv | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    process.exit(0);
  });
  const origin = (args['base-url'] ?? process.env.SPREAD_PUBLIC_URL ?? '').replace(/\/+$/, '');
  // A generator read as a stream: one batch of 1,000 figures in memory at a time, however large the archive.
  const text = Readable.from(exportChunks(iterateArchiveExport(db), { format, origin, bom: args.bom }));
  await pipeline(text, out ? createWriteStream(out, { flags: 'wx' }) : process.stdout);
  if (out) console.error(`wrote ${out}`);
}
