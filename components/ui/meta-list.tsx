import type { ReactNode } from 'react';

/** A compact definition list: label in grey, value beside it; empty values show a dash. */
export function MetaList({ items, className = '' }: { items: [string, ReactNode][]; className?: string }) {
  return (
    <dl className={`grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm ${className}`}>
      {items.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-gray-500">{label}</dt>
          <dd className="min-w-0 break-words text-gray-900">{value ?? <span className="text-gray-400">—</span>}</dd>
        </div>
      ))}
    </dl>
  );
}
