// Metrics of one story that measure the same thing but were kept apart. Grouping keeps two figures apart when
// their sentences say they count different things (an official count, an estimate, a part); when it is wrong,
// an analyst reading one metric's verdict must still see the figures that contradict it.

/** What a metric measures, as its label writes it, without the parts that tell it apart: "Deaths · India · excess deaths" → "Deaths". */
export function measureName(label: string): string {
  return label.split(' · ')[0].trim();
}

/** `measureName` for comparing: "Deaths · India" → "deaths". */
export function measureOf(label: string): string {
  return measureName(label).toLowerCase();
}

interface Ranged {
  id: number;
  label: string;
  sourceCount: number;
  valueMin: number | null;
  valueMax: number | null;
}

/**
 * The candidates that measure what `metric` does, most sources first, e.g. "Deaths · India" among the
 * metrics of a story whose figures share a bucket with "Deaths".
 */
export function sameMeasure<M extends Ranged>(metric: Ranged, candidates: M[]): M[] {
  const measure = measureOf(metric.label);
  return candidates
    .filter((c) => c.id !== metric.id && measureOf(c.label) === measure)
    .sort((a, b) => b.sourceCount - a.sourceCount || a.id - b.id);
}

/** Whether two metrics' stated values do not overlap at all: one says 64 to 1,427, the other 2,975 to 4,645. */
export function apart(a: Ranged, b: Ranged): boolean {
  if (a.valueMin === null || a.valueMax === null || b.valueMin === null || b.valueMax === null) return false;
  return b.valueMax < a.valueMin || b.valueMin > a.valueMax;
}

/** The candidates measuring what `metric` does whose values all lie outside its range: what an "agree" hides. */
export function contradicting<M extends Ranged>(metric: Ranged, candidates: M[]): M[] {
  return sameMeasure(metric, candidates).filter((c) => apart(metric, c));
}
