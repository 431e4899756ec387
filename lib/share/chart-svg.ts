import { toSpreadBins } from '../spread/bins';
import type { SpreadChart } from '../spread/chart-rows';
import { formatAxisValue } from '../spread/format';

/** What a downloaded chart carries besides its marks, so the image keeps its provenance when it travels alone. */
export interface ChartImageInfo {
  title: string;
  nFigures: number;
  nSources: number;
  /** The sources' names, in citation order. */
  sources: string[];
  /** The metric page the image came from. */
  url: string;
}

const WIDTH = 800;
const LEFT = 320;
const PLOT = 460;
const ROW = 30;
const MAX_ROWS = 120;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// Sources listed under the chart, wrapped at about 110 characters a line.
function wrap(text: string, width = 110): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}

/**
 * The spread chart as a standalone SVG document, with its title, n and sources drawn in the image, e.g.
 * `chartSvg(chart, info).startsWith('<svg')` → true. The same marks as the page's chart, in fixed pixels.
 */
export function chartSvg(chart: SpreadChart, info: ChartImageInfo): string {
  const x = (v: number) => (LEFT + (v / chart.width) * PLOT).toFixed(1);
  const w = (v: number) => Math.max(1, (v / chart.width) * PLOT).toFixed(1);
  const binned = chart.rows.length > MAX_ROWS;
  const top = 78;
  const plotHeight = binned ? 200 : chart.rows.length * ROW;
  const sourceLines = wrap(`Sources: ${[...new Set(info.sources)].join('; ')}`);
  const height = top + plotHeight + 24 + sourceLines.length * 16 + 28;
  const parts: string[] = [];
  for (let k = 0; k <= 4; k++) {
    const t = (k * chart.width) / 4;
    const anchor = k === 0 ? 'start' : k === 4 ? 'end' : 'middle';
    parts.push(`<line x1="${x(t)}" x2="${x(t)}" y1="${top - 4}" y2="${top + plotHeight}" stroke="#e5e7eb"/>`);
    parts.push(`<text x="${x(t)}" y="${top - 10}" text-anchor="${anchor}" fill="#6b7280">${esc(formatAxisValue(chart.kind, chart.unit, chart.base + t))}</text>`);
  }
  if (binned) {
    const bins = toSpreadBins(chart, 40);
    const most = Math.max(1, ...bins.map((b) => b.count));
    for (const b of bins) {
      const h = b.count ? Math.max(2, (b.count / most) * 190) : 0;
      if (h) parts.push(`<rect x="${x(b.from)}" y="${(top + 200 - h).toFixed(1)}" width="${w((b.to - b.from) * 0.9)}" height="${h.toFixed(1)}" fill="#3b82f6"/>`);
    }
  } else {
    chart.rows.forEach((r, i) => {
      const y = top + i * ROW;
      parts.push(`<text x="${LEFT - 8}" y="${y + ROW / 2 + 4}" text-anchor="end" fill="#374151">${esc(r.label)}</text>`);
      if (r.openBelow > 0) parts.push(`<rect x="${x(r.offset)}" y="${y + 9}" width="${w(r.openBelow)}" height="${ROW - 18}" fill="url(#fade-left)"/>`);
      parts.push(`<rect x="${x(r.offset + r.openBelow)}" y="${y + 6}" width="${w(r.stated)}" height="${ROW - 12}" rx="2" fill="#3b82f6"><title>${esc(`${r.value} · ${r.source}`)}</title></rect>`);
      if (r.openAbove > 0) parts.push(`<rect x="${x(r.offset + r.openBelow + r.stated)}" y="${y + 9}" width="${w(r.openAbove)}" height="${ROW - 18}" fill="url(#fade-right)"/>`);
    });
  }
  const foot = top + plotHeight + 24;
  const n = `n = ${info.nFigures} figure${info.nFigures === 1 ? '' : 's'} charted from ${info.nSources} source${info.nSources === 1 ? '' : 's'}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" font-size="12">`,
    `<title>${esc(info.title)}</title>`,
    '<defs><linearGradient id="fade-right" x1="0" x2="1"><stop offset="0" stop-color="#38bdf8" stop-opacity="0.85"/><stop offset="1" stop-color="#38bdf8" stop-opacity="0"/></linearGradient>',
    '<linearGradient id="fade-left" x1="1" x2="0"><stop offset="0" stop-color="#38bdf8" stop-opacity="0.85"/><stop offset="1" stop-color="#38bdf8" stop-opacity="0"/></linearGradient></defs>',
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    `<text x="16" y="26" font-size="17" font-weight="600" fill="#111827">${esc(info.title)}</text>`,
    `<text x="16" y="46" fill="#4b5563">${esc(n)}</text>`,
    ...parts,
    ...sourceLines.map((l, i) => `<text x="16" y="${foot + i * 16}" fill="#374151">${esc(l)}</text>`),
    `<text x="16" y="${foot + sourceLines.length * 16 + 8}" fill="#6b7280">${esc(`Spread · ${info.url}`)}</text>`,
    '</svg>',
  ].join('\n');
}
