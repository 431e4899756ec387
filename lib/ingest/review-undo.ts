// Undo of a person's last change: its rows written back as they were, as a change of its own in the log.
import { and, desc, eq, isNull, ne } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client';
import { figureDecisions, figures, metricDecisions, metricPairs, metrics, reviewEvents, type FigureDecision, type ReviewEvent } from '../../db/schema';
import { figureColumns } from '../review/apply';
import { ReviewError } from '../review/errors';
import type { RowChange } from '../review/types';
import { ChangeLog, readRow } from './change-log';
import { recordEvent, type Actor } from './review-common';

/** The change `undoLastChange` would undo for this person, if any. */
export function lastUndoable(db: DbOrTx, userId: number): ReviewEvent | undefined {
  return db.select().from(reviewEvents)
    .where(and(eq(reviewEvents.userId, userId), ne(reviewEvents.action, 'undo'), isNull(reviewEvents.undoneBy)))
    .orderBy(desc(reviewEvents.id)).limit(1).get();
}

/**
 * Undoes the person's own last change that is not undone yet, e.g. `undoLastChange(db, editor, now)`.
 * Refused when someone changed the same rows since: undo never overwrites a colleague's later decision.
 */
export function undoLastChange(db: Db, actor: Actor, now: Date): ReviewEvent {
  return db.transaction((tx) => {
    const last = lastUndoable(tx, actor.id);
    if (!last) throw new ReviewError('You have no change left to undo.');
    for (const c of last.changes)
      if (JSON.stringify(stable(c.table, readRow(tx, c.table, c.key))) !== JSON.stringify(stable(c.table, c.after)))
        throw new ReviewError('Someone changed this since your change, so it cannot be undone. Reload to see the change.');
    const log = new ChangeLog(tx);
    for (const c of last.changes) restore(tx, log, c, actor, now);
    const event = recordEvent(tx, log, actor, now, {
      action: 'undo', figureId: last.figureId, metricId: last.metricId, summary: `Undid: ${last.summary}`, undoes: last.id,
    });
    tx.update(reviewEvents).set({ undoneBy: event.id }).where(eq(reviewEvents.id, last.id)).run();
    return event;
  }, { behavior: 'immediate' });
}

// Timestamps and ids of who saved are not what a comparison of decisions is about, and a metric's description
// is the machine's to rewrite as sources join (a person's scope is restored over it).
function stable(table: RowChange['table'], row: Record<string, unknown> | null) {
  if (!row) return null;
  const { updatedAt: _a, updatedBy: _b, description: _d, ...rest } = row;
  return table === 'metrics' ? { label: rest.label } : rest;
}

const asDecision = (row: Record<string, unknown>) => row as unknown as FigureDecision;

function restore(db: DbOrTx, log: ChangeLog, c: RowChange, actor: Actor, now: Date): void {
  log.touch(c.table, ...c.key);
  const stamp = (row: Record<string, unknown>) => ({ ...row, version: Number(c.after?.version ?? 0) + 1, updatedBy: actor.id, updatedAt: now });
  switch (c.table) {
    case 'figure_decisions': {
      const prev = c.after ? asDecision(c.after) : null;
      if (c.before) {
        const row = stamp(c.before) as FigureDecision;
        db.insert(figureDecisions).values(row).onConflictDoUpdate({ target: figureDecisions.figureId, set: row }).run();
      } else db.delete(figureDecisions).where(eq(figureDecisions.figureId, c.key[0])).run();
      db.update(figures).set(figureColumns(prev, c.before ? asDecision(c.before) : null)).where(eq(figures.id, c.key[0])).run();
      break;
    }
    case 'metric_decisions':
      if (c.before) {
        const row = stamp(c.before) as typeof metricDecisions.$inferInsert;
        db.insert(metricDecisions).values(row).onConflictDoUpdate({ target: metricDecisions.metricId, set: row }).run();
      } else db.delete(metricDecisions).where(eq(metricDecisions.metricId, c.key[0])).run();
      break;
    case 'metric_pairs':
      if (c.before) db.insert(metricPairs).values(c.before as typeof metricPairs.$inferInsert).onConflictDoNothing().run();
      else db.delete(metricPairs).where(and(eq(metricPairs.metricA, c.key[0]), eq(metricPairs.metricB, c.key[1]))).run();
      break;
    case 'figures':
      if (c.before) db.update(figures).set({ metricId: c.before.metricId as number | null }).where(eq(figures.id, c.key[0])).run();
      break;
    case 'metrics':
      // A metric a split or move created stays, empty (an empty metric is listed nowhere); a renamed one gets its name back.
      if (c.before) db.update(metrics).set({ label: String(c.before.label), description: String(c.before.description) }).where(eq(metrics.id, c.key[0])).run();
      break;
  }
}
