// What one source may be. Each limit is checked before extraction, and a file past one is refused with a
// message naming the file and the limit; nothing of it is stored.
import { HTML_MAX_DEPTH } from './html';

export const LIMITS = {
  /** Bytes per file: a desk's longest reports are a few MB; 50 MB of text took minutes and ran out of memory. */
  fileBytes: 20 * 1024 * 1024,
  /** Characters per line. A newline always ends a sentence, so this also bounds a sentence. */
  lineChars: 1_000_000,
  /**
   * Figures per source. Grouping compares the figures of a bucket pairwise: 5,000 alike figures in one source
   * took 15 s and 700 MB, 10,000 took 2.6 GB, and 35,000 (1 MB of repeated news copy) ran out of memory.
   */
  figuresPerSource: 5_000,
  /** How deeply an HTML page's elements may nest. */
  htmlDepth: HTML_MAX_DEPTH,
} as const;

const fmt = (n: number) => n.toLocaleString('en-US');
const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;

/** Why a file of `bytes` bytes is refused, or null, e.g. "is 52.4 MB; the limit is 20 MB per file". */
export function fileSizeProblem(bytes: number): string | null {
  return bytes > LIMITS.fileBytes ? `is ${mb(bytes)}; the limit is ${mb(LIMITS.fileBytes)} per file` : null;
}

/** Why a text is refused for its longest line, or null: "line 1 is 5,000,040 characters long; the limit is 1,000,000". */
export function lineLengthProblem(text: string): string | null {
  let start = 0;
  for (let line = 1; start <= text.length; line++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end - start > LIMITS.lineChars)
      return `line ${fmt(line)} is ${fmt(end - start)} characters long; the limit is ${fmt(LIMITS.lineChars)} characters per line (a sentence never spans lines)`;
    start = end + 1;
  }
  return null;
}

/** Why a source with `count` figures is refused, or null. */
export function figureCountProblem(count: number): string | null {
  return count > LIMITS.figuresPerSource
    ? `has ${fmt(count)} figures; the limit is ${fmt(LIMITS.figuresPerSource)} figures per source`
    : null;
}

/** Why an HTML page nesting `depth` levels deep is refused, or null. */
export function htmlDepthProblem(depth: number): string | null {
  return depth > LIMITS.htmlDepth ? `nests HTML elements ${fmt(depth)} deep; the limit is ${fmt(LIMITS.htmlDepth)} levels` : null;
}
