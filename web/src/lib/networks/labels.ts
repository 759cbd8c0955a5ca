import type { LinkKind } from '$lib/graphql/generated/graphql';

/** A Record over the generated union, so a link kind added to the schema fails the type check here. */
const linkLabels: Record<LinkKind, string> = {
  LINKED_ACCOUNT: 'Named link',
  DEVICE: 'Shared device',
  PAYMENT: 'Shared payment',
};

export function linkLabel(kind: LinkKind): string {
  return linkLabels[kind];
}

/** A handle as people write it: services differ on whether it carries its "@"; show it exactly once. */
export function atHandle(handle: string): string {
  return handle.startsWith('@') ? handle : `@${handle}`;
}

export function strikeCount(count: number): string {
  return count === 1 ? '1 strike' : `${count} strikes`;
}

export function pointCount(points: number): string {
  return points === 1 ? '1 point' : `${points} points`;
}
