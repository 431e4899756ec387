// Shared by the extract CLI and the eval: texts → extracted, grouped figures as the scorer's JSON rows.
import { extractFigures } from '../lib/extract/index';
import { groupFigures } from '../lib/group/index';
import { loadWordNet } from '../lib/lexicon/wordnet';
import type { ExtractedFigure, GroupInput } from '../lib/extract/types';

export interface FigureRow {
  file: string;
  start: number;
  end: number;
  text: string;
  low: number | string | null;
  high: number | string | null;
  unit: string | null;
  qualifier: string;
  counts: string | null;
  metric: string | null;
  as_of: string | null;
  attributed_to: string | null;
  quote: string;
}

/**
 * Extract each document, group across all of them, and return one row per figure plus extraction warnings.
 * `order` (a permutation of the documents) is the order grouping adds them in, as ingests one at a time would.
 */
export function extractRows(docs: { file: string; text: string }[], order?: number[]): { rows: FigureRow[]; warnings: string[] } {
  const warnings: string[] = [];
  const inputs: GroupInput[] = docs.map(({ file, text }) => {
    const result = extractFigures(text);
    warnings.push(...result.warnings.map((w) => `${file}: ${w}`));
    return { key: file, figures: result.figures, text };
  });
  const sequence = order ?? inputs.map((_, i) => i);
  const grouped = groupFigures(sequence.map((i) => inputs[i]), loadWordNet());
  const metrics = grouped.metrics;
  const assignment: (number | null)[][] = [];
  sequence.forEach((i, k) => (assignment[i] = grouped.assignment[k]));
  const rows = inputs.flatMap((input, s) =>
    input.figures.map((f, i) => {
      const m = assignment[s][i];
      return toRow(input.key, f, m === null ? null : metrics[m].slug);
    }),
  );
  return { rows, warnings };
}

function toRow(file: string, f: ExtractedFigure, metric: string | null): FigureRow {
  const date = f.kind === 'date';
  return {
    file,
    start: f.start,
    end: f.end,
    text: f.text,
    low: date ? f.dateLow : f.low,
    high: date ? f.dateHigh : f.high,
    unit: date ? 'date' : f.unit,
    qualifier: f.qualifier,
    counts: f.counts,
    metric,
    as_of: f.asOf,
    attributed_to: f.attributedTo,
    quote: f.quote,
  };
}
