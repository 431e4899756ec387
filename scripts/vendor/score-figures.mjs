// Vendored copy of /work/shared/tools/score-figures.mjs (the shared scorer, 2026-11-21); edit the shared original, not this copy.
// Scores extracted figures against a hand-labelled gold set.
//
//   node score-figures.mjs --gold GOLD.json --corpus DIR [--pred PRED.jsonl] [--min KEY=VALUE ...] [--verbose]
//
// PRED.jsonl (standard input when --pred is left out) holds one JSON object a line, one per figure found:
//   {"file": "...", "start": 10, "end": 16, "text": "40,000", "low": 40000, "high": 40000,
//    "unit": "people", "qualifier": "up to", "metric": "some-key", ...}
// "file" is matched on its base name; start/end are JavaScript string offsets (UTF-16 code units) of the
// figure's own text in the file as read as UTF-8; low/high are the numbers as the text states them.
//
// Gold: {documents:[{file}], metrics:[{id}], claims:[{file, quote, value_text, low, high, metric, kind}]};
// a claim may give start/end (and quote_start/quote_end) offsets instead of its quote.
// A gold claim is REQUIRED when it is a quantity with a number (low not null) and not marked borderline;
// vague ones ("hundreds"), borderline ones and dates are OPTIONAL: finding them is neither a hit nor a false
// alarm. Dates still count in the discrepancy figure, through their metric.
//
// Prints a table and ends with one summary line; exits 1 when a --min threshold is not met
// (keys: precision, recall, f1, values, grouping, discrepancies).
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const mins = {};
args.forEach((a, i) => {
  if (a === '--min') {
    const [k, v] = String(args[i + 1]).split('=');
    mins[k] = Number(v);
  }
});
const verbose = args.includes('--verbose');
const goldPath = opt('--gold');
const corpus = opt('--corpus');
if (!goldPath || !corpus) {
  console.error('usage: score-figures.mjs --gold GOLD.json --corpus DIR [--pred PRED.jsonl] [--min KEY=VALUE] [--verbose]');
  process.exit(2);
}

const gold = JSON.parse(readFileSync(goldPath, 'utf8'));
const predText = opt('--pred') ? readFileSync(opt('--pred'), 'utf8') : readFileSync(0, 'utf8');
const preds = [];
for (const [n, line] of predText.split('\n').entries()) {
  if (!line.trim()) continue;
  try {
    const p = JSON.parse(line);
    if (typeof p.start === 'number' && typeof p.end === 'number' && p.file) preds.push({ ...p, file: basename(p.file) });
    else console.error(`prediction line ${n + 1}: no file/start/end, skipped`);
  } catch {
    console.error(`prediction line ${n + 1}: not JSON, skipped`);
  }
}

// Locate each gold claim: the quote in the file, then its value text inside the quote.
const texts = new Map();
const textOf = (file) => {
  if (!texts.has(file)) texts.set(file, readFileSync(join(corpus, file), 'utf8'));
  return texts.get(file);
};
const dateMetrics = new Set((gold.metrics ?? []).filter((m) => m.kind === 'date').map((m) => m.id));
const isDate = (c) => c.kind === 'date' || c.unit === 'date' || dateMetrics.has(c.metric);
const cursor = new Map(); // repeated identical quotes take successive occurrences
const golds = gold.claims.map((c, id) => {
  const text = textOf(c.file);
  if (c.quote === undefined && Number.isInteger(c.start) && Number.isInteger(c.end)) {
    // offset form: the claim carries its own value span (and the quote's, for display)
    const quote = text.slice(c.quote_start ?? c.start, c.quote_end ?? c.end);
    return { ...c, quote, id, required: !isDate(c) && c.low !== null && c.low !== undefined && !c.borderline };
  }
  const key = c.file + '\u0000' + c.quote;
  let from = cursor.get(key) ?? 0;
  let q = text.indexOf(c.quote, from);
  if (q < 0) q = text.indexOf(c.quote);
  if (q < 0) throw new Error(`gold claim ${id}: quote not found in ${c.file}: ${c.quote.slice(0, 60)}`);
  cursor.set(key, q + 1);
  const v = c.value_text ? c.quote.indexOf(c.value_text) : -1;
  const start = v >= 0 ? q + v : q;
  const end = v >= 0 ? start + c.value_text.length : q + c.quote.length;
  const required = !isDate(c) && c.low !== null && c.low !== undefined && !c.borderline;
  return { ...c, id, start, end, required };
});

const overlaps = (a, b) => a.file === b.file && a.start < b.end && b.start < a.end;
const near = (x, y) =>
  (x === null || x === undefined) && (y === null || y === undefined)
    ? true
    : typeof x === 'number' && typeof y === 'number' && Math.abs(x - y) <= 0.005 * Math.max(Math.abs(x), Math.abs(y), 1e-9);

// One-to-one matching: each gold claim takes the overlapping prediction closest to its value span.
const used = new Set();
const match = new Map(); // gold id -> prediction
for (const g of golds) {
  let best = null;
  let bestCost = Infinity;
  preds.forEach((p, i) => {
    if (used.has(i) || !overlaps(g, p)) return;
    const cost = Math.abs(p.start - g.start) + Math.abs(p.end - g.end) - (near(g.low, p.low) && near(g.high, p.high) ? 1000 : 0);
    if (cost < bestCost) [best, bestCost] = [i, cost];
  });
  if (best !== null) {
    used.add(best);
    match.set(g.id, preds[best]);
  }
}
// A prediction that overlaps an optional claim, or sits inside a matched claim's span, is no false alarm.
const falseAlarms = preds.filter((p, i) => !used.has(i) && !golds.some((g) => overlaps(g, p)));

const required = golds.filter((g) => g.required);
const hits = required.filter((g) => match.has(g.id));
const matchedPreds = [...match.entries()].filter(([id]) => golds[id].required).length;
const precision = matchedPreds + falseAlarms.length ? matchedPreds / (matchedPreds + falseAlarms.length) : 0;
const recall = required.length ? hits.length / required.length : 0;
const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
const valueOk = hits.filter((g) => near(g.low, match.get(g.id).low) && near(g.high, match.get(g.id).high));
const values = hits.length ? valueOk.length / hits.length : 0;

// Grouping: pairs of gold claims that share a gold metric, against pairs that share a predicted metric.
const grouped = golds.filter((g) => g.metric && match.has(g.id));
let both = 0, goldPairs = 0, predPairs = 0;
for (let i = 0; i < grouped.length; i++)
  for (let j = i + 1; j < grouped.length; j++) {
    const a = grouped[i], b = grouped[j];
    const gs = a.metric === b.metric;
    const pa = match.get(a.id).metric, pb = match.get(b.id).metric;
    const ps = pa !== null && pa !== undefined && pa !== '' && pa === pb;
    goldPairs += gs;
    predPairs += ps;
    both += gs && ps;
  }
const gP = predPairs ? both / predPairs : 0;
const gR = goldPairs ? both / goldPairs : 0;
const grouping = gP + gR ? (2 * gP * gR) / (gP + gR) : 0;

// Discrepancies: a gold metric whose claims state two or more different values (vague ones like
// "hundreds" left out) is surfaced when one predicted metric holds two of its claims that differ.
const byMetric = new Map();
for (const g of golds.filter((g) => g.metric && g.low !== null && g.low !== undefined)) byMetric.set(g.metric, [...(byMetric.get(g.metric) ?? []), g]);
const disc = [];
for (const [metric, cs] of byMetric) {
  const distinct = new Set(cs.map((c) => `${c.low}|${c.high}`));
  if (distinct.size < 2) continue;
  let surfaced = false;
  for (let i = 0; i < cs.length && !surfaced; i++)
    for (let j = i + 1; j < cs.length && !surfaced; j++) {
      const a = cs[i], b = cs[j];
      if (`${a.low}|${a.high}` === `${b.low}|${b.high}`) continue;
      const pa = match.get(a.id)?.metric, pb = match.get(b.id)?.metric;
      surfaced = pa !== undefined && pa !== null && pa !== '' && pa === pb;
    }
  disc.push({ metric, values: [...distinct].join(' / '), surfaced });
}
const surfacedCount = disc.filter((d) => d.surfaced).length;
const discrepancies = disc.length ? surfacedCount / disc.length : 0;

const pct = (x) => (100 * x).toFixed(1).padStart(5) + '%';
console.log(`figures     required ${required.length}, predicted ${preds.length}, matched ${hits.length}, false alarms ${falseAlarms.length}`);
console.log(`detection   precision ${pct(precision)}  recall ${pct(recall)}  F1 ${pct(f1)}`);
console.log(`values      ${pct(values)} of matched figures have the right low/high`);
console.log(`grouping    pairwise precision ${pct(gP)}  recall ${pct(gR)}  F1 ${pct(grouping)}`);
console.log(`discrepancy ${surfacedCount}/${disc.length} gold metrics with differing values surfaced in one predicted metric`);
for (const d of disc) console.log(`  ${d.surfaced ? 'yes' : 'NO '}  ${d.metric}: ${d.values}`);
if (verbose) {
  for (const g of required.filter((g) => !match.has(g.id))) console.log(`  missed      ${g.file} "${textOf(g.file).slice(g.start, g.end)}" in: ${g.quote.slice(0, 90)}`);
  for (const g of hits.filter((g) => !valueOk.includes(g)))
    console.log(`  wrong value ${g.file} "${g.value_text}" gold ${g.low}..${g.high}, got ${match.get(g.id).low}..${match.get(g.id).high}`);
  for (const p of falseAlarms) console.log(`  false alarm ${p.file} "${textOf(p.file).slice(p.start, p.end)}" at ${p.start}`);
}
const scores = { precision, recall, f1, values, grouping, discrepancies };
const short = Object.entries(mins).filter(([k, v]) => !(scores[k] >= v));
console.log(
  `score: F1 ${pct(f1).trim()} · values ${pct(values).trim()} · grouping F1 ${pct(grouping).trim()} · discrepancies ${surfacedCount}/${disc.length}` +
    (short.length ? ` · below: ${short.map(([k, v]) => `${k}<${v}`).join(', ')}` : ''),
);
process.exit(short.length ? 1 : 0);
