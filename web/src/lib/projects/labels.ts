import type { Allocation, Domain, ProjectComparison, ProjectEstimateMethod, ProjectStatus, SampleDesignKind } from '$lib/graphql/generated/graphql';

/** Records over the generated unions, so a value added to the schema fails the type check here. */
const statusLabels: Record<ProjectStatus, string> = { REQUESTED: 'Requested', LABELLING: 'Labelling', CLOSED: 'Closed', PUBLISHED: 'Published' };
const designLabels: Record<SampleDesignKind, string> = { SIMPLE_RANDOM: 'Simple random sample', STRATIFIED: 'Stratified sample', PPS: 'Probability proportional to weight (PPS)' };
const allocationLabels: Record<Allocation, string> = { PROPORTIONAL: 'Proportional to units', NEYMAN: 'Neyman (least variance)' };
const comparisonLabels: Record<ProjectComparison, string> = { NONE: 'No comparison', ARMS: 'Two independent arms', PAIRED: 'Paired arms' };
const domainLabels: Record<Domain, string> = { SEARCH: 'Search', ACCOUNT: 'Accounts' };
const methodLabels: Record<ProjectEstimateMethod, string> = {
  WILSON: 'Wilson',
  WILSON_EFFECTIVE_SAMPLE: 'Wilson at the effective sample size',
  NEWCOMBE: 'Newcombe',
  PAIRED_NORMAL: 'Paired normal',
};

export const projectStatuses = Object.keys(statusLabels) as ProjectStatus[];
export const designKinds: SampleDesignKind[] = ['SIMPLE_RANDOM', 'STRATIFIED', 'PPS'];
export const allocations: Allocation[] = ['PROPORTIONAL', 'NEYMAN'];
export const comparisons: ProjectComparison[] = ['NONE', 'ARMS', 'PAIRED'];
export const domains: Domain[] = ['SEARCH', 'ACCOUNT'];

export function projectStatusLabel(status: ProjectStatus): string {
  return statusLabels[status];
}

export function designLabel(kind: SampleDesignKind): string {
  return designLabels[kind];
}

export function allocationLabel(allocation: Allocation): string {
  return allocationLabels[allocation];
}

export function comparisonLabel(comparison: ProjectComparison): string {
  return comparisonLabels[comparison];
}

export function domainLabel(domain: Domain): string {
  return domainLabels[domain];
}

export function methodLabel(method: ProjectEstimateMethod): string {
  return methodLabels[method];
}
