/**
 * Links to a view's data twins: CSV (plain, or with a byte-order mark for Excel) and JSON, with the view's
 * query string, so the file holds exactly the rows the page shows.
 */
export function ExportLinks({ base, query = '', all }: { base: string; query?: string; all?: boolean }) {
  const q = (extra: string) => {
    const s = [query, extra].filter(Boolean).join('&');
    return s ? `?${s}` : '';
  };
  return (
    <span className="inline-flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm" data-testid="export-links">
      <span className="text-gray-500">Export{all ? ' this page' : ''}:</span>
      <a href={`${base}.csv${q('')}`} className="text-blue-700 hover:underline">CSV</a>
      <a href={`${base}.csv${q('bom=1')}`} className="text-blue-700 hover:underline" title="CSV with a byte-order mark, for Excel">CSV for Excel</a>
      <a href={`${base}.json${q('')}`} className="text-blue-700 hover:underline">JSON</a>
      {all && <a href={`${base}.csv${q('all=1')}`} className="text-blue-700 hover:underline">CSV of every match</a>}
    </span>
  );
}
