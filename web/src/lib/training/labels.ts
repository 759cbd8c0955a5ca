/** The catalogue, with the programs that grant this certification picked out. */
export function trainingFor(certificationCode: string): string {
  return `/training?certification=${encodeURIComponent(certificationCode)}`;
}

/** A certification this close to its expiry is flagged, so there is time to take the program again. */
const expiringSoonMs = 14 * 86_400_000;

export function expiresSoon(expiresAt: string, now: number): boolean {
  return Date.parse(expiresAt) - now <= expiringSoonMs;
}
