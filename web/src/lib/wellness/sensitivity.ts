import type { Severity } from '$lib/graphql/generated/graphql';
import { severityLabel } from '$lib/policies/severity';

/** How a subject is shown until the evaluator reveals it on purpose. */
export type Treatment = 'blur' | 'grey' | 'plain';

/** Wellness defaults by severity: the worst material is never the first thing on screen. */
const treatments: Record<Severity, Treatment> = {
  S0: 'blur',
  S1: 'blur',
  S2: 'grey',
  S3: 'plain',
};

export function treatmentFor(severity: Severity): Treatment {
  return treatments[severity];
}

/** Why the subject looks the way it does, shown next to it. */
export function treatmentNote(severity: Severity): string {
  const tier = `${severity} (${severityLabel(severity).toLowerCase()})`;
  switch (treatmentFor(severity)) {
    case 'blur':
      return `Blurred because this case is ${tier}: it may contain distressing material. Reveal it only when you are ready.`;
    case 'grey':
      return `Greyed because this case is ${tier}. Reveal it for full colour.`;
    case 'plain':
      return `Shown as is: this case is ${tier}.`;
  }
}
