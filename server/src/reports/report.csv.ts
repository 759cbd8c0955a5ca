import { stringify } from 'csv-stringify/sync';
import type { Estimate } from '../quality/estimate.ts';
import type { Report } from './report.entities.ts';
import type { CountRow, RateRow, ReportFigures } from './report.figures.ts';

/** The CSV's columns: one row per figure and period, every rate with its count, n and interval. */
export const csvColumns = ['section', 'key', 'label', 'period', 'count', 'n', 'value', 'low', 'high', 'too_few_to_tell', 'method', 'score'] as const;
export type CsvRow = Record<(typeof csvColumns)[number], string>;

const countSections = ['volumeByQueue', 'volumeByDomain', 'volumeBySubjectKind', 'volumeBySource', 'verdicts', 'actions', 'topPolicies', 'escalationsByReason', 'escalationsByTier', 'escalationOutcomes', 'appealOutcomes'] as const;
const rateSections = ['proactiveShare', 'violationRate', 'escalationMedianResolveMs', 'appealRate', 'appealReversalRate', 'ladderDeviationRate'] as const;
const rateListSections = ['quality', 'slaAdherence'] as const;

function estimateCells(estimate: Estimate): Pick<CsvRow, 'n' | 'value' | 'low' | 'high' | 'too_few_to_tell' | 'method'> {
  const cell = (value: number | null) => (value === null ? '' : String(value));
  return { n: String(estimate.n), value: cell(estimate.value), low: cell(estimate.low), high: cell(estimate.high), too_few_to_tell: String(estimate.tooFewToTell), method: estimate.method };
}

/** The figures as flat rows (what the CSV holds), in the report's order. */
export function csvRows(figures: ReportFigures): CsvRow[] {
  const rows: CsvRow[] = [];
  const blank = { score: '' };
  for (const section of countSections) {
    // Sections a report made before them does not hold are left out.
    for (const row of (figures[section] ?? []) as CountRow[]) {
      rows.push({ section, key: row.key, label: row.label, period: 'current', count: String(row.current), ...estimateCells(row.currentShare), ...blank });
      rows.push({ section, key: row.key, label: row.label, period: 'previous', count: String(row.previous), ...estimateCells(row.previousShare), ...blank });
    }
  }
  const rate = (section: string, row: RateRow) => {
    rows.push({ section, key: row.key, label: row.label, period: 'current', count: row.current.count === null ? '' : String(row.current.count), ...estimateCells(row.current), ...blank });
    rows.push({ section, key: row.key, label: row.label, period: 'previous', count: row.previous.count === null ? '' : String(row.previous.count), ...estimateCells(row.previous), ...blank });
  };
  for (const section of rateSections) {
    const row = figures[section];
    if (row) rate(section, row);
  }
  for (const section of rateListSections) for (const row of figures[section]) rate(section, row);
  for (const term of figures.emergingTerms) {
    const key = `${term.locale}:${term.term}`;
    rows.push({ section: 'emergingTerms', key, label: term.term, period: 'current', count: String(term.current), ...estimateCells(term.currentShare), score: String(term.score) });
    rows.push({ section: 'emergingTerms', key, label: term.term, period: 'previous', count: String(term.previous), ...estimateCells(term.previousShare), score: String(term.score) });
  }
  return rows;
}

/** The report as CSV (RFC 4180, a header row, UTF-8). */
export function reportCsv(report: Report): string {
  return stringify(csvRows(report.figures), { header: true, columns: [...csvColumns] });
}

/** Named by the period's first day in the report's time zone (its start is local midnight, the day before in UTC east of Greenwich). */
export function csvFileName(report: Report): string {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: report.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(report.periodStart);
  return `vigil-${report.kind.toLowerCase()}-report-${day}.csv`;
}
