// Readable labels and stable slugs for metrics: "Capacity (inmates) per cell", "Deaths",
// "Hours a day", "Opening date". Built from the members' signals, never from the values.

import type { MetricDraft } from '../extract/types';
import type { Feature } from './features';
import { MATTER_DIMENSIONS, isClassNoun, nounClass } from '../extract/lexicon';
import { MONTH_NAMES } from '../extract/dates';
import { majority } from '../collections';

const THING_LABELS: Record<string, string> = {
  death: 'Deaths', injury: 'Injuries', arrest: 'Arrests', deport: 'People deported', evacuation: 'People displaced',
  transfer: 'People transferred', imprison: 'People imprisoned', building: 'Buildings', vote: 'Votes', case: 'Cases', job: 'Jobs',
  missing: 'People missing', rescue: 'People rescued', attend: 'Attendance',
};
const FRAME_LABELS: Record<string, string> = {
  capacity: 'Capacity', population: 'Population', age: 'Age in', plan: 'Planned', part: 'Subset', rate: 'Rate', change: 'Change in',
  'earlier-period': 'Earlier period:', interval: 'Interval:',
};
const UNIT_LABELS: Record<string, string> = {
  USD: 'Amount (USD)', EUR: 'Amount (EUR)', GBP: 'Amount (GBP)', percent: 'Percent', celsius: 'Temperature (°C)',
  fahrenheit: 'Temperature (°F)', 'square-meters': 'Area (m²)',
};
const UNIT_SHORT: Record<string, string> = { USD: 'USD', EUR: 'EUR', GBP: 'GBP', percent: '%', celsius: '°C', fahrenheit: '°F' };
const DATE_LABELS: Record<string, string> = {
  open: 'Opening date', close: 'Closing date', declare: 'Declaration date', strike: 'Date it happened', elect: 'Election date',
  sign: 'Signing date', death: 'Date of the deaths', arrest: 'Date of the arrests', deport: 'Deportation date',
};

/** Label, slug and description for a group of figures, e.g. capacity/inmate figures → "Capacity (inmates)". */
export function describeMetric(members: Feature[], taken: { has(slug: string): boolean }, storyName?: string): MetricDraft {
  const first = members[0];
  let label = labelFor(members);
  // Two stories in one database can each have their "Deaths": the second is named by its story.
  if (storyName && taken.has(slugify(label))) label = `${label} · ${storyName}`;
  // Two metrics of one story may each be "Deaths": the second is named by what its sources say it counts, or who
  // gave it, so the overview never shows two rows of one name.
  if (taken.has(slugify(label))) label = distinguish(label, members, taken) ?? label;
  let slug = slugify(label);
  for (let n = 2; taken.has(slug); n++) slug = `${slugify(label)}-${n}`;
  return {
    slug,
    label,
    unit: first.figure.kind === 'date' ? 'date' : (first.figure.unit ?? null),
    kind: first.figure.kind,
    description: describeCounts(members),
  };
}

/**
 * Why these figures share a metric, in the sources' own words, e.g. "What the figures count: inmates · prisoners";
 * how many figures and sources there are is the stored summary's.
 */
export function describeCounts(members: Feature[]): string {
  const counts = [...new Set(members.map((m) => m.figure.counts).filter((c): c is string => !!c))].slice(0, 3);
  const parts = counts.length ? [`What the figures count: ${counts.join(' · ')}`] : [];
  const place = placeOf(members);
  if (place) parts.push(`where: ${place}`);
  const day = dayOf(members);
  if (day) parts.push(`when: ${day}`);
  return parts.join('; ');
}

/** The place more than half of the members name, as written ("Marseille"), or null. */
function placeOf(members: Feature[]): string | null {
  const id = majority(members.map((m) => m.place?.id));
  return id && members.find((m) => m.place?.id === id)!.place!.name;
}

/** The month or day more than half of the members are tied to, written out ("19 January 2023"), or null. */
function dayOf(members: Feature[]): string | null {
  const when = majority(members.map((m) => m.when));
  if (!when) return null;
  const [y, mo, d] = when.split('-').map(Number);
  const month = MONTH_NAMES[mo - 1];
  return month ? `${d ? `${d} ` : ''}${month} ${y}` : null;
}

function labelFor(members: Feature[]): string {
  const f = members[0];
  if (f.figure.kind === 'date') return DATE_LABELS[f.verbClass ?? ''] ?? `Date (${f.figure.signals.verb ?? 'event'})`;
  const per = mostCommon(members.map((m) => m.perNoun));
  const perText = per ? (PERIODS.has(per) ? ` a ${per}` : ` per ${per}`) : '';
  const frame = f.frame.split('+').map((c) => FRAME_LABELS[c]).filter(Boolean).join(' ');
  const noun = nounFor(members);
  if (f.figure.dimension !== 'count') {
    const unit = f.figure.unit ?? '';
    const short = UNIT_SHORT[unit] ?? (unit.replace(/-/g, ' ') || f.figure.dimension);
    const whole = f.figure.dimension === 'percent' ? shareOf(members) : null;
    if (whole) return `${frame ? frame + ' share' : 'Share'} of ${whole}${perText}`;
    // A class noun ("rain"), or what an amount of matter is of ("barrels of oil": the figure's counts).
    const matter = MATTER_DIMENSIONS.has(f.figure.dimension);
    const head = mostCommon(members.map((m) => (m.head && ((isClassNoun(m.head) && nounClass(m.head) !== 'person') || (matter && m.figure.counts)) ? m.head : null)));
    if (head) return `${frame ? frame + ' ' : ''}${frame ? head : capitalise(head)} (${short})${perText}`;
    const about = asWritten(sharedContext(members), members);
    const named = DIMENSION_NAMES[f.figure.dimension];
    // A duration reads best as its unit ("Hours a day"); a place or a heat reads best as what it measures.
    const base = UNIT_LABELS[unit] ?? (named ? `${named} (${short})` : capitalise(short));
    const per = named && f.figure.dimension !== 'currency' && f.figure.dimension !== 'percent' ? '' : perText;
    return `${frame ? frame + ' ' : ''}${frame ? base.toLowerCase() : base}${per}${about ? ` · ${about}` : ''}`;
  }
  const thing = mostCommon(members.map((m) => m.thing));
  const verb = mostCommon(members.map((m) => m.verbClass));
  const base = (thing && THING_LABELS[thing]) ?? `${capitalise(noun ?? thing ?? 'count')}${verb && PARTICIPLES[verb] ? ' ' + PARTICIPLES[verb] : ''}`;
  return frame ? `${frame} (${base.toLowerCase()})${perText}` : `${base}${perText}`;
}

const DIMENSION_NAMES: Partial<Record<string, string>> = {
  length: 'Distance', area: 'Area', temperature: 'Temperature', mass: 'Weight', volume: 'Volume', speed: 'Speed',
};
const PERIODS = new Set(['day', 'week', 'month', 'year', 'night', 'hour']);
const PARTICIPLES: Record<string, string> = {
  destroy: 'destroyed', damage: 'damaged', burn: 'burned', spend: 'spent', budget: 'budgeted', raise: 'raised', close: 'closed',
};

// The head noun as the sources write it ("inmates", "homes"), or its lemma when no source writes it.
function nounFor(members: Feature[]): string | null {
  const head = mostCommon(members.map((m) => m.head));
  if (!head) return null;
  const written = members.flatMap((m) => (m.figure.counts ?? '').toLowerCase().split(/\s+/)).filter((w) => w === head || w.startsWith(head));
  return mostCommon(written) ?? head;
}

// What the members' percentages are shares of, written as the sources write it up to its noun: "federal waters"
// of "37 percent of federal waters in the Gulf". Null unless at least half the members say it, so one figure's
// phrase never names a metric of others ("80% of Australia's 25 million" names no whole: a possessive is not one).
function shareOf(members: Feature[]): string | null {
  const wholes = members.map((m) => {
    const counts = m.figure.counts;
    if (!counts || !m.head || !m.figure.signals.cues.includes('share')) return null;
    const words = counts.split(/\s+/);
    const stem = m.head.slice(0, Math.max(3, m.head.length - 1));
    const at = words.findIndex((w) => w.toLowerCase().startsWith(stem));
    return at >= 0 && !/['’]s?$/.test(words[at]) ? words.slice(0, at + 1).join(' ') : null;
  });
  const whole = mostCommon(wholes);
  return whole && 2 * wholes.filter((w) => w === whole).length >= members.length ? whole : null;
}

// The context noun most members share ("turnout" for two turnout percentages), if any two share one.
function sharedContext(members: Feature[]): string | null {
  const n = new Map<string, number>();
  for (const m of members) for (const c of m.context) n.set(c, (n.get(c) ?? 0) + 1);
  let best: string | null = null;
  // Nouns name a subject better than participles ("capital" over "located").
  const weight = (c: string) => n.get(c)! - (c.endsWith('ed') ? 0.5 : 0);
  for (const c of n.keys()) if (n.get(c)! >= 2 && (best === null || weight(c) > weight(best))) best = c;
  return best;
}

// A context word the sources capitalise inside a sentence is a name ("Tecoluca"); others stay lower case ("cell").
function asWritten(word: string | null, members: Feature[]): string | null {
  if (!word) return word;
  const capital = word.charAt(0).toUpperCase() + word.slice(1);
  const name = new RegExp(`[^.!?\\s]\\s+${capital.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`);
  return members.some((m) => name.test(m.figure.quote)) ? capital : word;
}

function distinguish(label: string, members: Feature[], taken: { has(slug: string): boolean }): string | null {
  const words = label.toLowerCase();
  const counts = mostCommon(members.map((m) => m.figure.counts?.toLowerCase() ?? null).filter((c) => c && !words.includes(c)));
  const by = mostCommon(members.map((m) => m.figure.attributedTo).filter((a) => a && !/\d/.test(a)));
  const where = placeOf(members);
  const when = dayOf(members);
  for (const option of [where && `${label} · ${where}`, when && `${label} · ${when}`, counts && `${label} · ${counts}`, by && `${label} · according to ${by}`])
    if (option && !taken.has(slugify(option))) return option;
  return null;
}

function mostCommon(xs: (string | null)[]): string | null {
  const n = new Map<string, number>();
  for (const x of xs) if (x) n.set(x, (n.get(x) ?? 0) + 1);
  let best: string | null = null;
  for (const [x, c] of n) if (best === null || c > n.get(best)!) best = x;
  return best;
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** URL-safe slug, e.g. `slugify('Capacity (inmates)')` → 'capacity-inmates'. */
export function slugify(label: string): string {
  // Accents are dropped, not turned into breaks: 'González' → 'gonzalez'.
  return label.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'metric';
}
