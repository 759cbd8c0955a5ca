/**
 * A population CSV sent from the browser to `POST /projects/{id}/population.csv`. The session
 * cookie rides along; the explicit `text/csv` type is what the server takes (a cross-site form
 * cannot send it without a preflight). The answer is the load's counts, or `{ error: { code,
 * message } }` with 400/403/409: `uploadOutcome` reads either, so the screen branches on the code.
 */

export type UploadOutcome =
  | { kind: 'loaded'; added: number; alreadyPresent: number; populationItems: number }
  | { kind: 'refused'; code: string | null; message: string | null };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** What an answer of the upload says, whatever came back (a proxy's HTML page reads as refused, without a code). */
export function uploadOutcome(status: number, body: unknown): UploadOutcome {
  if (status >= 200 && status < 300 && isRecord(body) && typeof body.added === 'number' && typeof body.alreadyPresent === 'number' && typeof body.populationItems === 'number') {
    return { kind: 'loaded', added: body.added, alreadyPresent: body.alreadyPresent, populationItems: body.populationItems };
  }
  const error = isRecord(body) && isRecord(body.error) ? body.error : null;
  return {
    kind: 'refused',
    code: error && typeof error.code === 'string' ? error.code : null,
    message: error && typeof error.message === 'string' ? error.message : null,
  };
}

export async function uploadPopulation(projectId: string, file: Blob): Promise<UploadOutcome> {
  let response: Response;
  try {
    response = await fetch(`/projects/${encodeURIComponent(projectId)}/population.csv`, { method: 'POST', headers: { 'content-type': 'text/csv' }, body: file, credentials: 'same-origin' });
  } catch {
    return { kind: 'refused', code: null, message: null };
  }
  const body: unknown = await response.json().catch(() => null);
  return uploadOutcome(response.status, body);
}
