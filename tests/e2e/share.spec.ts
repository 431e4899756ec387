import SwaggerParser from '@apidevtools/swagger-parser';
import { readFile } from 'node:fs/promises';
import { html, startTestServer } from '../setup/test-server';
import { EXPORT_HEADER, parseCsv, readDownload } from './csv';
import { expect, test } from './fixtures';
import { MetricPage } from './pages/metric-page';
import { expectPermalinkOpensPassage } from './permalink';

test.describe('data twins', () => {
  test('a filtered overview downloads as a CSV with the header and exactly the figures of the metrics it shows', async ({ page, request }) => {
    await page.goto('/?verdict=disagree&sort=sources');
    const shown = await page.getByTestId('metric-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-slug')!));
    expect(shown.length).toBeGreaterThan(1);
    const downloading = page.waitForEvent('download');
    await page.getByTestId('export-links').getByRole('link', { name: 'CSV', exact: true }).click();
    const file = await readDownload(await downloading);
    expect(file.name).toMatch(/\.csv$/);
    expect(file.bom).toBe(false);
    const { header, rows } = parseCsv(file.text);
    expect(header).toEqual(EXPORT_HEADER);
    // Metric by metric in the page's order, and every metric the page shows.
    const order = [...new Set(rows.map((r) => r.metric_slug))];
    expect(order).toEqual(shown);
    // Each metric's rows are its citations, as its page counts them; each row carries its provenance.
    const citations = (await (await request.get(`/metrics/${shown[0]}`)).text()).match(/Citations \((?:<!-- -->)?(\d+)/)![1];
    expect(rows.filter((r) => r.metric_slug === shown[0])).toHaveLength(Number(citations));
    for (const r of rows) {
      expect(r.quote.length).toBeGreaterThan(0);
      expect(r.source_title.length).toBeGreaterThan(0);
      expect(r.retrieved).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect(r.permalink).toMatch(new RegExp(`/figures/${r.figure_id}$`));
      expect(['extracted', 'confirmed', 'corrected']).toContain(r.review_status);
      if (r.low) expect(r.low).toMatch(/^-?\d+(\.\d+)?(e[+-]?\d+)?$/);
    }
  });

  test('CSV for Excel starts with a byte-order mark; the JSON twin holds the same rows', async ({ page, request }) => {
    const metric = new MetricPage(page);
    await metric.openFromOverview(/^189 –/, /366/);
    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: 'CSV for Excel' }).click();
    const file = await readDownload(await downloading);
    expect(file.bom).toBe(true);
    const csv = parseCsv(file.text).rows;
    const json = await (await request.get(`${new URL(page.url()).pathname}.json`)).json();
    expect(json.rows.map((r: { figure_id: number }) => String(r.figure_id))).toEqual(csv.map((r) => r.figure_id));
    expect(csv.map((r) => r.value_as_stated)).toContain('366');
    expect(await metric.citations.count()).toBe(csv.length);
  });
});

test.describe('permalinks', () => {
  test('a figure permalink opens its passage highlighted in its source', async ({ page, request }) => {
    const figure = (await (await request.get('/api/v1/figures?limit=5')).json()).data[3];
    await expectPermalinkOpensPassage(page, figure);
  });

  test('asked for JSON-LD, a permalink answers a W3C Web Annotation whose selectors find the quote', async ({ page, request }) => {
    const figure = (await (await request.get('/api/v1/figures?limit=3')).json()).data[2];
    const res = await request.get(`/figures/${figure.figure_id}`, { headers: { Accept: 'application/ld+json' } });
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('application/ld+json');
    const a = await res.json();
    // The Web Annotation model's required parts: context, id, type, target; a body when there is one.
    expect(a['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(a.id).toMatch(new RegExp(`/figures/${figure.figure_id}$`));
    expect(a.type).toBe('Annotation');
    expect(a.body.type).toBe('TextualBody');
    expect(typeof a.target.source).toBe('string');
    const quote = a.target.selector.find((s: { type: string }) => s.type === 'TextQuoteSelector');
    const position = a.target.selector.find((s: { type: string }) => s.type === 'TextPositionSelector');
    expect(quote.exact).toBe(figure.quote);
    expect(typeof quote.prefix).toBe('string');
    expect(typeof quote.suffix).toBe('string');
    // Both selectors point at the same characters of the stored text shown on the source page.
    await page.goto(`/sources/${figure.source_id}`);
    // Positions count code points, as the annotation model does.
    const text = [...(await page.getByTestId('source-text').textContent())!];
    const slice = (from: number, to: number) => text.slice(from, to).join('');
    expect(slice(position.start, position.end)).toBe(quote.exact);
    expect(slice(position.start - [...quote.prefix].length, position.start)).toBe(quote.prefix);
    expect(slice(position.end, position.end + [...quote.suffix].length)).toBe(quote.suffix);
  });
});

test.describe('embed', () => {
  test('the chart renders inside an iframe on another site and shows a mark\'s quote on keyboard focus', async ({ page, baseURL }) => {
    const slug = (await (await page.request.get('/api/v1/metrics?verdict=disagree&sort=sources&limit=1')).json()).data[0].slug;
    // An article on another origin (another port), served by the test, embedding the chart with the page's own code.
    // (A real loopback server: Chromium refuses to frame a loopback address in a page it thinks is public.)
    await page.goto(`/metrics/${slug}`);
    const code = await page.getByLabel('Embed the chart in an article').inputValue();
    expect(code).toContain(`${baseURL}/embed/metrics/${slug}`);
    const article = await startTestServer({
      '/story': html(`<!doctype html><title>Story</title><h1>A story</h1>${code}`),
      '/favicon.ico': (res) => void res.writeHead(204).end(),
    });
    try {
      await page.goto(`${article.url}/story`);
      const frame = page.frameLocator('iframe');
      await expect(frame.getByTestId('spread-chart')).toBeVisible();
      await expect(frame.getByTestId('embed-sources')).toContainText('Sources: ');
      await expect(frame.getByRole('link', { name: /every citation/ })).toHaveAttribute('href', `/metrics/${slug}`);
      // Keyboard: tab from the heading link to the first mark; its value, source and quote appear.
      await frame.getByRole('heading').getByRole('link').focus();
      await page.keyboard.press('Tab');
      const tip = frame.getByTestId('chart-tooltip');
      await expect(tip).toBeVisible();
      const focused = await frame.locator(':focus').getAttribute('data-figure-id');
      const figure = await (await page.request.get(`/api/v1/figures/${focused}`)).json();
      await expect(tip).toContainText(figure.quote);
      await expect(tip).toContainText(figure.source_title);
      // Hover shows another mark's quote.
      await frame.locator('a[data-figure-id]').last().hover();
      const last = await frame.locator('a[data-figure-id]').last().getAttribute('data-figure-id');
      await expect(tip).toContainText((await (await page.request.get(`/api/v1/figures/${last}`)).json()).quote);
    } finally {
      await article.close();
    }
  });

  test('only the embed may be framed by another site', async ({ request }) => {
    const embed = await request.get('/embed/metrics/deaths');
    expect(embed.headers()['x-frame-options']).toBeUndefined();
    expect(embed.headers()['content-security-policy']).toContain('frame-ancestors *');
    for (const path of ['/', '/metrics/deaths', '/sources/1', '/login']) {
      const res = await request.get(path);
      expect(res.headers()['x-frame-options'], path).toBe('DENY');
      expect(res.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
    }
  });

  test('the metric page downloads its chart as SVG and PNG with title, n and sources in the image', async ({ page }) => {
    const metric = new MetricPage(page);
    await metric.openFromOverview(/^189 –/, /366/);
    const title = (await page.getByRole('heading', { level: 1 }).textContent())!;
    let downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: 'SVG' }).click();
    const svg = (await readDownload(await downloading)).text;
    expect(svg).toContain(`>${title}</text>`);
    expect(svg).toMatch(/n = \d+ figures charted from \d+ sources/);
    expect(svg).toMatch(/Sources: [^<]+;/);
    downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'PNG' }).click();
    const png = await downloading;
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    const raw = await readFile((await png.path())!);
    expect(raw.subarray(1, 4).toString()).toBe('PNG');
    // Twice the SVG's 800 px width: the image is the SVG drawn at double resolution.
    expect(raw.readUInt32BE(16)).toBe(1600);
  });

  test('publishes no ClaimReview while the desk has recorded no verdict', async ({ page }) => {
    const metric = new MetricPage(page);
    await metric.openFromOverview(/^189 –/, /366/);
    await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(0);
  });
});

test.describe('read API', () => {
  test('the OpenAPI document validates and every endpoint it lists answers', async ({ request }) => {
    const doc = await (await request.get('/api/v1/openapi.json')).json();
    await SwaggerParser.validate(structuredClone(doc));
    const metric = (await (await request.get('/api/v1/metrics?limit=1')).json()).data[0];
    const figure = (await (await request.get('/api/v1/figures?limit=1')).json()).data[0];
    const values: Record<string, string> = { slug: metric.slug, id: '' };
    const paths = Object.keys(doc.paths);
    expect(paths.length).toBeGreaterThanOrEqual(6);
    for (const path of paths) {
      const url = path.replace('{slug}', values.slug).replace('{id}', path.startsWith('/api/v1/figures') ? String(figure.figure_id) : String(figure.source_id));
      const res = await request.get(url);
      expect(res.status(), url).toBe(200);
      const body = await res.json();
      // A list answers a page; an item answers the item with its required fields.
      const schema = doc.paths[path].get.responses['200'].content['application/json'].schema;
      const required: string[] = schema.$ref ? doc.components.schemas[schema.$ref.split('/').pop()].required : schema.required;
      for (const key of required) expect(body, `${url} ${key}`).toHaveProperty(key);
    }
    expect((await request.get('/api/v1/metrics/no-such-metric')).status()).toBe(404);
    expect((await request.get('/api/v1/figures?cursor=garbage')).status()).toBe(400);
  });

  test('cursor pages walk a filtered, sorted list once each, in the overview\'s order', async ({ page, request }) => {
    await page.goto('/?sort=sources&per=100');
    const overview = await page.getByTestId('metric-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-slug')));
    const walked: string[] = [];
    let next: string | null = '/api/v1/metrics?sort=sources&limit=2';
    let pages = 0;
    while (next) {
      const body = await (await request.get(next)).json();
      walked.push(...body.data.map((m: { slug: string }) => m.slug));
      next = body.next;
      expect(++pages).toBeLessThan(100);
    }
    expect(pages).toBeGreaterThan(2);
    expect(walked).toEqual(overview);
    // A source filter, as on the overview: every figure of the metrics listed cites that source.
    const { data } = await (await request.get('/api/v1/metrics?source=3')).json();
    for (const m of data) {
      const figures = (await (await request.get(`/api/v1/figures?metric=${m.slug}&source=3`)).json()).data;
      expect(figures.length, m.slug).toBeGreaterThan(0);
    }
  });
});
