// `npm run ingest -- FILE...`: adds .txt, .md and .html sources to the database at DATABASE_PATH.
import { SingleBar } from 'cli-progress';
import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { getDb } from '../db/client';
import { IngestError, ingestFiles, type InputFile } from '../lib/ingest';
import { fileSizeProblem } from '../lib/ingest/limits';
import { printable } from './terminal';

const paths = process.argv.slice(2).filter((a) => a !== '--');
if (paths.length === 0) {
  console.error('usage: npm run ingest -- FILE... (.txt, .md or .html)');
  process.exit(2);
}

// npm runs scripts from the package root; INIT_CWD is where the user typed the command, so a path
// relative to their folder means what they meant.
const from = process.env.INIT_CWD ?? process.cwd();

/** Reads one file after checking, without opening it, that it is a regular file within the size limit. */
function readInput(path: string): InputFile {
  const full = resolve(from, path);
  let size: number;
  try {
    const stat = statSync(full);
    // /dev/zero never ends and a FIFO blocks until someone writes: refuse both before reading.
    if (stat.isDirectory()) throw new IngestError(path, 'is a folder, not a file');
    if (!stat.isFile()) throw new IngestError(path, 'is not a regular file (a device, pipe or socket)');
    size = stat.size;
  } catch (err) {
    if (err instanceof IngestError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new IngestError(path, code === 'ENOENT' ? `no such file (looked in ${from})` : `cannot read (${code})`);
  }
  const tooBig = fileSizeProblem(size);
  if (tooBig) throw new IngestError(path, tooBig);
  try {
    return { name: basename(path), path, bytes: readFileSync(full) };
  } catch (err) {
    throw new IngestError(path, `cannot read (${(err as NodeJS.ErrnoException).code})`);
  }
}

// A bar only helps on long runs and only on a terminal; piped output gets the summary alone.
const bar = process.stderr.isTTY && paths.length >= 5 ? new SingleBar({ format: 'extracting [{bar}] {value}/{total} {file}', hideCursor: true }) : null;
const started = performance.now();
try {
  const files = paths.map(readInput);
  bar?.start(files.length, 0, { file: '' });
  const result = ingestFiles(getDb(), files, {
    now: new Date(),
    onProgress: (done, _total, file) => bar?.update(done, { file: printable(file) }),
  });
  bar?.stop();
  const figureCount = result.added.reduce((sum, s) => sum + s.figures, 0);
  for (const s of result.added) {
    const repeats = s.duplicateOf
      ? `; repeats #${s.duplicateOf.id} ${printable(s.duplicateOf.title)}, so its figures join no metric`
      : '';
    console.log(`added   #${s.id} ${printable(s.title)} (${s.figures} figures${repeats})`);
    for (const w of s.warnings) console.log(`        warning: ${printable(w)}`);
  }
  for (const s of result.alreadyStored) console.log(`skipped #${s.id} ${printable(s.title)} (already stored: same content)`);
  console.log(
    `${result.added.length} added, ${result.alreadyStored.length} already stored, ${figureCount} figures, ` +
      `${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
} catch (err) {
  bar?.stop();
  const message = err instanceof IngestError ? err.message : `ingest failed: ${(err as Error).message}`;
  console.error(`error: ${printable(message)}\nNothing was written.`);
  process.exit(1);
}
