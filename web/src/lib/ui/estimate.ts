import type { EstimateFieldsFragment } from '$lib/graphql/generated/graphql';

export type EstimateFormat = 'share' | 'kappa' | 'duration';

/** A figure in its unit, without n or interval: "87 %", "0.62", "2 min 5 s". */
export function formatFigure(value: number, format: EstimateFormat): string {
  if (format === 'share') return `${Math.round(value * 100)} %`;
  if (format === 'kappa') return value.toFixed(2);
  return formatDuration(value);
}

/**
 * A figure as the server states it (README, "How figures are stated"): value, 95 % interval and
 * n, e.g. "87 % (81–92 %, n = 143)"; "too few to tell (n = 5)" below the minimum sample;
 * "undefined (n = 30)" for a κ over labels all in one category; "nothing measured" at n = 0.
 */
export function formatEstimate(estimate: EstimateFieldsFragment, format: EstimateFormat): string {
  const { value, low, high, n } = estimate;
  if (n === 0) return 'nothing measured';
  if (estimate.tooFewToTell) return `too few to tell (n = ${n})`;
  if (value === null) return format === 'kappa' ? `undefined: all in one category (n = ${n})` : `— (n = ${n})`;
  const range =
    low === null || high === null
      ? ''
      : format === 'share'
        ? `${Math.round(low * 100)}–${Math.round(high * 100)} %, `
        : `${formatFigure(low, format)}–${formatFigure(high, format)}, `;
  return `${formatFigure(value, format)} (${range}n = ${n})`;
}

/** A duration at the scale decisions take: "45 s", "2 min 5 s", "1 h 3 min". */
export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return seconds % 60 ? `${minutes} min ${seconds % 60} s` : `${minutes} min`;
  return minutes % 60 ? `${Math.floor(minutes / 60)} h ${minutes % 60} min` : `${Math.floor(minutes / 60)} h`;
}
