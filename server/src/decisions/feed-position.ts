import { BadUserInputError } from '../kernel/errors.ts';

/**
 * A place in the decision feed's order (Migration20261203090000DecisionFeed): the writing
 * transaction's id and the event's position. The feed's cursors and the enforcement lists'
 * versions are both such places, opaque to clients.
 */
export interface FeedPosition {
  tx: string;
  position: string;
}

export const feedStart: FeedPosition = { tx: '0', position: '0' };

export function cursorOf({ tx, position }: FeedPosition): string {
  return Buffer.from(`${tx}:${position}`).toString('base64url');
}

/** The place a cursor names (the start for none); refuses one this server did not give out, naming `field`. */
export function positionOf(cursor: string | null | undefined, field: string): FeedPosition {
  if (cursor === null || cursor === undefined) return feedStart;
  const match = /^(\d{1,20}):(\d{1,19})$/.exec(Buffer.from(cursor, 'base64url').toString('latin1'));
  if (!match || cursorOf({ tx: match[1]!, position: match[2]! }) !== cursor) {
    throw new BadUserInputError(`${field} is not a cursor this feed gave out.`, field);
  }
  return { tx: match[1]!, position: match[2]! };
}
