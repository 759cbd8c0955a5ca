/**
 * Demo review queues. Synthetic seed data: SLAs are in minutes per severity tier, rates are fractions
 * of a queue's cases (double review, QA sampling, hidden golden cases).
 */
import type { Domain, Severity } from './policies.ts';

export type SubjectKind = 'SEARCH_QUERY' | 'TYPEAHEAD_SUGGESTION' | 'SEARCH_RESULT' | 'ACCOUNT';

export interface QueueSeed {
  key: string;
  name: string;
  domain: Domain;
  subjectKinds: SubjectKind[];
  locales: string[];
  team: 'search' | 'accounts';
  slaMinutes: Record<Severity, number>;
  leaseSeconds: number;
  doubleReviewRate: number;
  qaSampleRate: number;
  goldenRate: number;
}

export const demoQueues: QueueSeed[] = [
  {
    key: 'search-queries-en',
    name: 'Search queries (English)',
    domain: 'SEARCH',
    subjectKinds: ['SEARCH_QUERY', 'SEARCH_RESULT'],
    locales: ['en-US', 'en-GB'],
    team: 'search',
    slaMinutes: { S0: 30, S1: 120, S2: 8 * 60, S3: 24 * 60 },
    leaseSeconds: 300,
    doubleReviewRate: 0.1,
    qaSampleRate: 0.05,
    goldenRate: 0.02,
  },
  {
    key: 'search-queries-es-pt',
    name: 'Search queries (Spanish and Portuguese)',
    domain: 'SEARCH',
    subjectKinds: ['SEARCH_QUERY', 'SEARCH_RESULT'],
    locales: ['es-ES', 'es-MX', 'pt-BR'],
    team: 'search',
    slaMinutes: { S0: 30, S1: 180, S2: 12 * 60, S3: 48 * 60 },
    leaseSeconds: 300,
    doubleReviewRate: 0.1,
    qaSampleRate: 0.05,
    goldenRate: 0.02,
  },
  {
    key: 'typeahead-suggestions',
    name: 'Typeahead suggestions',
    domain: 'SEARCH',
    subjectKinds: ['TYPEAHEAD_SUGGESTION'],
    locales: ['en-US', 'en-GB', 'es-ES', 'es-MX', 'pt-BR', 'de-DE', 'fr-FR'],
    team: 'search',
    slaMinutes: { S0: 15, S1: 60, S2: 4 * 60, S3: 24 * 60 },
    leaseSeconds: 300,
    doubleReviewRate: 0.05,
    qaSampleRate: 0.05,
    goldenRate: 0.01,
  },
  {
    key: 'account-impersonation-spam',
    name: 'Account impersonation and spam',
    domain: 'ACCOUNT',
    subjectKinds: ['ACCOUNT'],
    locales: ['en-US', 'en-GB', 'de-DE'],
    team: 'accounts',
    slaMinutes: { S0: 60, S1: 4 * 60, S2: 24 * 60, S3: 72 * 60 },
    leaseSeconds: 300,
    doubleReviewRate: 0.15,
    qaSampleRate: 0.1,
    goldenRate: 0.02,
  },
  {
    key: 'account-underage',
    name: 'Underage accounts',
    domain: 'ACCOUNT',
    subjectKinds: ['ACCOUNT'],
    locales: ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'es-ES', 'pt-BR'],
    team: 'accounts',
    slaMinutes: { S0: 30, S1: 2 * 60, S2: 12 * 60, S3: 48 * 60 },
    leaseSeconds: 300,
    doubleReviewRate: 0.2,
    qaSampleRate: 0.1,
    goldenRate: 0.03,
  },
];
