// `npm run ingest -- FILE...`: adds .txt, .md and .html sources to the database at DATABASE_PATH.
import { SingleBar } from 'cli-progress';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { getDb } from '../db/client';
import { IngestError, ingestFiles, type InputFile } from '../lib/ingest';

const paths = process.argv.slice(2).filter((a) => a !== '--');
if (paths.length === 0) {
  console.error('usage: npm run ingest -- FILE... (.txt, .md or .html)');
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
  const files = readAll(paths);
  bar?.start(files.length, 0, { file: '' });
  const result = ingestFiles(getDb(), files, {
    now: new Date(),
    onProgress: (done, _total, file) => bar?.update(done, { file }),
  });
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
