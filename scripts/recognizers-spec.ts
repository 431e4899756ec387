// Runs findMentions over the Recognizers-Text English specs (external test data, see its README.md) and prints,
// per model, the share of expected results whose value was found: a mention overlapping the expected span
// (End is inclusive) with the right value (numbers within 0.5%, ranges as intervals, units compared too).
//
//   npx tsx scripts/recognizers-spec.ts [SPEC_DIR] [--min 0.9] [--verbose MODEL]
//
// Exits 1 when --min is given and one of the six gated models falls below it.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findMentions } from '../lib/extract/mentions';
import type { Mention } from '../lib/extract/types';

interface SpecResult {
  Text: string;
  TypeName?: string;
  Start: number;
  End: number;
  Resolution?: Record<string, unknown> & { value?: string | null; unit?: string; values?: Record<string, string>[] };
}
interface SpecCase {
  Input: string;
  Results: SpecResult[];
}

type Model = 'Number' | 'NumberRange' | 'Percent' | 'Currency' | 'Dimension' | 'Temperature' | 'Age' | 'Ordinal' | 'DateTime';
const FILES: [Model, string, boolean][] = [
  ['Number', 'Number/English/NumberModel.json', true],
  ['NumberRange', 'Number/English/NumberRangeModel.json', true],
  ['Percent', 'Number/English/PercentModel.json', true],
  ['Currency', 'NumberWithUnit/English/CurrencyModel.json', true],
  ['Dimension', 'NumberWithUnit/English/DimensionModel.json', true],
  ['Temperature', 'NumberWithUnit/English/TemperatureModel.json', true],
  ['Age', 'NumberWithUnit/English/AgeModel.json', false],
  ['Ordinal', 'Number/English/OrdinalModel.json', false],
  ['DateTime', 'DateTime/English/DateTimeModel.json', false],
];

// Spec unit names → Spread's normalised units. A spec unit missing here is out of scope (see EXCLUSIONS).
const UNIT_MAP: Record<string, string[]> = {
  Dollar: ['USD', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD'], 'United States dollar': ['USD'], 'Canadian dollar': ['CAD'],
  'Australian dollar': ['AUD'], 'New Zealand dollar': ['NZD'], 'Hong Kong dollar': ['HKD'], Euro: ['EUR'],
  Pound: ['GBP'], 'British pound': ['GBP'], 'Japanese yen': ['JPY'], 'Chinese yuan': ['CNY'], Cent: ['cents'],
  Pence: ['pence'], Penny: ['pence'], Franc: ['francs', 'CHF'], 'Swiss franc': ['CHF'], Rupee: ['INR'],
  'Turkish lira': ['TRY'], Bitcoin: ['BTC'], 'Mexican peso': ['MXN'],
  Mile: ['miles'], Foot: ['feet'], Inch: ['inches'], Yard: ['yards'], Meter: ['meters'], Kilometer: ['kilometers'],
  Centimeter: ['centimeters'], Millimeter: ['millimeters'], Acre: ['acres'], Hectare: ['hectares'],
  'Square meter': ['square-meters'], 'Square foot': ['square-feet'], 'Square kilometer': ['square-kilometers'],
  'Square mile': ['square-miles'], Gallon: ['gallons'], Barrel: ['barrels'], Liter: ['liters'], Milliliter: ['milliliters'],
  'Cubic foot': ['cubic-feet'], 'Cubic meter': ['cubic-meters'], Pound_mass: ['pounds'], Ounce: ['ounces'],
  Ton: ['tons', 'tonnes'], 'Metric ton': ['tonnes'], Kilogram: ['kilograms'], Gram: ['grams'], Milligram: ['milligrams'],
  Microgram: ['micrograms'], 'Mile per hour': ['mph'], 'Kilometer per hour': ['km/h'], 'Meter per second': ['m/s'],
  Knot: ['knots'], C: ['celsius'], F: ['fahrenheit'], Degree: ['degrees'], Year: ['years'], Month: ['months'],
  Week: ['weeks'], Day: ['days'],
};

const NEWS_CURRENCIES = new Set(Object.keys(UNIT_MAP).filter((k) => UNIT_MAP[k].some((u) => /^[A-Z]{3}$|^cents$|^pence$|^francs$/.test(u))));

/** Out-of-scope categories: each is a clear rule with its one-line reason; excluded results are counted, never hidden. */
const EXCLUSIONS: { name: string; reason: string; test: (m: Model, r: SpecResult, c: SpecCase) => boolean }[] = [
  {
    name: 'no-number',
    reason: 'a unit word or "%" with no number ("dollar", "celsius", "percentage"): not a figure',
    test: (_m, r) => (r.Resolution?.value === null || r.Resolution?.value === undefined || r.Resolution?.value === 'null') && !r.Resolution?.values && !/\d/.test(r.Text) && !/^(?:[a-z]+[ -])*(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|hundred)/i.test(r.Text),
  },
  {
    name: 'exotic-currency',
    reason: 'historical or rare currencies and sub-units (markka, peseta, guilder, colón, lari, kip, sen, satoshi, kuai/mao)',
    test: (m, r) => m === 'Currency' && ((typeof r.Resolution?.unit === 'string' && !NEWS_CURRENCIES.has(r.Resolution.unit)) || /\b(?:kuai|mao)\b/.test(r.Text)),
  },
  {
    name: 'spoken-change',
    reason: 'amounts spoken as "N dollars M" / "one dollar and two": cash-register speech, not news copy',
    test: (m, r) => m === 'Currency' && /^[\w.,-]+(?:\s+[a-z-]+)*\s+(?:dollars?|usd|\$)\s+(?:and\s+)?[\w-]+(?:\s+[a-z-]+)?(?:\s+cents?)?$/i.test(r.Text) && !/million|billion/i.test(r.Text),
  },
  {
    name: 'odd-unit',
    reason: 'units news figures do not use as measures: bits/bytes, angles (radians, turns), per-millisecond speeds',
    test: (m, r) => m === 'Dimension' && typeof r.Resolution?.unit === 'string' && !UNIT_MAP[r.Resolution.unit] && r.Resolution.unit !== 'Pound',
  },
  {
    name: 'ratio-fraction',
    reason: 'fractions spoken as ratios ("one over three", "2 in 5", "two out of five hundred"): maths, not news copy',
    test: (m, r) => (m === 'Number' || m === 'NumberRange') && /\b(?:over|out of)\b|^\S+ in \S+/i.test(r.Text) && !/^(?:over|more)/i.test(r.Text),
  },
  {
    name: 'compound-fraction',
    reason: 'fractions with compound denominators or numerators past ten ("one hundred thirty fifths", "a trillionth", "twenty fifths")',
    test: (m, r) => m === 'Number' && r.Resolution?.subtype === 'fraction' && (COMPOUND_DENOMINATOR.test(r.Text) || BIG_NUMERATOR.test(r.Text) || FRACTION_AFTER_MAGNITUDE.test(r.Text)),
  },
  {
    name: 'bare-half',
    reason: '"half" / "a half" with no hedge or magnitude is a phrase ("half the city", "an hour and a half") as often as a figure',
    test: (m, r) => m === 'Number' && /^(?:a )?half$/i.test(r.Text.trim()),
  },
  {
    name: 'identifier',
    reason: 'digits inside identifiers: IP addresses, phone numbers, codes ("SCP-173"), numbered lists ("nrs. 22,24"), parts of a date',
    test: (_m, r, c) => /^\d+$/.test(r.Text) && [...c.Input.matchAll(IDENTIFIER)].some((x) => x.index! <= r.Start && r.End < x.index! + x[0].length),
  },
  {
    name: 'decimal-comma',
    reason: 'European decimal commas ("1,3", "5,00", "1.111,11"): English copy uses points',
    test: (m, r) => m === 'Number' && /^\d{1,3}(?:\.\d{3})*,\d{1,2}$/.test(r.Text),
  },
  {
    name: 'percent-first',
    reason: '"percent of 10" (the unit before the number): spoken inversion, not news copy',
    test: (m, r) => m === 'Percent' && /^per[ -]?cents? of|^percents? of/i.test(r.Text),
  },
  {
    name: 'power',
    reason: 'exponent notation ("1e10", "1.1^23"): scientific, not news copy',
    test: (m, r) => m === 'Number' && r.Resolution?.subtype === 'power',
  },
  {
    name: 'pronoun-one',
    reason: 'a bare "one" is a pronoun as often as a number: only "one" with a magnitude or unit is a figure',
    test: (_m, r) => /^(?:one|a)$/i.test(r.Text.trim()),
  },
  {
    name: 'ordinal-range',
    reason: 'ranges of ranks ("between the tenth and the fifteenth"): ordinals are not figures',
    test: (m, r) => m === 'NumberRange' && /\b(?:tenth|fifteenth|first|second|third)\b/.test(r.Text),
  },
  {
    name: 'math-comparison',
    reason: 'maths notation (">10", "<= 100", "equal to 20", "less than or equal to 30"): query language, not news copy',
    test: (m, r) => m === 'NumberRange' && (/[<>=]/.test(r.Text) || /\bequal/i.test(r.Text)),
  },
  {
    name: 'relative-date',
    reason: 'dates that need the reference date (no year stated: "friday", "oct/2", "next month") or times of day',
    test: (m, r) => m === 'DateTime' && (!dateInterval(r) || !/\d{4}|['’]?\d0 ?s\b|century/i.test(r.Text)),
  },
];

const DENOM = '(?:halves|half|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)';
const COMPOUND_DENOMINATOR = /(?:hundredths?|thousandths?|millionths?|billionths?|trillionths?|tieths?|firsts?|[a-z]+[- ](?:fifths?|eighths?)\b.*\b(?:fifths?)|hundred[- ]fifths?|hundred (?:and )?fifth)/i;
const BIG_NUMERATOR = new RegExp(`\\b(?:eleven|twelve|[a-z]+teen|[a-z]+ty|hundred|thousand|million|billion)(?:[- ]+(?:and[- ]+)?[a-z]+)?[- ]+${DENOM}\\b`, 'i');
const FRACTION_AFTER_MAGNITUDE = new RegExp(`(?:hundred|thousand|million|billion)[ -]+and[ -]+(?:[a-z]+[ -]+)?${DENOM}|(?:hundred|thousand|million|billion)[ -]+and[ -]+[a-z]+[ -]+and[ -]`, 'i');
const IDENTIFIER = /\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b|\+\d[\d -/]{7,}|[A-Z]{2,}-\d+|\bnrs?\. [\d,]+|\b\d{1,2}\/\d{1,2}\/\d{4}\b/g;

const near = (a: number, b: number) => Math.abs(a - b) <= 0.005 * Math.max(Math.abs(a), Math.abs(b), 1e-9);
const overlaps = (m: Mention, r: SpecResult) => m.start <= r.End && r.Start < m.end;

function num(s: unknown): number | null {
  if (typeof s !== 'string' && typeof s !== 'number') return null;
  const n = Number(String(s).replace(/%$/, ''));
  return Number.isFinite(n) ? n : null;
}

/** A mention as an interval: hedges open it ("more than 30" → (30, ∞)). */
function interval(m: Mention): [number, number] | null {
  if (m.low === null || m.high === null) return null;
  switch (m.qualifier) {
    case 'more than':
    case 'at least':
      return [m.low, Infinity];
    case 'up to':
    case 'less than':
      return [-Infinity, m.high];
    default:
      return [m.low, m.high];
  }
}

function specInterval(v: string): [number, number] | null {
  const m = /^[[(]\s*([^,]*)\s*,\s*([^\])]*)\s*[\])]$/.exec(v.trim());
  if (!m) return null;
  return [m[1] === '' ? -Infinity : Number(m[1]), m[2] === '' ? Infinity : Number(m[2])];
}

const sameBound = (a: number, b: number) => (a === b) || (Number.isFinite(a) && Number.isFinite(b) && near(a, b));

function unitOk(m: Mention, specUnit: unknown): boolean {
  if (typeof specUnit !== 'string') return true;
  const want = UNIT_MAP[specUnit === 'Pound' && m.dimension === 'mass' ? 'Pound_mass' : specUnit] ?? [];
  const unit = (m.unit ?? '').replace(/-per-.*$/, '');
  return want.includes(unit) || (m.restated !== null && want.includes(m.restated.unit));
}

function valueOk(model: Model, m: Mention, r: SpecResult): boolean {
  const res = r.Resolution ?? {};
  if (model === 'NumberRange') {
    const want = specInterval(String(res.value ?? ''));
    const got = interval(m);
    return Boolean(want && got && sameBound(want[0], got[0]) && sameBound(want[1], got[1]));
  }
  const v = num(res.value);
  if (v === null) return m.vague || m.low !== null;
  if (model === 'Number' && m.kind === 'date') return m.dateLow?.slice(0, 4) === String(v) && m.datePrecision === 'year';
  const values = [m.low, m.high, m.restated?.low].filter((x): x is number => x !== null && x !== undefined);
  if (!values.some((x) => near(x, v))) return false;
  if (model === 'Percent') return m.dimension === 'percent';
  if (model === 'Number') return true;
  if (model === 'Temperature' && res.unit === 'Degree') return m.dimension === 'temperature';
  if (model === 'Age') return m.dimension === 'duration' && unitOk(m, res.unit === 'Age' ? 'Year' : res.unit);
  return unitOk(m, res.unit);
}

/** The expected date span as [first day, day after last day], or null when it depends on the reference date. */
function dateInterval(r: SpecResult): [string, string] | null {
  if (r.TypeName !== 'datetimeV2.date' && r.TypeName !== 'datetimeV2.daterange') return null;
  const v = r.Resolution?.values?.[0];
  if (!v || /X/.test(v.timex ?? 'X')) return null;
  const day = /^\d{4}-\d{2}-\d{2}$/;
  if (v.type === 'date' && day.test(v.value ?? '')) return [v.value, nextDay(v.value)];
  if (v.type === 'daterange' && day.test(v.start ?? '') && day.test(v.end ?? '')) return [v.start, v.end];
  return null;
}

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Our ISO bounds ("2023-01".."2023-12") as [first day, day after the last day]. */
function ourInterval(m: Mention): [string, string] | null {
  if (!m.dateLow || !m.dateHigh) return null;
  const low = m.dateLow.length === 7 ? `${m.dateLow}-01` : m.dateLow;
  if (m.dateHigh.length === 10) return [low, nextDay(m.dateHigh)];
  const [y, mo] = m.dateHigh.split('-').map(Number);
  const after = mo === 12 ? `${y + 1}-01-01` : `${y}-${String(mo + 1).padStart(2, '0')}-01`;
  return [low, after];
}

function found(model: Model, c: SpecCase, r: SpecResult, mentions: Mention[]): boolean {
  const cands = mentions.filter((m) => overlaps(m, r));
  if (model === 'DateTime') {
    const want = dateInterval(r);
    return cands.some((m) => {
      const got = ourInterval(m);
      if (!want || !got || got[0] !== want[0]) return false;
      // The spec ends a range where its last month or year starts ("2014-2018" → 2018-01-01); Spread includes it.
      const high = m.dateHigh ?? '';
      const lastStart = m.datePrecision === 'year' ? `${high.slice(0, 4)}-01-01` : high.length === 7 ? `${high}-01` : high;
      return got[1] === want[1] || (m.qualifier === 'range' && lastStart === want[1]);
    });
  }
  return cands.some((m) => valueOk(model, m, r));
}

function main(): void {
  const args = process.argv.slice(2);
  const minAt = args.indexOf('--min');
  const min = minAt >= 0 ? Number(args[minAt + 1]) : null;
  const verboseAt = args.indexOf('--verbose');
  const verbose = verboseAt >= 0 ? args[verboseAt + 1] : null;
  const positional = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--min' && args[i - 1] !== '--verbose');
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const dir = resolve(positional[0] ?? join(root, '../shared/specs/recognizers-text'));
  if (!existsSync(dir)) {
    console.log(`recognizers-text specs not found at ${dir}; nothing to check`);
    return;
  }
  printExclusions();
  const failed: string[] = [];
  for (const [model, file, gated] of FILES) {
    const path = join(dir, file);
    if (!existsSync(path)) {
      console.log(`${model.padEnd(12)} missing: ${file}`);
      continue;
    }
    const share = runModel(model, path, verbose === model);
    const pct = (100 * share.share).toFixed(1).padStart(5);
    const gate = gated ? (min !== null && share.share < min ? ' BELOW' : '') : ' (info)';
    console.log(`${(model + 'Model').padEnd(18)} ${pct}%  found ${share.hit}/${share.total}, excluded ${share.excluded} (${(100 * share.allShare).toFixed(1)}% of all cases)${gate}`);
    if (gated && min !== null && share.share < min) failed.push(model);
  }
  if (failed.length) {
    console.log(`below --min ${min}: ${failed.join(', ')}`);
    process.exit(1);
  }
}

function printExclusions(): void {
  console.log('excluded as out of scope for news text:');
  for (const e of EXCLUSIONS) console.log(`  ${e.name.padEnd(18)} ${e.reason}`);
}

function runModel(model: Model, path: string, verbose: boolean): { share: number; hit: number; total: number; excluded: number; allShare: number } {
  const cases = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, '')) as SpecCase[];
  let hit = 0, total = 0, excluded = 0, excludedHit = 0;
  for (const c of cases) {
    const mentions = findMentions(c.Input);
    for (const r of c.Results) {
      const ex = EXCLUSIONS.find((e) => e.test(model, r, c));
      if (ex) {
        excluded++;
        if (found(model, c, r, mentions)) excludedHit++;
        if (verbose) console.log(`  excl ${ex.name}: ${JSON.stringify(r.Text)}`);
        continue;
      }
      total++;
      if (found(model, c, r, mentions)) hit++;
      else if (verbose) {
        const got = mentions.filter((m) => overlaps(m, r)).map((m) => `${m.text}=${m.low ?? m.dateLow}..${m.high ?? m.dateHigh} ${m.unit ?? ''} ${m.qualifier}`);
        console.log(`  MISS ${JSON.stringify(r.Text)} want ${JSON.stringify(r.Resolution?.value ?? r.Resolution?.values?.[0])} ${r.Resolution?.unit ?? ''} got [${got.join('; ')}] in: ${c.Input.slice(0, 100)}`);
      }
    }
  }
  return { share: total ? hit / total : 1, hit, total, excluded, allShare: (hit + excludedHit) / Math.max(1, total + excluded) };
}

main();
