import type { Severity } from '$lib/graphql/generated/graphql';

/** A Record over the generated union, so a tier added to the schema fails the type check here. */
const severityLabels: Record<Severity, string> = {
  S0: 'Critical',
  S1: 'High',
  S2: 'Medium',
  S3: 'Low',
};

/** Most severe first. */
export const severities = Object.keys(severityLabels) as Severity[];

export function severityLabel(severity: Severity): string {
  return severityLabels[severity];
}
