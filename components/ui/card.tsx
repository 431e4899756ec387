import { Card as TremorCard } from '@tremor/react';
import type { ReactNode } from 'react';

/** A titled panel: Tremor's Card with the dashboard's padding and heading. */
export function Panel({ title, children, aside, id }: { title?: string; children: ReactNode; aside?: ReactNode; id?: string }) {
  return (
    <TremorCard className="p-4 sm:p-5" id={id}>
      {(title || aside) && (
        <div className="mb-3 flex items-baseline justify-between gap-4">
          {title && <h2 className="text-base font-semibold text-gray-900">{title}</h2>}
          {aside && <div className="text-sm text-gray-500">{aside}</div>}
        </div>
      )}
      {children}
    </TremorCard>
  );
}
