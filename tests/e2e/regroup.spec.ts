import { execFileSync } from 'node:child_process';
import { expect, E2E_DATABASE_PATH, test } from './fixtures';
import { expectPermalinkOpensPassage } from './permalink';

// Runs last (its own project): a full regroup forgets every metric, which other specs must not see mid-run.
test('a figure permalink still opens its highlighted passage after a full regroup', async ({ page, request }) => {
  test.setTimeout(120_000);
  const before = (await (await request.get('/api/v1/figures?limit=500')).json()).data as { figure_id: number; source_id: number; value_as_stated: string; metric_slug: string | null }[];
  const figure = before.find((f) => f.metric_slug !== null)!;
  execFileSync('npx', ['tsx', 'scripts/regroup.ts'], { env: { ...process.env, DATABASE_PATH: E2E_DATABASE_PATH }, encoding: 'utf8' });
  await expectPermalinkOpensPassage(page, figure);
  // Every figure kept its id and its text; only its metric may have moved.
  const after = new Map(((await (await request.get('/api/v1/figures?limit=500')).json()).data as typeof before).map((f) => [f.figure_id, f.value_as_stated]));
  for (const f of before) expect(after.get(f.figure_id), `figure ${f.figure_id}`).toBe(f.value_as_stated);
});
