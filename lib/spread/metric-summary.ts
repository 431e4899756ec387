import { storedChartBins, type BinnedChart } from './bins';
import { spanFigures } from './format';
import { spreadScore, VERDICT_ORDER } from './rank';
import { summarizeSpread, type SpreadSummary } from './summarize';
import type { SpreadFigure, SpreadVerdict, Verdict } from './types';
import { spreadVerdict } from './verdict';

/** What a metric row stores about its figures, so lists of metrics never read the figures themselves. */
export interface MetricSummaryColumns {
  sourceCount: number;
  figureCount: number;
  chartedCount: number;
  valueMin: number | null;
  valueMax: number | null;
  medianLow: number | null;
  medianHigh: number | null;
  ratio: number | null;
  spreadScore: number;
  verdict: Verdict;
  verdictRank: number;
  verdictReason: string;
  spanFigureIds: number[];
  /** The binned chart when there are too many figures for a row each, else null. */
  chartBins: BinnedChart | null;
}

/**
 * The stored summary of one metric's figures: the same numbers `summarizeSpread`, `spreadVerdict` and
 * `rankMetrics` give, e.g. `summarizeMetric(rows).sourceCount` → 3 for figures from three sources.
 */
export function summarizeMetric(rows: SpreadFigure[]): MetricSummaryColumns {
  const summary = summarizeSpread(rows);
  const verdict = spreadVerdict(rows);
  return {
    sourceCount: summary.nSources,
    figureCount: summary.nFigures,
    chartedCount: summary.nCharted,
    valueMin: summary.min,
    valueMax: summary.max,
    medianLow: summary.median?.low ?? null,
    medianHigh: summary.median?.high ?? null,
    ratio: summary.ratio,
    spreadScore: spreadScore(summary),
    verdict: verdict.verdict,
    verdictRank: VERDICT_ORDER[verdict.verdict],
    verdictReason: verdict.reason,
    spanFigureIds: spanFigures(rows).map((f) => f.id),
    chartBins: storedChartBins(rows, summary.nCharted),
  };
}

/** The summary and verdict a metric page shows, read back from the stored columns (no figure is read). */
export function storedSummary(m: { kind: 'quantity' | 'date' } & Omit<MetricSummaryColumns, 'spreadScore' | 'verdictRank' | 'spanFigureIds' | 'chartBins'>): {
  summary: SpreadSummary;
  verdict: SpreadVerdict;
} {
  return {
    summary: {
      kind: m.kind,
      nSources: m.sourceCount,
      nFigures: m.figureCount,
      nCharted: m.chartedCount,
      min: m.valueMin,
      max: m.valueMax,
      median: m.medianLow === null || m.medianHigh === null ? null : { low: m.medianLow, high: m.medianHigh },
      ratio: m.ratio,
    },
    verdict: { verdict: m.verdict, reason: m.verdictReason },
  };
}
