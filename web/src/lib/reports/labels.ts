import type { ReportKind, ReportStatus } from '$lib/graphql/generated/graphql';

const kindLabels: Record<ReportKind, string> = { WEEKLY: 'Weekly', MONTHLY: 'Monthly' };
const statusLabels: Record<ReportStatus, string> = { DRAFT: 'Draft', PUBLISHED: 'Published' };

export function reportKindLabel(kind: ReportKind): string {
  return kindLabels[kind];
}

export function reportStatusLabel(status: ReportStatus): string {
  return statusLabels[status];
}

/** The period in the report's own time zone, e.g. "3 Mar 2025 – 9 Mar 2025". */
export function formatReportPeriod(report: { periodStart: string; periodEnd: string; timeZone: string }): string {
  const format = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: report.timeZone });
  const lastDay = new Date(Date.parse(report.periodEnd) - 1);
  return `${format.format(new Date(report.periodStart))} – ${format.format(lastDay)}`;
}

export function formatChange(change: number): string {
  return change > 0 ? `+${change}` : String(change);
}
