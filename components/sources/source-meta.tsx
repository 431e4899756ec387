import { formatIsoDate } from '@/lib/spread/format';
import { MetaList } from '../ui/meta-list';

/** A source's metadata: where it came from and which extractor read it. */
export function SourceMeta({ source }: {
  source: { publisher: string | null; url: string | null; publishedAt: string | null; retrievedAt: Date; extractorVersion: string; fileName: string | null };
}) {
  return (
    <MetaList
      items={[
        ['Publisher', source.publisher],
        [
          'URL',
          source.url && (
            <a href={source.url} className="text-blue-700 hover:underline" rel="noreferrer">
              {source.url}
            </a>
          ),
        ],
        ['Published', source.publishedAt && formatIsoDate(source.publishedAt)],
        ['Retrieved', `${source.retrievedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`],
        ['File', source.fileName],
        ['Extractor version', source.extractorVersion],
      ]}
    />
  );
}
