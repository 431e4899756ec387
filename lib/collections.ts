/** A list in slices of at most `size`, e.g. ids a few hundred at a time (SQLite binds a bounded number of variables). */
export function chunks<T>(list: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** The value more than half of `values` hold (nulls count as values no one holds), e.g. a metric's place, or null. */
export function majority(values: readonly (string | null | undefined)[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  for (const [v, n] of counts) if (n * 2 > values.length) return v;
  return null;
}

/** Items grouped by key, in first-seen order, e.g. `groupBy(figures, (f) => f.sourceId)`. */
export function groupBy<T, K>(items: Iterable<T>, keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    // Appending in place: copying the group on every item made large groupings quadratic.
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
