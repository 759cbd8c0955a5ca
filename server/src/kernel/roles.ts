import { registerEnumType } from 'type-graphql';

export enum Role {
  EVALUATOR = 'EVALUATOR',
  QA_ANALYST = 'QA_ANALYST',
  SPECIALIST = 'SPECIALIST',
  MANAGER = 'MANAGER',
  ADMIN = 'ADMIN',
  STAKEHOLDER = 'STAKEHOLDER',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'What a person does in Vigil. A person may hold several roles.',
  valuesConfig: {
    EVALUATOR: { description: 'Works live queues: claims cases, decides them, escalates.' },
    QA_ANALYST: { description: 'Re-reviews sampled decisions and runs calibration.' },
    SPECIALIST: { description: 'Resolves escalated cases (tier 2, policy, legal).' },
    MANAGER: { description: 'Leads a team: health, training, reviews, reports.' },
    ADMIN: { description: 'Administers people, API tokens and the audit log.' },
    STAKEHOLDER: { description: 'A stakeholder team’s reader (search ranking, account integrity, policy, legal): reads published reports and subscribes to them, requests evaluation projects and reads their results, nothing else.' },
  },
});

/** What an integrator's API token may do. Tokens never act as a person. */
export enum Scope {
  APPEALS_WRITE = 'APPEALS_WRITE',
  AUDIT_READ = 'AUDIT_READ',
  CASES_READ = 'CASES_READ',
  CASES_WRITE = 'CASES_WRITE',
  DECISIONS_READ = 'DECISIONS_READ',
  PROJECTS_WRITE = 'PROJECTS_WRITE',
  REPORTS_READ = 'REPORTS_READ',
}

registerEnumType(Scope, {
  name: 'Scope',
  description: 'A permission granted to an integrator API token.',
  valuesConfig: {
    APPEALS_WRITE: { description: 'Submit appeals on behalf of a subject’s owner, and read them back.' },
    AUDIT_READ: { description: 'Read the audit log.' },
    CASES_READ: { description: 'Read cases and their decisions.' },
    CASES_WRITE: { description: 'Push cases in.' },
    DECISIONS_READ: { description: 'Consume the decision feed and the enforcement lists: every case outcome to enforce.' },
    PROJECTS_WRITE: { description: 'Request evaluation projects, upload their populations and read their published results: the projects this token asked for.' },
    REPORTS_READ: { description: 'Read published reports.' },
  },
});
