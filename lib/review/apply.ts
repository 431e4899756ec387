// How the desk's decisions lie over the machine's proposal. Pure: rows in, the columns to write out.
import { EDITABLE_FIELDS, type FigureEdits, type Rank } from './types';

/** The part of a decision row that shapes the stored figure. */
export interface DecisionState {
  status: 'confirmed' | 'rejected' | null;
  rank: Rank;
  edits: FigureEdits;
  original: FigureEdits;
}

type FigureColumns = FigureEdits & { status: 'extracted' | 'confirmed' | 'corrected' | 'rejected'; rank: Rank };

/**
 * The figure columns a decision sets, given the decision it replaces (edits dropped since then get the
 * extractor's values back), e.g. `figureColumns(null, { status: 'rejected', rank: 'normal', edits: {}, original: {} }).status` → 'rejected'.
 */
export function figureColumns(prev: DecisionState | null, next: DecisionState | null): FigureColumns {
  const edits = next?.edits ?? {};
  const edited = Object.keys(edits).length > 0;
  const status = next?.status === 'rejected' ? 'rejected' : edited ? 'corrected' : next?.status === 'confirmed' ? 'confirmed' : 'extracted';
  const out: FigureColumns = { status, rank: next?.rank ?? 'normal' };
  const set = out as unknown as Record<string, unknown>;
  for (const field of EDITABLE_FIELDS) {
    if (field in edits) set[field] = edits[field];
    else if (prev && field in prev.edits && field in prev.original) set[field] = prev.original[field];
  }
  return out;
}

/** The extractor's values of the fields an edit changes, kept so the edit can be undone: first record wins. */
export function keepOriginal(original: FigureEdits, edits: FigureEdits, current: FigureEdits): FigureEdits {
  const out: FigureEdits = { ...original };
  for (const field of EDITABLE_FIELDS)
    if (field in edits && !(field in out)) (out as Record<string, unknown>)[field] = current[field] ?? null;
  return out;
}

/** The fields of `edits` that differ from the figure as stored: an edit form sends every field, only changes count. */
export function changedFields(edits: FigureEdits, current: FigureEdits): FigureEdits {
  const out: FigureEdits = {};
  for (const field of EDITABLE_FIELDS)
    if (field in edits && (edits[field] ?? null) !== (current[field] ?? null)) (out as Record<string, unknown>)[field] = edits[field];
  return out;
}

export interface PlacedRow {
  figureId: number;
  /** Where grouping put the figure. */
  machineMetric: number | null;
  /** Where a person pinned it, if anywhere. */
  pinned: number | null;
}

export interface Placement {
  /** Figures whose metric must change, to the metric they belong in. */
  moves: Map<number, number>;
  /** Pinned figures the machine grouped elsewhere: the metric (pinned one, or the machine's own) it proposed. */
  suggestions: Map<number, number>;
}

/**
 * Lays pins over grouping. A pinned figure goes back to its pin. A machine metric whose pinned members all
 * point to one curated metric is that metric again (a regroup made it anew), so its other figures follow them;
 * one whose pinned members point to several is left as the machine made it, e.g. after a split, a new figure
 * the machine puts with both halves stays apart for a person to place.
 */
export function resolvePlacement(rows: PlacedRow[]): Placement {
  const targets = new Map<number, Set<number>>();
  for (const r of rows) {
    if (r.pinned === null || r.machineMetric === null) continue;
    const set = targets.get(r.machineMetric) ?? new Set<number>();
    set.add(r.pinned);
    targets.set(r.machineMetric, set);
  }
  const single = (m: number | null) => {
    const t = m === null ? undefined : targets.get(m);
    return t && t.size === 1 ? [...t][0] : null;
  };
  const moves = new Map<number, number>();
  const suggestions = new Map<number, number>();
  for (const r of rows) {
    if (r.pinned !== null) {
      if (r.machineMetric !== r.pinned) moves.set(r.figureId, r.pinned);
      if (r.machineMetric === null || r.machineMetric === r.pinned) continue;
      // The machine put this figure with figures a person placed elsewhere: name where they are, or the machine's
      // own metric when they are in several places. With figures placed only where this one is, it agrees.
      const others = [...(targets.get(r.machineMetric) ?? [])].filter((t) => t !== r.pinned);
      if (others.length === 1) suggestions.set(r.figureId, others[0]);
      else if (others.length > 1) suggestions.set(r.figureId, r.machineMetric);
      continue;
    }
    const target = single(r.machineMetric);
    if (target !== null && target !== r.machineMetric) moves.set(r.figureId, target);
  }
  return { moves, suggestions };
}
