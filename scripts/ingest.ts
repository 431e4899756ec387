// `npm run ingest -- FILE|URL...`: adds .txt, .md, .html and .pdf files and fetched web pages or PDFs to the database at DATABASE_PATH.
import { SingleBar } from 'cli-progress';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { getDb } from '../db/client';
import { IngestError, type InputFile } from '../lib/ingest';
import { readSourceFile, readSourceUrl } from '../lib/ingest/read-input';
import { saveStaged } from '../lib/ingest/save-staged';
import { fetchOptionsFromEnv, MAX_FILE_BYTES } from '../lib/ingest/settings';
import type { StagedSource } from '../lib/ingest/staged';

const paths = process.argv.slice(2).filter((a) => a !== '--');
if (paths.length === 0) {
  console.error('usage: npm run ingest -- FILE|URL... (.txt, .md, .html or .pdf files; http(s) addresses of web pages or PDFs)');
  process.exit(2);
}

function readAll(list: string[]): InputFile[] {
  return list.map((path) => {
    try {
      return { name: basename(path), bytes: readFileSync(path) };
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : `cannot read (${code})`;
      throw new IngestError(path, reason);
    }
  });
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
    else for (const file of readAll([arg])) staged.push(await readSourceFile(file.name, file.bytes, { maxBytes: MAX_FILE_BYTES, now }));
    bar?.update(i + 1, { file: arg });
  }
  const result = saveStaged(db, staged, { now, userId: null });
  bar?.stop();
  const figureCount = result.added.reduce((sum, s) => sum + s.figures, 0);
  for (const s of result.added) console.log(`added   #${s.id} ${s.title} (${s.figures} figures)`);
  for (const s of result.alreadyStored) console.log(`skipped #${s.id} ${s.title} (already stored: same content)`);
  console.log(
    `${result.added.length} added, ${result.alreadyStored.length} already stored, ${figureCount} figures, ` +
      `${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
} catch (err) {
  bar?.stop();
  const message = err instanceof IngestError ? err.message : `ingest failed: ${(err as Error).message}`;
  console.error(`error: ${message}\nNothing was written.`);
  process.exit(1);
}
