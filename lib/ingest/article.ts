import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { SourceMetadata } from '../validation/source';
import { IngestError } from './errors';
import { dropUnseen, HTML_MAX_DEPTH, htmlMetadata, htmlToText, parseHtml } from './html';

/**
 * The readable article of a web page (Firefox Reader View's extractor) and its metadata, e.g.
 * `readArticle(html, 'https://example.org/a')` → `{ text, metadata: { title, publisher, url, publishedAt } }`.
 * The canonical URL (link rel=canonical, og:url) is resolved against the page's own URL.
 */
export function readArticle(html: string, pageUrl: string): { text: string; metadata: Partial<Record<keyof SourceMetadata, string>> } {
  const { root, depth } = parseHtml(html);
  if (depth > HTML_MAX_DEPTH) throw new IngestError(pageUrl, `the page nests elements ${depth} deep; at most ${HTML_MAX_DEPTH} are read`);
  const meta = htmlMetadata(root);
  // Hidden elements, templates and form controls go before Readability picks the article.
  const visible = dropUnseen(root).toString();
  const { document } = parseHTML(visible);
  const article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  // Readability's HTML keeps paragraphs; its textContent runs them together, so the HTML is turned into text here.
  const text = htmlToText(parseHtml(article?.content ?? visible).root);
  const published = meta.publishedAt ?? article?.publishedTime?.slice(0, 10);
  return {
    text,
    metadata: {
      title: meta.title ?? (article?.title?.trim() || undefined),
      publisher: meta.publisher ?? (article?.siteName?.trim() || undefined),
      url: absolute(meta.url, pageUrl) ?? pageUrl,
      publishedAt: published && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(published) ? published : undefined,
    },
  };
}

function absolute(url: string | undefined, base: string): string | undefined {
  if (!url) return undefined;
  try {
    const resolved = new URL(url, base);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : undefined;
  } catch {
    return undefined;
  }
}
