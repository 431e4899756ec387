import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { addEditor, EDITOR_STATE, signIn } from './accounts';
import { E2E_DATABASE_PATH, expect, test } from './fixtures';
import { FigureReviewPage } from './pages/review-pages';
import { figureId, metricSlugOf, reviewCounts, reviewLog } from './review-db';

// One story no other spec touches: a dam collapse told by three sources that disagree on deaths and flooded homes.
// The steps share its metrics, so they run in order; each reloads to show its change was stored.
const STORY = ['gazette', 'times', 'wire'].map((s) => `tests/fixtures/review/tallowmere-${s}.md`);
const GAZETTE = 'Tallowmere dam collapse kills 48';
const TIMES = 'Rescuers count 61 dead';
const WIRE = 'Council puts Tallowmere toll at 52';
const DIR = process.env.SCREENSHOT_DIR ?? 'tests/.tmp/screenshots';

const cli = (script: string, ...args: string[]) =>
  execFileSync('npx', ['tsx', script, ...args], { env: { ...process.env, DATABASE_PATH: E2E_DATABASE_PATH }, encoding: 'utf8' });

// Each step signs in, submits and reloads several times (scrypt sign-ins are slow on purpose): more than the default 30 s.
test.describe.configure({ mode: 'serial', timeout: 120_000 });
test.use({ viewport: { width: 1280, height: 900 } });

test.beforeAll(() => {
  cli('scripts/ingest.ts', ...STORY);
  mkdirSync(DIR, { recursive: true });
});

test.describe('an anonymous visitor', () => {
  test('sees decisions and history but no review forms, and every review action is refused', async ({ page }) => {
    const id = figureId('48', GAZETTE);
    const figure = new FigureReviewPage(page);
    await figure.goto(id);
    await expect(page.getByTestId('sign-in-to-review')).toBeVisible();
    await expect(page.getByRole('form')).toHaveCount(0);
    await page.goto(`/metrics/${metricSlugOf(id)}`);
    await expect(page.getByTestId('sign-in-to-review')).toBeVisible();
    await page.goto('/review');
    await expect(page.getByTestId('sign-in-to-review')).toBeVisible();
    await expect(page.getByTestId('queue-item')).toHaveCount(0);

    // Forms loaded while signed in, then the session ends before each action runs.
    const before = reviewCounts();
    await signIn(page, addEditor('lapsed-reviewer'));
    await figure.goto(id);
    await page.context().clearCookies();
    for (const [form, button, fields] of [
      ['Confirm figure', 'Confirm', {}],
      ['Reject figure', 'Reject', { 'Reason': 'not a toll' }],
      ['Rank figure', 'Set rank', { 'Reason': 'best count' }],
      ['Edit figure', 'Save edit', { 'What it counts': 'people' }],
      ['Move figure', 'Move', { 'New metric\'s name': 'Other', 'Reason': 'elsewhere' }],
    ] as const) await expect(await figure.submit(form, button, fields)).toHaveText(/Sign in as an editor to review/);
    await signIn(page, addEditor('lapsed-curator'));
    await page.goto(`/metrics/${metricSlugOf(id)}`);
    await page.context().clearCookies();
    await expect(await figure.submit('Rename metric', 'Save name and scope', { Name: 'Hijacked' })).toHaveText(/Sign in as an editor to review/);
    await expect(await figure.submit('Split metric', 'Split into a new metric', { 'New metric\'s name': 'Hijacked', Reason: 'none' })).toHaveText(/Sign in as an editor to review/);
    expect(reviewCounts()).toEqual(before);

    // Undo too: an editor's change, then the session ends before the undo runs, and the change stays.
    await signIn(page, addEditor('lapsed-undoer'));
    await figure.goto(figureId('1,200', GAZETTE));
    await figure.submit('Confirm figure', 'Confirm');
    await page.reload();
    const changed = reviewCounts();
    await page.context().clearCookies();
    await expect(await figure.submit('Undo your last change', 'Undo')).toHaveText(/Sign in as an editor to review/);
    expect(reviewCounts()).toEqual(changed);
    await page.reload();
    await expect(figure.status).toHaveAttribute('data-status', 'confirmed');
  });
});

test.describe('an editor', () => {
  test.use({ storageState: EDITOR_STATE });

  test('confirms, rejects with a reason, ranks and edits a figure; each holds on reload', async ({ page }) => {
    const figure = new FigureReviewPage(page);
    const toll48 = figureId('48', GAZETTE);
    const toll61 = figureId('61', TIMES);
    const toll52 = figureId('52', WIRE);
    await figure.goto(toll48);
    await expect(await figure.submit('Confirm figure', 'Confirm')).toHaveText(/Saved: Confirmed 48/);
    await page.reload();
    await expect(figure.status).toHaveAttribute('data-status', 'confirmed');

    await figure.submit('Edit figure', 'Save edit', { 'What it counts': 'people killed by the collapse', 'Attributed to': 'the district council', Reason: 'as the quote says' });
    await page.reload();
    await expect(figure.status).toHaveAttribute('data-status', 'corrected');
    await expect(page.getByTestId('figure-decision')).toContainText('people killed by the collapse');
    await expect(page.getByTestId('figure-decision')).toContainText('extracted:');
    await page.screenshot({ path: `${DIR}/review-figure.png`, fullPage: true });

    await figure.goto(toll61);
    await figure.submit('Reject figure', 'Reject', { Reason: 'counts the missing as dead' });
    await page.reload();
    await expect(figure.status).toHaveAttribute('data-status', 'rejected');
    // Its source still lists it, struck through: a rejected figure is never silently dropped.
    await page.getByRole('link', { name: /Rescuers count 61 dead/ }).click();
    const listed = page.getByTestId('source-figure').filter({ hasText: '61' });
    await expect(listed).toContainText('(rejected by the desk)');
    await expect(listed.locator('a.line-through')).toBeVisible();
    await page.screenshot({ path: `${DIR}/review-source.png` });

    await figure.goto(toll52);
    await figure.submit('Rank figure', 'Set rank', { Rank: 'preferred', Reason: 'the council\'s latest count' });
    await page.reload();
    await expect(figure.rank).toHaveAttribute('data-rank', 'preferred');
    await expect(page.getByRole('list', { name: 'Figure history' }).getByTestId('review-event').first()).toContainText('Preferred 52');

    // The metric page leaves the rejected figure out of the spread, struck through and apart, and says so.
    await page.goto(`/metrics/${metricSlugOf(toll61)}`);
    await expect(page.getByTestId('left-out-figure').filter({ hasText: '61' })).toContainText('counts the missing as dead');
    await expect(page.getByTestId('left-out-figure').locator('s').first()).toBeVisible();
    await expect(page.getByTestId('rank-note')).toContainText('left out of the chart and this summary');
    await expect(page.getByTestId('citation').filter({ hasText: '61 people died' })).toHaveCount(0);
    await expect(page.getByTestId('citation').filter({ hasText: 'put the death toll' }).getByTestId('desk-mark')).toHaveText('preferred');
  });

  test('a second editor saving a figure someone changed meanwhile is asked to reload', async ({ page, browser }) => {
    const id = figureId('900', TIMES);
    const figure = new FigureReviewPage(page);
    await figure.goto(id);
    const other = await browser.newContext({ storageState: EDITOR_STATE });
    const colleague = new FigureReviewPage(await other.newPage());
    await colleague.goto(id);
    await expect(await colleague.submit('Confirm figure', 'Confirm')).toHaveText(/Saved/);
    await expect(await figure.submit('Reject figure', 'Reject', { Reason: 'a guess' })).toHaveText(/changed by someone else since you opened the page\. Reload/);
    await page.reload();
    await expect(figure.status).toHaveAttribute('data-status', 'confirmed');
    await other.close();
  });

  test('moves a figure to a new metric, renames and scopes a metric, records the desk\'s verdict', async ({ page }) => {
    const figure = new FigureReviewPage(page);
    const homes1500 = figureId('1,500', WIRE);
    await figure.goto(homes1500);
    await figure.submit('Move figure', 'Move', { 'Move to metric': 'new', 'New metric\'s name': 'Homes flooded district-wide', Reason: 'counts the whole district, not the valley' });
    await page.reload();
    await expect(page.getByRole('link', { name: '← Homes flooded district-wide' })).toBeVisible();

    const deaths = metricSlugOf(figureId('48', GAZETTE));
    await page.goto(`/metrics/${deaths}`);
    await figure.submit('Rename metric', 'Save name and scope', { Name: 'Deaths in the Tallowmere dam collapse', 'Scope: exactly what it counts': 'People killed by the collapse, not the missing', Reason: 'clearer' });
    const verdict = figure.form('Record the desk\'s verdict');
    await verdict.getByLabel('Value, or low end').fill('48');
    await verdict.getByLabel('High end (for a range)').fill('52');
    await verdict.getByLabel('Explanation').fill('The council counted 48, then 52; rescuers\' 61 includes the missing.');
    await verdict.getByLabel(/^48 ·/).check();
    await verdict.getByLabel(/^52 ·/).check();
    await verdict.getByRole('button', { name: 'Record verdict' }).click();
    await expect(verdict.getByRole('status')).toHaveText(/Saved/);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deaths in the Tallowmere dam collapse');
    await expect(page.getByTestId('metric-scope')).toHaveText('People killed by the collapse, not the missing');
    await expect(page.getByTestId('desk-verdict-value')).toHaveText(/48 – 52/);
    await expect(page.getByTestId('desk-verdict')).toContainText('includes the missing');
    // Once the desk has a verdict the page publishes it as a ClaimReview with schema.org's required fields. The
    // rescuers' 61 was rejected above, so every charted figure fits: the claim is one the verdict rests on.
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
    expect(ld['@type']).toBe('ClaimReview');
    expect(ld.claimReviewed).toMatch(/: (48|52)$/);
    expect(ld.url).toMatch(new RegExp(`/metrics/${deaths}$`));
    expect(ld.reviewRating).toMatchObject({ '@type': 'Rating', alternateName: 'Supported' });
    expect(ld.reviewRating.ratingExplanation).toContain('includes the missing');
    expect(ld.itemReviewed['@type']).toBe('Claim');
    expect(ld.itemReviewed.author.name).toBeTruthy();
    expect(ld.itemReviewed.appearance[0].url).toMatch(/^https?:\/\//);
    expect(ld.author.name).toBeTruthy();
    expect(Date.parse(ld.datePublished)).not.toBeNaN();
    await page.screenshot({ path: `${DIR}/review-metric.png` });
  });

  test('splits a metric, marks two not comparable, merges two; each holds on reload', async ({ page }) => {
    const homes = metricSlugOf(figureId('1,200', GAZETTE));
    await page.goto(`/metrics/${homes}`);
    const split = page.getByRole('form', { name: 'Split metric' });
    await split.getByLabel(/^900 ·/).check();
    await split.getByLabel('New metric\'s name').fill('Homes flooded below the reservoir');
    await split.getByLabel('Reason').fill('the Times counts a smaller area');
    await split.getByRole('button', { name: 'Split into a new metric' }).click();
    await expect(split.getByRole('status')).toHaveText(/Saved: Split 1 figure/);
    await page.reload();
    await expect(page.getByTestId('citation').filter({ hasText: '900 homes' })).toHaveCount(0);
    const below = metricSlugOf(figureId('900', TIMES));
    expect(below).not.toBe(homes);

    const curate = new FigureReviewPage(page);
    await curate.submit('Mark not comparable', 'Mark not comparable', { 'Not comparable with': 'Homes flooded below the reservoir', Reason: 'one area is inside the other' });
    await page.reload();
    await expect(page.getByTestId('not-comparable')).toContainText('Homes flooded below the reservoir');
    await page.goto(`/metrics/${below}`);
    await expect(page.getByTestId('not-comparable')).toContainText('one area is inside the other');
    // A merge of the pair is refused: they are never charted as one spread.
    await expect(await curate.submit('Merge metric', 'Merge into it', { 'Merge this metric into': (await page.locator('select[name="into"] option', { hasText: /^Homes/ }).filter({ hasNotText: 'district-wide' }).filter({ hasNotText: 'below' }).first().textContent())!.trim(), Reason: 'same' }))
      .toHaveText(/marked not comparable/);

    // The district-wide figure, moved out earlier, joins the valley count after all.
    await page.goto(`/metrics/${metricSlugOf(figureId('1,500', WIRE))}`);
    const into = (await page.locator('select[name="into"] option').filter({ hasText: /^Homes/ }).filter({ hasNotText: 'below' }).first().textContent())!.trim();
    const merge = curate.form('Merge metric');
    await merge.getByLabel('Merge this metric into').selectOption({ label: into });
    await merge.getByLabel('Reason').fill('the same count after all');
    await merge.getByRole('button', { name: 'Merge into it' }).click();
    // The merged metric's page says where its figures went, in place of the curation forms.
    await expect(page.getByTestId('merged-into')).toBeVisible();
    await page.reload();
    await expect(page.getByTestId('merged-into')).toBeVisible();
    expect(metricSlugOf(figureId('1,500', WIRE))).toBe(homes);
    await page.goto(`/metrics/${homes}`);
    await expect(page.getByRole('list', { name: 'Metric history' }).getByTestId('review-event').first()).toContainText('Merged "Homes flooded district-wide" into "Homes"');
  });

  test('the decisions survive another source, a re-ingest and a full regroup', async ({ page }) => {
    const deathsSlug = metricSlugOf(figureId('48', GAZETTE));
    cli('scripts/ingest.ts', ...STORY);
    execFileSync('npm', ['run', 'regroup'], { env: { ...process.env, DATABASE_PATH: E2E_DATABASE_PATH }, encoding: 'utf8' });
    const figure = new FigureReviewPage(page);
    await figure.goto(figureId('48', GAZETTE));
    await expect(figure.status).toHaveAttribute('data-status', 'corrected');
    await figure.goto(figureId('61', TIMES));
    await expect(figure.status).toHaveAttribute('data-status', 'rejected');
    await figure.goto(figureId('52', WIRE));
    await expect(figure.rank).toHaveAttribute('data-rank', 'preferred');
    expect(metricSlugOf(figureId('48', GAZETTE))).toBe(deathsSlug);
    await page.goto(`/metrics/${deathsSlug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deaths in the Tallowmere dam collapse');
    await expect(page.getByTestId('desk-verdict-value')).toHaveText(/48 – 52/);
    await expect(page.getByTestId('left-out-figure').filter({ hasText: '61' })).toBeVisible();
    const homes = metricSlugOf(figureId('1,200', GAZETTE));
    expect(metricSlugOf(figureId('1,500', WIRE))).toBe(homes);
    expect(metricSlugOf(figureId('900', TIMES))).not.toBe(homes);
    await page.goto(`/metrics/${homes}`);
    await expect(page.getByTestId('not-comparable')).toContainText('Homes flooded below the reservoir');
  });

  test('/activity shows every change in order with who and why; the author undoes their last change', async ({ page }) => {
    const log = reviewLog();
    await page.goto('/activity');
    const events = page.getByRole('list', { name: 'Activity' }).getByTestId('review-event');
    // Newest first: the page lists the log backwards.
    await expect(events).toHaveCount(Math.min(log.length, 50));
    expect((await events.evaluateAll((els) => els.map((e) => e.querySelector('p span')!.textContent)))).toEqual(log.map((e) => e.summary).reverse().slice(0, 50));
    await expect(events.filter({ hasText: /^Rejected .*61/ })).toContainText('Why: counts the missing as dead');
    await page.screenshot({ path: `${DIR}/activity.png`, clip: { x: 0, y: 0, width: 1280, height: 900 } });

    // The last change was the merge: undo puts the district-wide figure back in its own metric.
    const merged = metricSlugOf(figureId('1,200', GAZETTE));
    await page.goto(`/metrics/${merged}`);
    await expect(page.getByText(/Your last change: Merged/)).toBeVisible();
    await new FigureReviewPage(page).submit('Undo your last change', 'Undo');
    await page.reload();
    expect(metricSlugOf(figureId('1,500', WIRE))).not.toBe(merged);
    await page.goto('/activity');
    await expect(events.first()).toContainText('Undid: Merged');
    await expect(events.nth(1).locator('s, .line-through').first()).toBeVisible();
    expect(reviewLog().at(-1)!.action).toBe('undo');
  });

  // Last: the queue holds whatever no one decided yet, and the undo above expects the merge to be this editor's last change.
  test('works the /review queue with the keyboard: c confirms, x and Enter reject', async ({ page }) => {
    await page.goto('/review');
    const first = page.getByTestId('queue-item').first();
    await expect(first).toHaveAttribute('data-active', 'true');
    const idOf = (href: string | null) => Number(/\/figures\/(\d+)/.exec(href ?? '')?.[1]);
    const confirmed = idOf(await first.getByRole('link', { name: 'Open (o)' }).getAttribute('href'));
    await page.keyboard.press('c');
    await expect(page.locator(`[data-queue-item] a[href="/figures/${confirmed}/review"]`)).toHaveCount(0);
    await page.keyboard.press('j');
    const active = page.locator('[data-queue-item][data-active="true"]');
    const rejected = idOf(await active.getByRole('link', { name: 'Open (o)' }).getAttribute('href'));
    await page.keyboard.press('x');
    await expect(active.getByLabel('Reason to reject')).toBeFocused();
    await page.keyboard.type('the extractor misread the number');
    await page.keyboard.press('Enter');
    await expect(page.locator(`[data-queue-item] a[href="/figures/${rejected}/review"]`)).toHaveCount(0);
    await page.screenshot({ path: `${DIR}/review-queue.png`, clip: { x: 0, y: 0, width: 1280, height: 900 } });

    const figure = new FigureReviewPage(page);
    await figure.goto(confirmed);
    await expect(figure.status).toHaveAttribute('data-status', 'confirmed');
    await figure.goto(rejected);
    await expect(figure.status).toHaveAttribute('data-status', 'rejected');
    await expect(figure.status).toContainText('the extractor misread the number');
  });
});
