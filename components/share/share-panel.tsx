import { embedCode } from '@/lib/share/embed';
import { ChartDownloads } from './chart-downloads';
import { CopyField } from './copy-field';
import { ExportLinks } from './export-links';

/** A metric's ways out: its data twins, the chart as an image, and the code to embed the chart in an article. */
export function SharePanel({ slug, title, rows, origin }: { slug: string; title: string; rows: number; origin: string }) {
  const base = `/metrics/${encodeURIComponent(slug)}`;
  return (
    <div className="space-y-3 text-sm">
      <ExportLinks base={base} />
      <p className="flex gap-3">
        <span className="text-gray-500">Chart image:</span>
        <ChartDownloads svgHref={`${base}/chart.svg`} name={slug} />
      </p>
      <CopyField label="Embed the chart in an article" value={embedCode({ origin, slug, title, rows })} />
    </div>
  );
}
