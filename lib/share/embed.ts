/** Height in CSS pixels an embedded chart of `rows` rows needs: heading, axis, one row per figure (or the bins), source line. */
export function embedHeight(rows: number): number {
  const plot = rows > 120 ? 200 : rows * 30;
  return 28 + plot + 8 + 150;
}

/**
 * The HTML a desk pastes into an article to show a metric's chart, e.g.
 * `embedCode({ origin: 'https://spread.example', slug: 'deaths', title: 'Deaths', rows: 4 })` → `<iframe src="https://spread.example/embed/metrics/deaths" …>`.
 */
export function embedCode(e: { origin: string; slug: string; title: string; rows: number }): string {
  const src = `${e.origin}/embed/metrics/${encodeURIComponent(e.slug)}`;
  const title = e.title.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${src}" title="${title}" width="100%" height="${embedHeight(e.rows)}" style="border:0;max-width:720px" loading="lazy"></iframe>`;
}
