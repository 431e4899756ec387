import { formatSpanLabel } from './format';
import { summarizeSpread, type SpreadSummary } from './summarize';
import { spreadVerdict } from './verdict';
import { toSpreadChartRows, type SpreadChart } from './chart-rows';
import type { CitedFigure, SpreadVerdict } from './types';

export interface RankedMetric<M> {
  metric: M;
  summary: SpreadSummary;
  verdict: SpreadVerdict;
  span: string;
  chart: SpreadChart;
}

export const VERDICT_ORDER = { disagree: 0, revised: 1, agree: 2 } as const;

/** How far apart the stated values sit: the max/min ratio for quantities, 1 + years apart for dates; 0 with nothing charted. */
export function spreadScore(s: SpreadSummary): number {
  if (s.min === null || s.max === null) return 0;
  if (s.kind === 'date') return 1 + (s.max - s.min) / 12;
  return s.ratio ?? 1 + Math.abs(s.max - s.min);
}

/** Metrics ranked by how much their sources disagree: disagreements first, widest spread first. */
export function rankMetrics<M>(items: { metric: M; figures: CitedFigure[] }[]): RankedMetric<M>[] {
  return items
    .map(({ metric, figures }) => ({
      metric,
      summary: summarizeSpread(figures),
      verdict: spreadVerdict(figures),
      span: formatSpanLabel(figures),
      chart: toSpreadChartRows(figures),
    }))
    .sort(
      (a, b) =>
        VERDICT_ORDER[a.verdict.verdict] - VERDICT_ORDER[b.verdict.verdict] ||
        spreadScore(b.summary) - spreadScore(a.summary) ||
        b.summary.nSources - a.summary.nSources,
    );
}
