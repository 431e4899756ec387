// Snapshots of decision rows before and after a change, so the review log stores both and undo can restore.
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { figureDecisions, figures, metricDecisions, metricPairs, metrics } from '../../db/schema';
import type { RowChange } from '../review/types';

type Table = RowChange['table'];

// JSON round trip: what is stored in the log is what comparisons see (dates become strings).
const plain = (row: unknown) => (row === undefined || row === null ? null : (JSON.parse(JSON.stringify(row)) as Record<string, unknown>));

/** The row a change record names, as the log stores it. */
export function readRow(db: DbOrTx, table: Table, key: number[]): Record<string, unknown> | null {
  switch (table) {
    case 'figure_decisions':
      return plain(db.select().from(figureDecisions).where(eq(figureDecisions.figureId, key[0])).get());
    case 'metric_decisions':
      return plain(db.select().from(metricDecisions).where(eq(metricDecisions.metricId, key[0])).get());
    case 'metric_pairs':
      return plain(db.select().from(metricPairs).where(and(eq(metricPairs.metricA, key[0]), eq(metricPairs.metricB, key[1]))).get());
    case 'figures':
      return plain(db.select({ metricId: figures.metricId }).from(figures).where(eq(figures.id, key[0])).get());
    case 'metrics':
      return plain(db.select({ label: metrics.label, description: metrics.description }).from(metrics).where(eq(metrics.id, key[0])).get());
  }
}

/** Collects the rows a change touches: `touch` before writing, `finish` after, giving only the rows that changed. */
export class ChangeLog {
  private rows = new Map<string, RowChange>();
  constructor(private db: DbOrTx) {}

  touch(table: Table, ...key: number[]): void {
    const k = `${table}:${key.join(',')}`;
    if (!this.rows.has(k)) this.rows.set(k, { table, key, before: readRow(this.db, table, key), after: null });
  }

  finish(): RowChange[] {
    const out: RowChange[] = [];
    for (const c of this.rows.values()) {
      const after = readRow(this.db, c.table, c.key);
      if (JSON.stringify(after) !== JSON.stringify(c.before)) out.push({ ...c, after });
    }
    return out;
  }
}
