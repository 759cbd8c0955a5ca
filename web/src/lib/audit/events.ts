import type { AuditEventsQuery } from '$lib/graphql/generated/graphql';

/** One row of the log, as `AuditEvents` selects it (and `AuditEvent` must match). */
export type AuditEventRow = AuditEventsQuery['auditEvents']['edges'][number]['node'];

/**
 * The log's order, as the server pages it: newest first by id (ids are a bigint sequence
 * handed out at insert, so a higher id committed later within the log's ordering).
 */
function newestFirst(a: AuditEventRow, b: AuditEventRow): number {
  const left = BigInt(a.id);
  const right = BigInt(b.id);
  return left === right ? 0 : left > right ? -1 : 1;
}

/**
 * Joins rows from pages and live notices into one list without repeats. Live events can race
 * the first page (an event may arrive before or inside it) and "Load more" may overlap what
 * is already shown, so every source goes through here.
 */
export function mergeEvents(current: readonly AuditEventRow[], incoming: readonly AuditEventRow[]): AuditEventRow[] {
  const byId = new Map<string, AuditEventRow>();
  for (const event of current) byId.set(event.id, event);
  for (const event of incoming) byId.set(event.id, event);
  return [...byId.values()].sort(newestFirst);
}

export interface AuditFilter {
  action: string;
  entityType: string;
}

/** Whether a live notice belongs on screen under the filter (exact match, as on the server). */
export function matchesFilter(filter: AuditFilter, notice: { action: string; entityType: string }): boolean {
  return (!filter.action || notice.action === filter.action) && (!filter.entityType || notice.entityType === filter.entityType);
}

export interface FieldChange {
  field: string;
  before?: unknown;
  after?: unknown;
  kind: 'changed' | 'added' | 'removed';
}

/** The fields an event touched, in the order the event lists them. */
export function fieldChanges(
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown> | null | undefined,
): FieldChange[] {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return fields.map((field) => {
    const hadBefore = before != null && field in before;
    const hasAfter = after != null && field in after;
    const kind = hadBefore && hasAfter ? 'changed' : hasAfter ? 'added' : 'removed';
    return { field, before: before?.[field], after: after?.[field], kind };
  });
}

/** One value of a change, short enough for a table cell; the full JSON is in the title. */
export function formatValue(value: unknown, max = 60): string {
  const text = typeof value === 'string' ? value : value === undefined ? '—' : JSON.stringify(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
