import type { AxisInterval, SpreadFigure } from './types';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Months since year 0 for an ISO date or month: `isoToMonths('2023-02')` → 24277. */
export function isoToMonths(iso: string): number | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!m) return null;
  const month = m[2] ? Number(m[2]) - 1 : 0;
  const day = m[3] ? (Number(m[3]) - 1) / 31 : 0;
  return Number(m[1]) * 12 + month + day;
}

/** A readable label for a month index: `monthsToLabel(24277)` → "Feb 2023". */
export function monthsToLabel(months: number): string {
  const whole = Math.floor(months + 1e-9);
  return `${MONTHS[((whole % 12) + 12) % 12]} ${Math.floor(whole / 12)}`;
}

/** The figure's bounds on its metric's axis, or null for vague figures ("hundreds") that cannot be charted. */
export function figureInterval(f: SpreadFigure): AxisInterval | null {
  if (f.kind === 'date') {
    const low = f.dateLow ? isoToMonths(f.dateLow) : null;
    const high = f.dateHigh ? isoToMonths(f.dateHigh) : low;
    if (low === null || high === null) return null;
    return { low: Math.min(low, high), high: Math.max(low, high) };
  }
  if (f.vague || (f.low === null && f.high === null)) return null;
  const low = f.low ?? f.high!;
  const high = f.high ?? f.low!;
  return { low: Math.min(low, high), high: Math.max(low, high) };
}

/** Which side a figure leaves open: "over 40,000" is open above, "up to 40,000" open below. */
export function openSide(f: SpreadFigure): 'above' | 'below' | null {
  if (f.qualifier === 'more than' || f.qualifier === 'at least') return 'above';
  if (f.qualifier === 'up to' || f.qualifier === 'less than') return 'below';
  return null;
}

/** Whether two stated intervals share a value (a relative epsilon absorbs unit-conversion noise). */
export function overlaps(a: AxisInterval, b: AxisInterval): boolean {
  const eps = 1e-9 * Math.max(1, Math.abs(a.high), Math.abs(b.high));
  return a.low <= b.high + eps && b.low <= a.high + eps;
}
