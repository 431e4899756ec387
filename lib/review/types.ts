// The desk's decisions, as pure data: what a person may change on a figure and how a change is recorded.

/** The fields of a figure a person may correct; a missing key means "as extracted". */
export interface FigureEdits {
  low?: number | null;
  high?: number | null;
  qualifier?: 'exact' | 'about' | 'at least' | 'more than' | 'up to' | 'less than' | 'range';
  hedge?: string | null;
  unit?: string | null;
  counts?: string | null;
  asOf?: string | null;
  attributedTo?: string | null;
}

export type EditableField = keyof FigureEdits;

export const EDITABLE_FIELDS: EditableField[] = ['low', 'high', 'qualifier', 'hedge', 'unit', 'counts', 'asOf', 'attributedTo'];

export type Rank = 'preferred' | 'normal' | 'deprecated';

/** One decision row before and after a change; null where the row did not (or no longer does) exist. */
export interface RowChange {
  table: 'figure_decisions' | 'metric_decisions' | 'metric_pairs' | 'figures' | 'metrics';
  key: number[];
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export type ReviewAction =
  | 'confirm' | 'reject' | 'rank' | 'edit' | 'move' | 'rename' | 'merge' | 'split' | 'not-comparable' | 'verdict' | 'undo';
