import { ConflictError } from '../kernel/errors.ts';
import { ProjectStatus } from './project.entity.ts';

export type ProjectStep = 'draw' | 'close' | 'publish';

/** Where each step may start and where it leads; anything unlisted is refused. */
const transitions: Record<ProjectStep, { from: ProjectStatus; to: ProjectStatus; refusal: string }> = {
  draw: { from: ProjectStatus.REQUESTED, to: ProjectStatus.LABELLING, refusal: 'The sample is drawn once, from a requested project.' },
  close: { from: ProjectStatus.LABELLING, to: ProjectStatus.CLOSED, refusal: 'Only a project being labelled can close.' },
  publish: { from: ProjectStatus.CLOSED, to: ProjectStatus.PUBLISHED, refusal: 'Only a closed project’s results can be published, once.' },
};

/** The status a step leads to from `status`, or CONFLICT. */
export function nextProjectStatus(status: ProjectStatus, step: ProjectStep): ProjectStatus {
  const transition = transitions[step];
  if (transition.from !== status) throw new ConflictError(transition.refusal);
  return transition.to;
}
