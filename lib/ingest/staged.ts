import type { SourceInput } from '../validation/source';

/** What a source was read from: kept with it as provenance (lib/ingest/save-staged.ts). */
export interface SourceOriginalInput {
  bytes: Uint8Array;
  contentType: string;
  /** The URL asked for and the one that answered after redirects; null for files and pasted text. */
  fetchedUrl: string | null;
  finalUrl: string | null;
  /** Every URL a redirect pointed to, in order. */
  redirects: string[];
  retrievedAt: Date;
}

/** A source read from some input (paste, file, PDF, URL) and not yet stored. */
export interface StagedSource {
  input: SourceInput;
  original: SourceOriginalInput;
  /** Offsets in `input.text` where each PDF page starts (page 1 first); null for other formats. */
  pageStarts: number[] | null;
}

/** The 1-based page an offset falls on, e.g. `pageAt([0, 120, 300], 150)` → 2. */
export function pageAt(pageStarts: number[], offset: number): number {
  let page = 1;
  while (page < pageStarts.length && pageStarts[page] <= offset) page++;
  return page;
}
