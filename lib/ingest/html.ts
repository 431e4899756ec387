import { convert } from 'html-to-text';
import { parse } from 'node-html-parser';
import type { SourceMetadata } from '../validation/source';

const headingOptions = { uppercase: false, leadingLineBreaks: 2, trailingLineBreaks: 1 };

/** Readable text of an HTML page: the article or main element when there is one, without scripts, navigation or links' URLs. */
export function htmlToText(html: string): string {
  return convert(html, {
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
export function htmlMetadata(html: string): Partial<Record<keyof SourceMetadata, string>> {
  const root = parse(html);
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
    publishedAt: published?.slice(0, 10),
  };
}
