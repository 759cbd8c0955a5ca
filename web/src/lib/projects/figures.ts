/**
 * How a project's figures read: prevalences as percentages to a tenth of a point, differences and
 * precision in percentage points, each estimate with its 95 % interval and n, or "too few to tell".
 * Plain numbers in, text out, so it is tested without a browser (tests/unit/project-figures.test.ts).
 */

/** The fields of an estimate this module reads (a `ProjectEstimateType`). */
export interface ShareEstimate {
  value: number | null;
  low: number | null;
  high: number | null;
  n: number;
  tooFewToTell: boolean;
}

/** The fields of a difference this module reads (a `ProjectDifference`). */
export interface ShareDifference extends ShareEstimate {
  significant: boolean | null;
}

/** A number to one decimal, without a trailing ".0", and with a real minus sign. */
function tenths(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  // −0.04 rounds to −0: it reads as 0.
  const text = (Object.is(rounded, -0) ? 0 : rounded).toFixed(1).replace(/\.0$/, '');
  return text.replace('-', '−');
}

/** A share as a percentage: 0.125 → "12.5 %", 0.2 → "20 %". */
export function formatPercent(share: number): string {
  return `${tenths(share * 100)} %`;
}

/** A share as percentage points, e.g. the half-width 0.1 → "10 pp". */
export function formatPoints(share: number): string {
  return `${tenths(share * 100)} pp`;
}

/** A signed difference in percentage points: 0.083 → "+8.3 pp", −0.02 → "−2 pp". */
export function formatSignedPoints(share: number): string {
  const text = formatPoints(share);
  return share > 0 && !text.startsWith('0 ') ? `+${text}` : text;
}

/** The precision asked for: 0.01 → "±1 pp at 95 %". */
export function formatTarget(halfWidth: number): string {
  return `±${formatPoints(halfWidth)} at 95 %`;
}

/** The interval alone: "1.5–35.4 %"; empty when there is none. */
export function formatInterval(estimate: Pick<ShareEstimate, 'low' | 'high'>): string {
  if (estimate.low === null || estimate.high === null) return '';
  return `${tenths(estimate.low * 100)}–${tenths(estimate.high * 100)} %`;
}

/** Why an estimate has no value, or null when it has one. */
export function withheld(estimate: ShareEstimate): string | null {
  if (estimate.n === 0) return 'nothing labelled yet';
  if (estimate.tooFewToTell || estimate.value === null) return `too few to tell (n = ${estimate.n})`;
  return null;
}

/** A prevalence as stated everywhere: "8.3 % (95 % CI 1.5–35.4 %, n = 12)", or why there is none. */
export function formatShareEstimate(estimate: ShareEstimate): string {
  const missing = withheld(estimate);
  if (missing) return missing;
  const interval = formatInterval(estimate);
  return `${formatPercent(estimate.value!)} (${interval ? `95 % CI ${interval}, ` : ''}n = ${estimate.n})`;
}

/**
 * B − A as stated: "+8.3 pp (95 % CI −2.1 to +18.7 pp, n = 24), not significant", or why there
 * is none. Significant means the interval leaves out 0.
 */
export function formatDifference(difference: ShareDifference): string {
  const missing = withheld(difference);
  if (missing) return missing;
  const interval =
    difference.low === null || difference.high === null ? '' : `95 % CI ${formatSignedPoints(difference.low).replace(' pp', '')} to ${formatSignedPoints(difference.high)}, `;
  const verdict = difference.significant === null ? '' : difference.significant ? ', significant' : ', not significant';
  return `${formatSignedPoints(difference.value!)} (${interval}n = ${difference.n})${verdict}`;
}

/** An arm as the requester named it: A is `armLabels[0]`, B `armLabels[1]`; "All" without arms. */
export function armName(arm: 'A' | 'B' | null | undefined, armLabels: readonly string[]): string {
  if (!arm) return 'All';
  const label = armLabels[arm === 'A' ? 0 : 1];
  return label ? `${label} (${arm})` : `Arm ${arm}`;
}

/** A figure typed as percent (or percentage points) into a form, as a share; null when it is not a number. */
export function shareOfPercent(text: string | number | null | undefined): number | null {
  if (text === null || text === undefined || text === '') return null;
  const value = typeof text === 'number' ? text : Number(String(text).trim().replace(',', '.'));
  return Number.isFinite(value) ? value / 100 : null;
}

/** The sample size proposal's unit for the comparison: "12 per arm", "12 pairs", "12 items". */
export function formatSampleSize(size: number, comparison: 'NONE' | 'ARMS' | 'PAIRED'): string {
  if (comparison === 'ARMS') return `${size} per arm`;
  if (comparison === 'PAIRED') return `${size} ${size === 1 ? 'pair' : 'pairs'}`;
  return `${size} ${size === 1 ? 'item' : 'items'}`;
}

/** One bar of the interval chart: a floating bar from low to high and a point at the value. */
export interface IntervalBar {
  label: string;
  interval: [number, number] | null;
  value: number | null;
}

/** The chart's bars for estimate rows, leaving out the interval of a row too small to tell. */
export function intervalBars(rows: readonly { label: string; estimate: ShareEstimate }[]): IntervalBar[] {
  return rows.map(({ label, estimate }) => {
    const shown = withheld(estimate) === null;
    return {
      label,
      interval: shown && estimate.low !== null && estimate.high !== null ? [estimate.low, estimate.high] : null,
      value: shown ? estimate.value : null,
    };
  });
}
