import { convert } from 'html-to-text';
import { parse, type HTMLElement } from 'node-html-parser';
import type { SourceMetadata } from '../validation/source';

const headingOptions = { uppercase: false, leadingLineBreaks: 2, trailingLineBreaks: 1 };

/** Deeper nesting is refused: html-to-text walks the tree recursively and overflows the stack near 2,000 levels. */
export const HTML_MAX_DEPTH = 500;

// What a reader never sees is not what the source says: hidden elements, inert templates, noscript
// fallbacks and form controls (their values and labels are interface, not reporting).
const UNSEEN = 'template, noscript, script, style, input, select, textarea, button, [hidden], [aria-hidden="true"], [style]';
const ALWAYS_UNSEEN = new Set(['template', 'noscript', 'script', 'style', 'input', 'select', 'textarea', 'button']);
const HIDDEN_STYLE_RE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

/** Removes, in place, what a reader never sees (read the metadata first). */
export function dropUnseen(root: HTMLElement): HTMLElement {
  for (const el of root.querySelectorAll(UNSEEN)) {
    const hidden = ALWAYS_UNSEEN.has(el.rawTagName.toLowerCase()) || el.hasAttribute('hidden') ||
      el.getAttribute('aria-hidden') === 'true' || HIDDEN_STYLE_RE.test(el.getAttribute('style') ?? '');
    if (hidden) el.remove();
  }
  return root;
}

/** A parsed page: `depth` is how deeply its elements nest. */
export function parseHtml(html: string): { root: HTMLElement; depth: number } {
  const root = parse(html);
  // An explicit stack: a recursive walk would overflow on the very pages the depth limit exists for.
  let depth = 0;
  const stack: [HTMLElement, number][] = [[root, 0]];
  while (stack.length) {
    const [node, d] = stack.pop()!;
    if (d > depth) depth = d;
    for (const child of node.childNodes) if (child.nodeType === 1) stack.push([child as HTMLElement, d + 1]);
  }
  return { root, depth };
}

/** Readable text of an HTML page: the article or main element when there is one, without scripts, navigation, hidden elements or links' URLs. */
export function htmlToText(root: HTMLElement): string {
  dropUnseen(root);
  return convert(root.toString(), {
    wordwrap: false,
    baseElements: { selectors: ['article', 'main', 'body'], returnDomByDefault: true },
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'nav', format: 'skip' },
      { selector: 'header', format: 'skip' },
      { selector: 'footer', format: 'skip' },
      { selector: 'aside', format: 'skip' },
      { selector: 'form', format: 'skip' },
      { selector: 'h1', options: headingOptions },
      { selector: 'h2', options: headingOptions },
      { selector: 'h3', options: headingOptions },
      { selector: 'h4', options: headingOptions },
      { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
    ],
  }).trim();
}

/** Title, publisher, URL and date from the page's meta tags (Open Graph, article:*, JSON-free fallbacks). */
export function htmlMetadata(root: HTMLElement): Partial<Record<keyof SourceMetadata, string>> {
  const meta = (...names: string[]) => {
    for (const name of names) {
      const el = root.querySelector(`meta[property="${name}"]`) ?? root.querySelector(`meta[name="${name}"]`);
      const content = el?.getAttribute('content')?.trim();
      if (content) return content;
    }
    return undefined;
  };
  const published = meta('article:published_time', 'datePublished', 'date', 'dc.date', 'pubdate');
  return {
    title: meta('og:title', 'twitter:title') ?? (root.querySelector('title')?.text.trim() || undefined),
    publisher: meta('og:site_name', 'publisher', 'application-name'),
    url: meta('og:url') ?? root.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim(),
    // A timestamp's calendar date ("2024-03-17T09:00:00Z" → "2024-03-17"); anything else is checked as given.
    publishedAt: published && /^\d{4}-\d{2}-\d{2}T/.test(published) ? published.slice(0, 10) : published,
  };
}
