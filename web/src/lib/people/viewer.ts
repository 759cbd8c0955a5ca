import { getContext, setContext } from 'svelte';
import type { MeQuery, Role } from '$lib/graphql/generated/graphql';

/** The signed-in person, as the app shell loaded them. */
export type Viewer = MeQuery['me'];

const key = Symbol('viewer');

/** The shell shares a getter, so screens always read the latest `me` after a refetch. */
export function setViewer(viewer: () => Viewer): void {
  setContext(key, viewer);
}

export function getViewer(): () => Viewer {
  const viewer = getContext<(() => Viewer) | undefined>(key);
  if (!viewer) throw new Error('getViewer() is only available inside the app shell');
  return viewer;
}

export function hasRole(viewer: Viewer, role: Role): boolean {
  return viewer.roles.includes(role);
}

export function hasAnyRole(viewer: Viewer, roles: readonly Role[]): boolean {
  return roles.some((role) => viewer.roles.includes(role));
}
