import { slugify } from '../group/label';

/** A URL slug for a metric a person names, unique against `taken`, e.g. `slugForLabel('Deaths in custody', new Set())` → 'deaths-in-custody'. */
export function slugForLabel(label: string, taken: { has(slug: string): boolean }): string {
  const base = slugify(label).slice(0, 60).replace(/-$/, '') || 'metric';
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}
