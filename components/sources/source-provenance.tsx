import type { SourceProvenance as Provenance } from '@/db/queries/source-originals';
import { MetaList } from '../ui/meta-list';

/** What the source was read from: kept bytes, their type and size, the address asked for and the one that answered. */
export function SourceProvenance({ sourceId, provenance: p }: { sourceId: number; provenance: Provenance }) {
  return (
    <MetaList
      items={[
        ['Original', <a key="o" href={`/sources/${sourceId}/original`} className="text-blue-700 hover:underline">{p.contentType.split(';')[0]}, {p.byteLength.toLocaleString('en')} bytes</a>],
        ['Fetched', p.fetchedUrl],
        ['Answered by', p.finalUrl && p.finalUrl !== p.fetchedUrl ? p.finalUrl : null],
        ['Redirects', p.redirects.length ? p.redirects.join(' → ') : null],
        ['Read at', `${p.retrievedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`],
        ['Added by', p.addedBy],
      ]}
    />
  );
}
