import { formatFigureValue } from './format';
import { metricTone } from './tones';
import type { SpreadFigure } from './types';

type SourceFigure = SpreadFigure & {
  start: number;
  end: number;
  hedgeStart: number | null;
  quoteStart: number;
  quoteEnd: number;
  counts: string | null;
  metricId: number | null;
  metricSlug: string | null;
  metricLabel: string | null;
};

/** Highlights (coloured by metric, hedge included) and list items for a source page, in text order. */
export function toSourceView<F extends SourceFigure>(figures: F[]) {
  const items = figures.map((f) => ({ ...f, tone: metricTone(f.metricId) }));
  const highlights = items.map((f) => ({
    quoteStart: f.quoteStart,
    quoteEnd: f.quoteEnd,
    mark: {
      id: f.id,
      start: f.hedgeStart !== null && f.hedgeStart < f.start ? f.hedgeStart : f.start,
      end: f.end,
      tone: f.tone,
      title: `${formatFigureValue(f)} · ${f.metricLabel ?? 'no metric'}`,
    },
  }));
  return { items, highlights };
}
