import { registerEnumType } from 'type-graphql';

/** Severity tiers; the text sorts in priority order, which the claim query relies on. */
export enum Severity {
  S0 = 'S0',
  S1 = 'S1',
  S2 = 'S2',
  S3 = 'S3',
}

registerEnumType(Severity, {
  name: 'Severity',
  description: 'How severe a policy area is. Drives priority, SLA, blurring and mandatory escalation.',
  valuesConfig: {
    S0: { description: 'Critical: always escalated to a specialist tier.' },
    S1: { description: 'High.' },
    S2: { description: 'Medium.' },
    S3: { description: 'Low.' },
  },
});

export enum Domain {
  SEARCH = 'SEARCH',
  ACCOUNT = 'ACCOUNT',
}

registerEnumType(Domain, {
  name: 'Domain',
  description: 'What is evaluated: search (queries, suggestions, results) or accounts.',
});

export function moreSevere(a: Severity, b: Severity): Severity {
  return a < b ? a : b;
}
