import Database from 'better-sqlite3';
import { E2E_DATABASE_PATH } from './env';

function read<T>(sql: string, ...args: unknown[]): T[] {
  const db = new Database(E2E_DATABASE_PATH, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...args) as T[];
  } finally {
    db.close();
  }
}

/** The id of the figure printed as `raw` in the source whose title contains `title`. */
export function figureId(raw: string, title: string): number {
  const rows = read<{ id: number }>('select f.id from figures f join sources s on s.id = f.source_id where f.raw_text = ? and s.title like ?', raw, `%${title}%`);
  if (rows.length !== 1) throw new Error(`expected one figure "${raw}" in "${title}", found ${rows.length}`);
  return rows[0].id;
}

/** The slug of the metric a figure is in now. */
export function metricSlugOf(figure: number): string {
  return read<{ slug: string }>('select m.slug from figures f join metrics m on m.id = f.metric_id where f.id = ?', figure)[0].slug;
}

/** Row counts of the decision tables and the log: a refused write changes none. */
export function reviewCounts(): Record<string, number> {
  const n = (t: string) => read<{ n: number }>(`select count(*) as n from ${t}`)[0].n;
  return { figureDecisions: n('figure_decisions'), metricDecisions: n('metric_decisions'), pairs: n('metric_pairs'), events: n('review_events'), metrics: n('metrics') };
}

/** Every logged change, oldest first. */
export function reviewLog(): { action: string; summary: string; user_name: string; undone_by: number | null }[] {
  return read('select action, summary, user_name, undone_by from review_events order by id');
}
