const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
const date = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** A DateTime scalar (ISO string at UTC) in the reader's locale and time zone. */
export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}

export function formatDate(iso: string): string {
  return date.format(new Date(iso));
}

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

/** A span of time, coarse enough to read at a glance: "42 min", "3 h 10 min", "2 d 5 h". */
export function formatSpan(ms: number): string {
  const span = Math.abs(ms);
  if (span < minute) return '<1 min';
  if (span < hour) return `${Math.floor(span / minute)} min`;
  if (span < 2 * day) {
    const minutes = Math.floor((span % hour) / minute);
    return minutes ? `${Math.floor(span / hour)} h ${minutes} min` : `${Math.floor(span / hour)} h`;
  }
  const hours = Math.floor((span % day) / hour);
  return hours ? `${Math.floor(span / day)} d ${hours} h` : `${Math.floor(span / day)} d`;
}

/** An SLA due time relative to now: "due in 42 min" or "overdue 5 min". */
export function formatDue(iso: string, now: number): string {
  const left = Date.parse(iso) - now;
  return left >= 0 ? `due in ${formatSpan(left)}` : `overdue ${formatSpan(left)}`;
}

export function isOverdue(iso: string, now: number): boolean {
  return Date.parse(iso) < now;
}

/** A countdown as m:ss, never below zero. */
export function formatCountdown(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

const count = new Intl.NumberFormat();

export function formatCount(value: number): string {
  return count.format(value);
}

/** How long until a moment: "in 12 min", or "now" once it has come. */
export function formatIn(iso: string, now: number): string {
  const left = Date.parse(iso) - now;
  return left > 0 ? `in ${formatSpan(left)}` : 'now';
}
