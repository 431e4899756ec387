import { toSpreadChartRows, type ChartFigure, type SpreadChart } from './chart-rows';
import { formatSpanLabel } from './format';
import type { Verdict } from './types';

/** The stored summary columns an overview row reads (a `metrics` row satisfies it). */
export interface StoredMetricSummary {
  id: number;
  slug: string;
  label: string;
  kind: 'quantity' | 'date';
  sourceCount: number;
  medianLow: number | null;
  medianHigh: number | null;
  verdict: Verdict;
  verdictReason: string;
  spanFigureIds: number[];
}

export interface OverviewRow {
  slug: string;
  label: string;
  span: string;
  sourceCount: number;
  verdict: Verdict;
  verdictReason: string;
  /** The lowest and highest figures on the metric's axis, with the stored median: an aggregate, not every figure. */
  strip: SpreadChart;
  median: { low: number; high: number } | null;
}

/**
 * Overview rows from stored summaries and the few figures each names in `spanFigureIds`,
 * e.g. a metric with figures 20,000 and 40,000 → { span: "20,000 – 40,000", strip: two marks }.
 */
export function toOverviewRows(metrics: StoredMetricSummary[], spanFigures: ChartFigure[]): OverviewRow[] {
  const byId = new Map(spanFigures.map((f) => [f.id, f]));
  return metrics.map((m) => {
    const figures = m.spanFigureIds.flatMap((id) => byId.get(id) ?? []);
    return {
      slug: m.slug,
      label: m.label,
      span: formatSpanLabel(figures),
      sourceCount: m.sourceCount,
      verdict: m.verdict,
      verdictReason: m.verdictReason,
      strip: toSpreadChartRows(figures),
      median: m.medianLow === null || m.medianHigh === null ? null : { low: m.medianLow, high: m.medianHigh },
    };
  });
}
