import { stringify } from 'csv-stringify/sync';
import type { EvaluationProject } from './project.entity.ts';
import type { SampledItemRow } from './project.sql.ts';

/**
 * The sample's items with their labels, for the requester: their own ids, arm, stratum, weight,
 * inclusion probability (so they can recompute any estimate) and attributes, with the verdict and
 * the policies in scope. Never who labelled an item, nor why: evaluators' rationales are theirs.
 */
export function labelsCsv(project: EvaluationProject, rows: readonly SampledItemRow[]): string {
  const scope = new Set(project.policyCodes);
  const attributes = [...new Set(rows.flatMap((row) => Object.keys(row.attributes)))].sort();
  const header = ['external_id', 'arm', 'pair_key', 'stratum', 'weight', 'inclusion_probability', 'labelled', 'verdict', 'violating', 'policy_codes', ...attributes.map((name) => `attribute.${name}`)];
  const body = rows.map((row) => {
    const policies = (row.policy_codes ?? []).filter((code) => scope.has(code));
    const labelled = row.verdict === 'VIOLATING' || row.verdict === 'NOT_VIOLATING';
    return [
      row.external_id,
      row.arm ?? '',
      row.pair_key ?? '',
      row.stratum,
      String(row.weight),
      String(row.inclusion_probability),
      String(labelled),
      row.verdict ?? '',
      labelled ? String(row.verdict === 'VIOLATING' && policies.length > 0) : '',
      policies.join(' '),
      ...attributes.map((name) => row.attributes[name] ?? ''),
    ].map(inert);
  });
  return stringify([header, ...body]);
}

/** A cell a spreadsheet would run as a formula is prefixed with an apostrophe: ids and attributes are the requester's free text. */
function inert(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export function labelsCsvFileName(project: EvaluationProject): string {
  return `project-${project.id.slice(0, 8)}-labels.csv`;
}
