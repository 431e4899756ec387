// npm run --silent extract -- FILE... : extract every file, group across all of them, and write one
// JSON line per figure to stdout (the scorer's input format). An unreadable file stops it with exit 1.
import { readFileSync } from 'node:fs';
import { extractRows } from './extract-rows';

function main(files: string[]): number {
  if (files.length === 0) {
    console.error('usage: npm run --silent extract -- FILE...');
    return 2;
  }
  const docs: { file: string; text: string }[] = [];
  for (const file of files) {
    try {
      docs.push({ file, text: readFileSync(file, 'utf8') });
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      console.error(`extract: cannot read ${file}: ${err.code === 'ENOENT' ? 'no such file' : (err.code ?? err.message)}`);
      return 1;
    }
  }
  const { rows, warnings } = extractRows(docs);
  for (const w of warnings) console.error(`extract: ${w}`);
  process.stdout.write(rows.map((r) => JSON.stringify(r) + '\n').join(''));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
