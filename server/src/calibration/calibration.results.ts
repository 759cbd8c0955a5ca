import { Verdict } from '../decisions/decision.entity.ts';
import { categoryCounts, cohensKappa, fleissKappa } from '../quality/agreement.ts';

/** One label as the results need it: who said what about which case. */
export interface LabelFact {
  caseId: string;
  participantId: string;
  verdict: Verdict;
  policyCodes: readonly string[];
}

/** A golden case's known answer, as far as a label can state it. */
export interface GoldenLabel {
  verdict: Verdict;
  policyCodes: readonly string[];
}

export interface CaseOutcome {
  caseId: string;
  /** Labels per verdict, every verdict listed (zero included), in the enum's order. */
  spread: { verdict: Verdict; count: number }[];
  /** The verdict with the most labels; null on a tie for the most, or with no labels. */
  consensus: Verdict | null;
  /** The known verdict when the case is golden. */
  goldenVerdict: Verdict | null;
}

export interface PairAgreement {
  firstId: string;
  secondId: string;
  /** Cases both labelled. */
  cases: number;
  cohensKappa: number | null;
}

export interface ParticipantAgreement {
  participantId: string;
  labelled: number;
  /** Cases with a consensus that this participant labelled. */
  compared: number;
  /** Share of `compared` where their label is the consensus; null when nothing could be compared. */
  agreementWithConsensus: number | null;
  /** Golden cases they labelled. */
  goldenCompared: number;
  /** Share of those where their verdict and policies are the known answer; null without golden cases. */
  agreementWithGolden: number | null;
}

export interface CalibrationOutcome {
  cases: CaseOutcome[];
  /** Cases every participant labelled: the ones Fleiss' κ is computed on. */
  fullyLabelledCases: number;
  fleissKappa: number | null;
  pairs: PairAgreement[];
  participants: ParticipantAgreement[];
}

const verdicts = Object.values(Verdict);

/**
 * A closed session's results from its labels. Cases and participants come in session order so
 * the output is stable; κ itself comes from quality/agreement.ts.
 */
export function calibrationOutcome(
  caseIds: readonly string[],
  participantIds: readonly string[],
  labels: readonly LabelFact[],
  golden: ReadonlyMap<string, GoldenLabel> = new Map(),
): CalibrationOutcome {
  const byCase = new Map<string, Map<string, Verdict>>(caseIds.map((id) => [id, new Map()]));
  for (const label of labels) byCase.get(label.caseId)?.set(label.participantId, label.verdict);
  const labelOf = new Map(labels.map((label) => [`${label.caseId}/${label.participantId}`, label]));

  const cases = caseIds.map((caseId) => {
    const given = [...byCase.get(caseId)!.values()];
    const spread = verdicts.map((verdict) => ({ verdict, count: given.filter((v) => v === verdict).length }));
    const top = Math.max(...spread.map((entry) => entry.count));
    const leaders = spread.filter((entry) => entry.count === top);
    return { caseId, spread, consensus: top > 0 && leaders.length === 1 ? leaders[0]!.verdict : null, goldenVerdict: golden.get(caseId)?.verdict ?? null };
  });

  // Fleiss' κ needs the same raters on every item, so it only uses the cases everyone labelled.
  const complete = caseIds.filter((caseId) => byCase.get(caseId)!.size === participantIds.length);
  const fleiss = complete.length ? fleissKappa(categoryCounts(complete.map((caseId) => participantIds.map((p) => byCase.get(caseId)!.get(p)!)))) : null;

  const pairs: PairAgreement[] = [];
  participantIds.forEach((firstId, i) => {
    for (const secondId of participantIds.slice(i + 1)) {
      const both = caseIds.flatMap((caseId) => {
        const first = byCase.get(caseId)!.get(firstId);
        const second = byCase.get(caseId)!.get(secondId);
        return first && second ? [[first, second] as const] : [];
      });
      pairs.push({ firstId, secondId, cases: both.length, cohensKappa: cohensKappa(both) });
    }
  });

  const consensusOf = new Map(cases.map((outcome) => [outcome.caseId, outcome.consensus]));
  const participants = participantIds.map((participantId) => {
    let labelled = 0;
    let compared = 0;
    let agreed = 0;
    let goldenCompared = 0;
    let goldenAgreed = 0;
    for (const caseId of caseIds) {
      const label = byCase.get(caseId)!.get(participantId);
      if (!label) continue;
      labelled++;
      const known = golden.get(caseId);
      if (known) {
        goldenCompared++;
        const given = labelOf.get(`${caseId}/${participantId}`)!;
        if (given.verdict === known.verdict && sameCodes(given.policyCodes, known.policyCodes)) goldenAgreed++;
      }
      const consensus = consensusOf.get(caseId);
      if (!consensus) continue;
      compared++;
      if (label === consensus) agreed++;
    }
    return {
      participantId,
      labelled,
      compared,
      agreementWithConsensus: compared ? agreed / compared : null,
      goldenCompared,
      agreementWithGolden: goldenCompared ? goldenAgreed / goldenCompared : null,
    };
  });

  return { cases, fullyLabelledCases: complete.length, fleissKappa: fleiss, pairs, participants };
}

function sameCodes(a: readonly string[], b: readonly string[]): boolean {
  return [...new Set(a)].sort().join() === [...new Set(b)].sort().join();
}
