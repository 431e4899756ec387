import { StatTile } from '../ui/stat-tile';

/** The overview's four totals. */
export function Totals({ sources, figures, metrics, disagreeing }: { sources: number; figures: number; metrics: number; disagreeing: number }) {
  return (
    <section aria-label="Totals" className="grid grid-cols-2 gap-3 md:grid-cols-4">
      <StatTile label="Sources" value={sources} />
      <StatTile label="Figures" value={figures} />
      <StatTile label="Metrics" value={metrics} />
      <StatTile label="Metrics whose sources disagree" value={disagreeing} tone="alert" />
    </section>
  );
}
