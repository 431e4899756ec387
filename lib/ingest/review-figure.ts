// A person's decision on one figure: confirm, reject, rank, edit or move. One transaction each, logged.
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { figureDecisions, figures, metricDecisions, reviewSuggestions, type Figure, type ReviewEvent } from '../../db/schema';
import { formatFigureValue } from '../spread/format';
import { changedFields, keepOriginal } from '../review/apply';
import { ReviewError, StaleError } from '../review/errors';
import type { FigureEdits, Rank } from '../review/types';
import { ChangeLog } from './change-log';
import { ensureCurated, getMetricOrFail, insertNamedMetric, recordEvent, storyOfFigure, writeFigureDecision, type Actor } from './review-common';

export type FigureChange =
  | { action: 'confirm' }
  | { action: 'reject'; reason: string }
  | { action: 'rank'; rank: Rank; reason: string }
  | { action: 'edit'; edits: FigureEdits; reason: string }
  | { action: 'move'; to: number | { label: string }; reason: string };

const RANK_WORD: Record<Rank, string> = { preferred: 'Preferred', normal: 'Ranked normal', deprecated: 'Deprecated' };

/** The fields of a stored figure a person may edit, as they stand. */
export const editableOf = (f: Figure): FigureEdits => ({
  low: f.low, high: f.high, qualifier: f.qualifier, hedge: f.hedge, unit: f.unit, counts: f.counts, asOf: f.asOf, attributedTo: f.attributedTo,
});

/**
 * Applies one decision to a figure if nobody changed it since `version` was read (0: no decision yet), e.g.
 * `reviewFigure(db, editor, 12, 0, { action: 'reject', reason: 'a capacity, not a count' }, now)`.
 * Throws StaleError on a stale version and ReviewError on a decision that cannot be made.
 */
export function reviewFigure(db: Db, actor: Actor, figureId: number, version: number, change: FigureChange, now: Date): ReviewEvent {
  return db.transaction((tx) => {
    const fig = tx.select().from(figures).where(eq(figures.id, figureId)).get();
    if (!fig) throw new ReviewError('That figure no longer exists.');
    const current = tx.select().from(figureDecisions).where(eq(figureDecisions.figureId, figureId)).get();
    if ((current?.version ?? 0) !== version) throw new StaleError('figure');
    const log = new ChangeLog(tx);
    const pin = current?.metricId ?? fig.metricId;
    const value = formatFigureValue(fig);
    let summary: string;
    let target = pin;
    switch (change.action) {
      case 'confirm':
        summary = `Confirmed ${value}`;
        writeFigureDecision(tx, log, figureId, actor, now, () => ({ status: 'confirmed', reason: null, metricId: pin }));
        break;
      case 'reject':
        summary = `Rejected ${value}`;
        writeFigureDecision(tx, log, figureId, actor, now, () => ({ status: 'rejected', reason: change.reason, metricId: pin }));
        break;
      case 'rank':
        summary = `${RANK_WORD[change.rank]} ${value}`;
        writeFigureDecision(tx, log, figureId, actor, now, () => ({ rank: change.rank, rankReason: change.reason, metricId: pin }));
        break;
      case 'edit': {
        const changed = changedFields(change.edits, editableOf(fig));
        if (Object.keys(changed).length === 0) throw new ReviewError('Nothing changed: edit at least one field.');
        summary = `Edited ${value}: ${Object.keys(changed).join(', ')}`;
        writeFigureDecision(tx, log, figureId, actor, now, (d) => ({
          edits: { ...(d?.edits ?? {}), ...changed },
          original: keepOriginal(d?.original ?? {}, changed, editableOf(fig)),
          metricId: pin,
        }));
        break;
      }
      case 'move': {
        if (typeof change.to === 'number') {
          const to = getMetricOrFail(tx, change.to);
          const merged = tx.select({ into: metricDecisions.mergedInto }).from(metricDecisions).where(eq(metricDecisions.metricId, to.id)).get()?.into;
          if (merged) throw new ReviewError(`"${to.label}" was merged into another metric: move the figure there instead.`);
          if (to.id === fig.metricId) throw new ReviewError('The figure is already in that metric.');
          target = to.id;
          summary = `Moved ${value} to "${to.label}"`;
        } else {
          target = insertNamedMetric(tx, log, change.to.label, { kind: fig.kind, unit: fig.unit, storyId: storyOfFigure(tx, figureId) }, actor, now);
          summary = `Moved ${value} to a new metric "${change.to.label}"`;
        }
        writeFigureDecision(tx, log, figureId, actor, now, () => ({ metricId: target }));
        break;
      }
    }
    if (target !== null) ensureCurated(tx, log, target, actor, now);
    // A person decided: whatever the machine proposed against the old decision is settled.
    tx.delete(reviewSuggestions).where(eq(reviewSuggestions.figureId, figureId)).run();
    const reason = 'reason' in change ? change.reason : null;
    return recordEvent(tx, log, actor, now, { action: change.action, figureId, metricId: target, summary, reason });
  }, { behavior: 'immediate' });
}
