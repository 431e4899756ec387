import Link from '@/components/ui/link';

/**
 * Previous / next links for one list, keeping every other parameter of the URL, e.g. `?q=deaths&page=3`.
 * Plain links: they work without JavaScript and each page has its own shareable address.
 */
export function Pagination({ label, params, param, page, perPage, total }: {
  label: string;
  params: Record<string, string | undefined>;
  param: string;
  page: number;
  perPage: number;
  total: number;
}) {
  const pages = Math.max(1, Math.ceil(total / perPage));
  if (pages <= 1) return null;
  const href = (p: number) => {
    const q = new URLSearchParams(Object.entries({ ...params, [param]: p > 1 ? String(p) : undefined }).filter((e): e is [string, string] => !!e[1]));
    return q.size ? `?${q}` : '?';
  };
  const link = 'rounded-md border border-gray-300 bg-white px-3 py-1 text-sm text-blue-700 hover:bg-gray-50';
  const off = 'rounded-md border border-gray-200 px-3 py-1 text-sm text-gray-400';
  return (
    <nav aria-label={label} className="mt-3 flex items-center justify-between gap-4">
      {page > 1 ? <Link href={href(page - 1)} rel="prev" className={link}>← Previous</Link> : <span className={off} aria-hidden>← Previous</span>}
      <span className="text-sm tabular-nums text-gray-600">Page {Math.min(page, pages)} of {pages}</span>
      {page < pages ? <Link href={href(page + 1)} rel="next" className={link}>Next →</Link> : <span className={off} aria-hidden>Next →</span>}
    </nav>
  );
}
