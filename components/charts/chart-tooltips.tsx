'use client';

import { useRef, useState, type ReactNode, type SyntheticEvent } from 'react';

export type ChartTip = { value: string; source: string; quote: string };

/**
 * Shows a mark's value, source and quote while it is hovered or has keyboard focus. The chart inside stays
 * server-drawn SVG; this only reads which mark (`data-figure-id`) the pointer or focus is on.
 */
export function ChartTooltips({ tips, children }: { tips: Record<number, ChartTip>; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState<{ id: number; top?: number; bottom?: number } | null>(null);
  const show = (e: SyntheticEvent) => {
    const mark = (e.target as Element).closest?.('[data-figure-id]');
    const id = Number(mark?.getAttribute('data-figure-id'));
    if (!mark || !box.current || !tips[id]) return;
    const r = mark.getBoundingClientRect();
    const b = box.current.getBoundingClientRect();
    // Below the mark in the chart's upper half, above it in the lower half, so the tip stays in the frame.
    setShown(r.top - b.top < b.height / 2 ? { id, top: r.bottom - b.top + 2 } : { id, bottom: b.bottom - r.top + 2 });
  };
  const tip = shown && tips[shown.id];
  return (
    <div ref={box} className="relative" onMouseOver={show} onFocus={show} onMouseLeave={() => setShown(null)} onBlur={() => setShown(null)}>
      {children}
      {tip && (
        <div role="tooltip" data-testid="chart-tooltip" style={{ top: shown.top, bottom: shown.bottom }} className="pointer-events-none absolute left-2 right-2 z-10 rounded-md border border-gray-200 bg-white p-3 text-sm shadow-lg">
          <p className="font-semibold tabular-nums">{tip.value}</p>
          <p className="text-gray-600">{tip.source}</p>
          <blockquote className="mt-1 border-l-2 border-amber-400 pl-2 text-gray-800">“{tip.quote}”</blockquote>
        </div>
      )}
    </div>
  );
}
