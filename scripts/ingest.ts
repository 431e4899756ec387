// `npm run ingest -- FILE|URL...`: adds .txt, .md, .html and .pdf files and fetched web pages or PDFs to the database at DATABASE_PATH.
import { SingleBar } from 'cli-progress';
import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { getDb } from '../db/client';
import { IngestError, type InputFile } from '../lib/ingest';
import { fileSizeProblem } from '../lib/ingest/limits';
import { readSourceFile, readSourceUrl } from '../lib/ingest/read-input';
import { saveStaged } from '../lib/ingest/save-staged';
import { fetchOptionsFromEnv, MAX_FILE_BYTES } from '../lib/ingest/settings';
import type { StagedSource } from '../lib/ingest/staged';
import { printable } from './terminal';

const paths = process.argv.slice(2).filter((a) => a !== '--');
if (paths.length === 0) {
  console.error('usage: npm run ingest -- FILE|URL... (.txt, .md, .html or .pdf files; http(s) addresses of web pages or PDFs)');
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
  // Every input is read (URLs fetched, PDFs read page by page) before the one write transaction opens.
  const db = getDb();
  const now = new Date();
  bar?.start(paths.length, 0, { file: '' });
  const staged: StagedSource[] = [];
  for (const [i, arg] of paths.entries()) {
    if (/^https?:\/\//i.test(arg)) staged.push(await readSourceUrl(arg, fetchOptionsFromEnv()));
    else {
      const file = readInput(arg);
      try {
        staged.push(await readSourceFile(file.name, file.bytes, { maxBytes: MAX_FILE_BYTES, now }));
      } catch (err) {
        // Name the file as the user typed it, not by its base name.
        throw err instanceof IngestError && err.fileName === file.name ? new IngestError(arg, err.reason) : err;
      }
    }
    bar?.update(i + 1, { file: printable(arg) });
  }
  const result = saveStaged(db, staged, { now, userId: null });
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
