import { figureInterval, monthsToLabel } from './axis';
import type { SpreadFigure } from './types';
import { MONTH_NAMES } from '../extract/dates';

const CURRENCY: Record<string, string> = { USD: '$', EUR: '€', GBP: '£' };
const SUFFIX: Record<string, string> = {
  percent: '%',
  celsius: ' °C',
  fahrenheit: ' °F',
  'square-meters': ' sq m',
  'square-feet': ' sq ft',
  'per-100000-residents': ' per 100,000 residents',
};
const QUALIFIER_WORD: Record<string, string> = {
  about: 'about',
  'at least': 'at least',
  'more than': 'more than',
  'up to': 'up to',
  'less than': 'less than',
};

/** A bare number as a newsroom writes it: `formatNumber(6000000)` → "6 million", `formatNumber(70000)` → "70,000". */
export function formatNumber(n: number): string {
  const abs = Math.abs(n);
  if (abs >= 1e9) return `${trim(n / 1e9)} billion`;
  if (abs >= 1e6) return `${trim(n / 1e6)} million`;
  return NUMBER.format(n);
}

// One formatter for every number: toLocaleString builds a new one on each call, which dominated summarising
// a metric of thousands of figures.
const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

function trim(n: number): string {
  return NUMBER.format(n);
}

/** Attaches a unit to a formatted number: `withUnit('6 million', 'USD')` → "$6 million". */
export function withUnit(number: string, unit: string | null, plural = true): string {
  if (!unit) return number;
  if (CURRENCY[unit]) return `${CURRENCY[unit]}${number}`;
  if (/^[A-Z]{3}$/.test(unit)) return `${number} ${unit}`;
  if (SUFFIX[unit]) return `${number}${SUFFIX[unit]}`;
  const word = unit.replace(/-/g, ' ');
  return `${number} ${plural ? word : word.replace(/s$/, '')}`;
}

/** An ISO date at the precision it was stated: `formatIsoDate('2023-01')` → "January 2023". */
export function formatIsoDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  if (!m) return y;
  const month = MONTH_NAMES[Number(m) - 1] ?? m;
  return d ? `${month} ${Number(d)}, ${y}` : `${month} ${y}`;
}

function hedgeWord(f: SpreadFigure): string | null {
  if (f.hedge && f.qualifier !== 'range') return f.hedge.toLowerCase();
  // "hundreds" is already loose; an implied "about" would only add noise.
  if (f.vague) return null;
  return QUALIFIER_WORD[f.qualifier] ?? null;
}

// A hedge the source writes after the number stays after it: "60 and over", "1,000 or more".
function withHedge(f: SpreadFigure, hedge: string | null, body: string): string {
  if (!hedge) return body;
  const raw = f.rawText?.toLowerCase() ?? '';
  return f.hedge && raw.endsWith(hedge) && !raw.startsWith(hedge) ? `${body} ${hedge}` : `${hedge} ${body}`;
}

/** A figure as stated, hedge included: "over 70,000", "between 189 and 200", "up to 35 °C", "$6 million", "January 2023". */
export function formatFigureValue(f: SpreadFigure): string {
  const body = f.kind === 'date' ? formatDateBody(f) : formatQuantityBody(f);
  return withHedge(f, hedgeWord(f), body);
}

function formatQuantityBody(f: SpreadFigure): string {
  if (f.vague || (f.low === null && f.high === null)) return f.rawText;
  const low = f.low ?? f.high!;
  const high = f.high ?? f.low!;
  if (low !== high) return withUnit(`between ${formatNumber(low)} and ${formatNumber(high)}`, f.unit);
  return withUnit(formatNumber(low), f.unit, Math.abs(low) !== 1);
}

function formatDateBody(f: SpreadFigure): string {
  if (!f.dateLow) return f.rawText;
  if (f.datePrecision === 'part-of-year') return f.rawText;
  if (!f.dateHigh || f.dateHigh === f.dateLow) return formatIsoDate(f.dateLow);
  if (f.datePrecision === 'year' && f.dateLow.slice(0, 4) === f.dateHigh.slice(0, 4)) return f.dateLow.slice(0, 4);
  return `${formatIsoDate(f.dateLow)} – ${formatIsoDate(f.dateHigh)}`;
}

/** A value on a metric's axis as a label: numbers with their unit, dates as "Feb 2023". */
export function formatAxisValue(kind: 'quantity' | 'date', unit: string | null, value: number): string {
  if (kind === 'date') return monthsToLabel(value);
  return withUnit(formatNumber(Number(value.toPrecision(6))), unit);
}

/** The values a metric's sources state, lowest to highest, hedges kept: "20,000 – 40,000", "over 70,000 – over 84,000". */
export function formatSpanLabel(rows: SpreadFigure[]): string {
  const charted = rows.map((f) => ({ f, i: figureInterval(f) })).filter((r) => r.i !== null);
  if (charted.length === 0) return rows.map(formatFigureValue).join(' · ') || '—';
  // Dates are stated at different precisions ("2023", "January 2023"): list them rather than bound them.
  if (charted[0].f.kind === 'date') return formatDateList(charted.map((c) => ({ f: c.f, low: c.i!.low, high: c.i!.high })));
  const { byLow, byHigh } = spanEnds(charted as { f: SpreadFigure; i: { low: number; high: number } }[]);
  const unit = byLow.f.unit ?? byHigh.f.unit;
  // A currency sign goes on both ends ("$2 – $6 million"); a suffix unit only once, at the end.
  const lowUnit = unit && CURRENCY[unit] ? unit : null;
  const highText = endpoint(byHigh.f, byHigh.i!.high, unit);
  if (byLow.i!.low === byHigh.i!.high && endpoint(byLow.f, byLow.i!.low, unit) === highText) return highText;
  return `${endpoint(byLow.f, byLow.i!.low, lowUnit)} – ${highText}`;
}

function spanEnds<F extends SpreadFigure>(charted: { f: F; i: { low: number; high: number } }[]) {
  const byLow = [...charted].sort((a, b) => a.i.low - b.i.low || rank(a.f) - rank(b.f))[0];
  const byHigh = [...charted].sort((a, b) => b.i.high - a.i.high || rank(a.f) - rank(b.f))[0];
  return { byLow, byHigh };
}

/**
 * The figures `formatSpanLabel` reads, so a label can be made later from these alone:
 * `formatSpanLabel(spanFigures(rows))` equals `formatSpanLabel(rows)`. Quantities need their lowest and
 * highest figure; dates, one figure per distinct value; figures without bounds, all of them.
 */
export function spanFigures<F extends SpreadFigure>(rows: F[]): F[] {
  const charted = rows.flatMap((f) => {
    const i = figureInterval(f);
    return i ? [{ f, i }] : [];
  });
  if (charted.length === 0) return rows;
  if (charted[0].f.kind === 'date') {
    const seen = new Set<string>();
    return [...charted]
      .sort((a, b) => a.i.low - b.i.low || a.i.high - b.i.high)
      .filter((c) => !seen.has(formatFigureValue(c.f)) && !!seen.add(formatFigureValue(c.f)))
      .map((c) => c.f);
  }
  const { byLow, byHigh } = spanEnds(charted);
  return byLow.f === byHigh.f ? [byLow.f] : [byLow.f, byHigh.f];
}

// Prefer the plainly stated figure when several sit at the same extreme ("40,000" over "up to 40,000").
function rank(f: SpreadFigure): number {
  return f.qualifier === 'exact' ? 0 : f.qualifier === 'range' ? 1 : 2;
}

function endpoint(f: SpreadFigure, value: number, unit: string | null): string {
  const text = f.kind === 'date' ? monthsToLabel(value) : withUnit(formatNumber(value), unit);
  // The endpoint keeps its figure's hedge as stated; a range contributes only the bound it shares.
  return withHedge(f, f.qualifier === 'range' ? null : hedgeWord(f), text);
}

function formatDateList(items: { f: SpreadFigure; low: number; high: number }[]): string {
  const sorted = [...items].sort((a, b) => a.low - b.low || a.high - b.high);
  const values = [...new Set(sorted.map((x) => formatFigureValue(x.f)))];
  return values.length > 4 ? `${values.slice(0, 4).join(' · ')} +${values.length - 4} more` : values.join(' · ');
}
