import type { QualityRowFragment, Role } from '$lib/graphql/generated/graphql';

/** One group's measures as the API returns them. */
export type Measures = QualityRowFragment;

/** Who may measure other people's work (the server's `qualityMetrics` rule: a manager's team, QA and admins anyone). */
export const teamQualityRoles: readonly Role[] = ['MANAGER', 'QA_ANALYST', 'ADMIN'];

/** Who may pick any team rather than being held to their own. */
export const anyTeamRoles: readonly Role[] = ['QA_ANALYST', 'ADMIN'];

export const periodDays = [7, 30, 90] as const;
export type PeriodDays = (typeof periodDays)[number];

export interface Period {
  from: string;
  to: string;
}

const dayMs = 86_400_000;

/**
 * The last `days` UTC days, today included. Ending at the next UTC midnight rather than "now"
 * keeps the scope, and so urql's cache key, the same all day.
 */
export function lastDays(days: PeriodDays, now = Date.now()): Period {
  const to = Math.floor(now / dayMs) * dayMs + dayMs;
  return { from: new Date(to - days * dayMs).toISOString(), to: new Date(to).toISOString() };
}

/** The Mondays (UTC, `YYYY-MM-DD`) of every ISO week the period touches: the keys of the WEEK grouping. */
export function weeksOf(period: Period): string[] {
  const monday = new Date(period.from);
  monday.setUTCHours(0, 0, 0, 0);
  monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
  const end = Date.parse(period.to);
  const weeks: string[] = [];
  for (let start = monday.getTime(); start < end; start += 7 * dayMs) weeks.push(new Date(start).toISOString().slice(0, 10));
  return weeks;
}

/** Accuracy counts random QA samples and golden answers together, as the server does (adjudications apart). */
export function accuracyParts(row: Measures): { correct: number; checked: number } {
  return { correct: row.qaAgreed + row.goldenCorrect, checked: row.qaChecked + row.goldenAnswered };
}

/** Best first; groups with too few to tell go last either way, since they have no rank. */
export function byAccuracy(rows: readonly Measures[], direction: 'desc' | 'asc'): Measures[] {
  const sign = direction === 'desc' ? -1 : 1;
  return [...rows].sort((a, b) => {
    const [x, y] = [a.accuracy.value, b.accuracy.value];
    if (x === null || y === null) return (x === null ? 1 : 0) - (y === null ? 1 : 0);
    return sign * (x - y) || a.label.localeCompare(b.label);
  });
}
