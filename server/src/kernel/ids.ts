const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** IDs are opaque to clients; a malformed one simply matches nothing instead of failing in SQL. */
export function isUuid(value: string): boolean {
  return uuidPattern.test(value);
}
