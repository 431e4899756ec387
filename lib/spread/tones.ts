// Class names are spelled out in full so Tailwind's content scan keeps them.
const TONES = [
  'bg-sky-100 ring-sky-400',
  'bg-amber-100 ring-amber-400',
  'bg-emerald-100 ring-emerald-400',
  'bg-rose-100 ring-rose-400',
  'bg-violet-100 ring-violet-400',
  'bg-lime-100 ring-lime-500',
  'bg-orange-100 ring-orange-400',
  'bg-fuchsia-100 ring-fuchsia-400',
  'bg-teal-100 ring-teal-400',
  'bg-indigo-100 ring-indigo-400',
  'bg-yellow-100 ring-yellow-500',
  'bg-pink-100 ring-pink-400',
];

/** Figures that belong to no metric. */
export const NEUTRAL_TONE = 'bg-stone-200 ring-stone-400';

/** A stable highlight colour per metric id: `metricTone(3)` → the third palette entry. */
export function metricTone(metricId: number | null): string {
  if (metricId === null) return NEUTRAL_TONE;
  return TONES[(metricId - 1 + TONES.length) % TONES.length];
}
