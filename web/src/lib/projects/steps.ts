/**
 * What the project page offers, by the project's status and whether the viewer runs it. The server
 * refuses anything out of turn (`server/src/projects/project.transitions.ts`, `mayManageProject`);
 * this only keeps the page from offering it. No imports, so it is tested without a browser
 * (tests/unit/project-steps.test.ts, with `upload.ts`); the status union is checked against the schema's where the
 * page calls it.
 */

export type ProjectStep = 'REQUESTED' | 'LABELLING' | 'CLOSED' | 'PUBLISHED';

export interface ProjectOffers {
  /** Upload population CSV: the requester and the managers, until the draw. */
  upload: boolean;
  /** The design form and "Draw sample". */
  draw: boolean;
  /** The link to the project queue's workbench, for the team's evaluators. */
  queueLink: boolean;
  close: boolean;
  publish: boolean;
}

export function projectOffers(status: ProjectStep, manages: boolean): ProjectOffers {
  return {
    upload: status === 'REQUESTED',
    draw: manages && status === 'REQUESTED',
    queueLink: manages && status !== 'REQUESTED',
    close: manages && status === 'LABELLING',
    publish: manages && status === 'CLOSED',
  };
}

/** Runs the project (draws, closes, publishes, reads live results): admins, and managers of the evaluating team, as the server's `mayManageProject`. */
export function managesProject(viewer: { roles: readonly string[]; team: { id: string } | null | undefined }, teamId: string): boolean {
  if (viewer.roles.includes('ADMIN')) return true;
  return viewer.roles.includes('MANAGER') && !!viewer.team && viewer.team.id === teamId;
}
