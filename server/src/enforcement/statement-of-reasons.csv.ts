import { stringify } from 'csv-stringify/sync';
import type { EnforcementService } from './enforcement.service.ts';
import type { StatementOfReasons } from './statement-of-reasons.ts';

/** One row per statement, in the transparency database's terms; lists are `;`-joined. */
export const statementColumns = [
  'puid',
  'case_id',
  'kind',
  'subject_kind',
  'subject_key',
  'subject_locale',
  'action',
  'action_params',
  'restriction',
  'decision_ground',
  'incompatible_content_ground',
  'category',
  'decision_facts',
  'source_type',
  'automated_detection',
  'automated_decision',
  'territorial_scope',
  'application_date',
  'end_date',
  'redress',
  'appeal_status',
] as const;

function row(statement: StatementOfReasons): string[] {
  return [
    statement.decisionId,
    statement.caseId,
    statement.kind,
    statement.subject.kind,
    statement.subject.key,
    statement.subject.locale,
    statement.action,
    JSON.stringify(statement.actionParams),
    statement.restriction,
    statement.decisionGround,
    statement.policies.map((policy) => `${policy.code} (${policy.name}, v${policy.version})`).join('; '),
    statement.category,
    statement.factsReliedOn,
    statement.sourceType,
    String(statement.automatedDetection),
    statement.automatedDecision,
    statement.territorialScope.join(';'),
    statement.applicationDate.toISOString(),
    statement.endDate?.toISOString() ?? '',
    statement.redress.join(';'),
    statement.appealStatus ?? '',
  ];
}

/**
 * The statements of a period as CSV, written a thousand at a time as they are read, so a year's
 * export never sits in memory whole. Formula-looking cells are not escaped: the export is for
 * the database's upload, not for a spreadsheet.
 */
export async function writeStatementsCsv(service: EnforcementService, from: Date, to: Date, write: (chunk: string) => void): Promise<void> {
  write(stringify([statementColumns as unknown as string[]]));
  for (let after: string | null = null; ; ) {
    const page = await service.statements(from, to, after, 1000);
    if (page.statements.length > 0) write(stringify(page.statements.map(row)));
    if (!page.hasMore) return;
    after = page.endCursor;
  }
}
