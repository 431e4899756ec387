'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useRef } from 'react';

const VERDICTS = [['', 'Any verdict'], ['disagree', 'Disagree'], ['revised', 'Revised over time'], ['agree', 'Agree']] as const;
const SORTS = [['rank', 'Disagreement first'], ['spread', 'Widest spread'], ['sources', 'Most sources'], ['recent', 'Most recent']] as const;

/**
 * Search, filters and sort for the overview, kept in the URL (next-learn's `ui/search.tsx` pattern):
 * a change rewrites the query string and the server renders the new view. Without JavaScript the same
 * fields submit as a GET form.
 */
export function MetricFilters({ units, source }: { units: string[]; source?: number }) {
  const params = useSearchParams();
  const pathname = usePathname();
  const { replace } = useRouter();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const update = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    // A new search or filter starts at its first page.
    next.delete('page');
    replace(next.size ? `${pathname}?${next}` : pathname, { scroll: false });
  };
  const field = 'rounded-md border-gray-300 py-1.5 text-sm shadow-sm focus:border-blue-500 focus:ring-blue-500';

  return (
    <form role="search" action={pathname} method="get" className="mb-4 flex flex-wrap items-end gap-3" onSubmit={(e) => e.preventDefault()}>
      <label className="flex min-w-[14rem] flex-1 flex-col gap-1 text-xs font-medium text-gray-600">
        Search metrics
        <input
          type="search"
          name="q"
          placeholder="Metric, description or source title"
          defaultValue={params.get('q') ?? ''}
          className={field}
          onChange={(e) => {
            const value = e.target.value;
            clearTimeout(timer.current);
            timer.current = setTimeout(() => update('q', value.trim()), 300);
          }}
        />
      </label>
      <Select label="Verdict" name="verdict" value={params.get('verdict') ?? ''} options={VERDICTS} onChange={update} className={field} />
      <Select label="Unit" name="unit" value={params.get('unit') ?? ''} options={[['', 'Any unit'], ...units.map((u) => [u, u.replace(/-/g, ' ')] as const)]} onChange={update} className={field} />
      <Select label="Sort" name="sort" value={params.get('sort') ?? 'rank'} options={SORTS} onChange={update} className={field} />
      {source !== undefined && <input type="hidden" name="source" value={source} />}
      <noscript>
        <button type="submit" className="rounded-md bg-blue-700 px-3 py-1.5 text-sm text-white">Apply</button>
      </noscript>
    </form>
  );
}

function Select({ label, name, value, options, onChange, className }: {
  label: string;
  name: string;
  value: string;
  options: readonly (readonly [string, string])[];
  onChange: (name: string, value: string) => void;
  className: string;
}) {
  return (
    <label className="flex flex-col gap-1 text-xs font-medium text-gray-600">
      {label}
      <select name={name} value={value} onChange={(e) => onChange(name, e.target.value)} className={className}>
        {options.map(([v, text]) => <option key={v} value={v}>{text}</option>)}
      </select>
    </label>
  );
}
