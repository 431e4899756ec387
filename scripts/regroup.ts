// `npm run regroup`: forgets every story and metric and places every stored source again, in order.
// Needed after an extractor change; an ordinary ingest places only the new source.
import { SingleBar } from 'cli-progress';
import { getDb } from '../db/client';
import { refreshAllMetricSummaries, regroupAll } from '../lib/ingest';
import { loadWordNet } from '../lib/lexicon/wordnet';

const db = getDb();
const bar = process.stderr.isTTY ? new SingleBar({ format: 'regrouping [{bar}] {value}/{total} sources', hideCursor: true }) : null;
const started = performance.now();
const result = db.transaction((tx) => {
  let begun = false;
  const counts = regroupAll(tx, loadWordNet(), (done, total) => {
    if (!begun) bar?.start(total, 0);
    begun = true;
    bar?.update(done);
  });
  refreshAllMetricSummaries(tx);
  return counts;
});
bar?.stop();
console.log(`${result.metrics} metrics, ${result.grouped} figures grouped, ${((performance.now() - started) / 1000).toFixed(1)} s`);
