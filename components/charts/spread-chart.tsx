'use client';

import { BarChart, type CustomTooltipProps } from '@tremor/react';
import { formatAxisValue } from '@/lib/spread/format';
import type { SpreadChart as SpreadChartData, SpreadChartRow } from '@/lib/spread/chart-rows';

// Stacked horizontal bars: a transparent offset places each figure on the value axis, the stated
// value is the strong segment (a range keeps its width), and an open bound fades toward its open side.
const CATEGORIES = ['offset', 'openBelow', 'stated', 'openAbove'];
// The two tails get their own colour names so globals.css can swap in a fading gradient per side.
const COLORS = ['transparent', 'sky-300', 'blue', 'sky-200'];

function FadeGradients() {
  return (
    <svg width="0" height="0" aria-hidden className="absolute">
      <defs>
        <linearGradient id="spread-fade-right" x1="0" x2="1" y1="0" y2="0">
          <stop offset="0" stopColor="#38bdf8" stopOpacity="0.85" />
          <stop offset="1" stopColor="#38bdf8" stopOpacity="0" />
        </linearGradient>
        <linearGradient id="spread-fade-left" x1="1" x2="0" y1="0" y2="0">
          <stop offset="0" stopColor="#38bdf8" stopOpacity="0.85" />
          <stop offset="1" stopColor="#38bdf8" stopOpacity="0" />
        </linearGradient>
      </defs>
    </svg>
  );
}

function Tooltip({ active, payload }: CustomTooltipProps) {
  const row = payload?.[0]?.payload as SpreadChartRow | undefined;
  if (!active || !row) return null;
  return (
    <div className="rounded-md border border-gray-200 bg-white px-3 py-2 text-sm shadow">
      <p className="font-medium text-gray-900">{row.value}</p>
      <p className="text-gray-600">{row.source}</p>
      <p className="text-xs text-gray-500">Click to see the citation</p>
    </div>
  );
}

export function SpreadChart({ chart, label }: { chart: SpreadChartData; label: string }) {
  const height = 56 + chart.rows.length * 34;
  return (
    <figure data-testid="spread-chart" aria-label={label} data-rows={chart.rows.length} className="spread-chart relative">
      <FadeGradients />
      <BarChart
        data={chart.rows}
        index="label"
        categories={CATEGORIES}
        colors={COLORS}
        layout="vertical"
        stack
        showLegend={false}
        showAnimation={false}
        minValue={0}
        maxValue={chart.width}
        yAxisWidth={250}
        valueFormatter={(v: number) => formatAxisValue(chart.kind, chart.unit, chart.base + v)}
        customTooltip={Tooltip}
        onValueChange={(event) => {
          const id = event?.figureId;
          if (id !== undefined) window.location.hash = `figure-${id}`;
        }}
        style={{ height }}
      />
      {/* The bars are mouse targets; keyboard and screen-reader users get the same links here. */}
      <figcaption className="sr-only">
        <ul>
          {chart.rows.map((r) => (
            <li key={r.figureId}>
              <a href={`#figure-${r.figureId}`} className="focus:not-sr-only">
                {r.value}, {r.source}
              </a>
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
