/**
 * Review periods are whole UTC days, as the quality measures count them, with an exclusive end:
 * the same period reads the same wherever the manager sits, and the server's one-review-per-period
 * rule sees the same bounds.
 */
export interface ReviewPeriod {
  periodStart: string;
  periodEnd: string;
}

export type PeriodPreset = 'lastMonth' | 'lastQuarter' | 'custom';

export const periodPresets: readonly { value: PeriodPreset; label: string }[] = [
  { value: 'lastMonth', label: 'Last month' },
  { value: 'lastQuarter', label: 'Last quarter' },
  { value: 'custom', label: 'Custom dates' },
];

const dayMs = 86_400_000;

/** The calendar month before the one `now` falls in. */
export function lastMonth(now = new Date()): ReviewPeriod {
  const start = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1);
  const end = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1);
  return { periodStart: new Date(start).toISOString(), periodEnd: new Date(end).toISOString() };
}

/** The calendar quarter before the one `now` falls in. */
export function lastQuarter(now = new Date()): ReviewPeriod {
  const quarterStartMonth = now.getUTCMonth() - (now.getUTCMonth() % 3);
  const start = Date.UTC(now.getUTCFullYear(), quarterStartMonth - 3, 1);
  const end = Date.UTC(now.getUTCFullYear(), quarterStartMonth, 1);
  return { periodStart: new Date(start).toISOString(), periodEnd: new Date(end).toISOString() };
}

/** From the first to the last day chosen (`YYYY-MM-DD`, both included), or null when either is missing. */
export function customPeriod(from: string, to: string): ReviewPeriod | null {
  if (!from || !to) return null;
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`) + dayMs;
  if (Number.isNaN(start) || Number.isNaN(end)) return null;
  return { periodStart: new Date(start).toISOString(), periodEnd: new Date(end).toISOString() };
}

/** Today as `YYYY-MM-DD` (UTC), for date inputs. */
export function utcDay(date = new Date()): string {
  return date.toISOString().slice(0, 10);
}

const day = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

/** "1 May 2025 – 31 May 2025": the last day shown is the one before the exclusive end. */
export function formatPeriod(period: ReviewPeriod): string {
  return `${day.format(new Date(period.periodStart))} – ${day.format(new Date(Date.parse(period.periodEnd) - dayMs))}`;
}
