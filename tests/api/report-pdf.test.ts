import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/src/kernel/roles.ts';
import { ApiClient, signedIn } from '../support/api-client.ts';
import { createEvaluators } from '../support/queues.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

// Prints the built web app's printable page in Chromium: run `npm run build` first.
let server: TestServer;
let manager: ApiClient;
let stakeholder: ApiClient;
let admin: ApiClient;
let teamId: string;

beforeAll(async () => {
  server = await startTestServer({ serveWeb: true });
  const [stakeholderEmail] = (await createEvaluators(server.app.orm.em.fork(), 1, Role.STAKEHOLDER)) as [string];
  [manager, stakeholder, admin] = await Promise.all([signedIn(server.url, 'manager@vigil.example'), signedIn(server.url, stakeholderEmail), signedIn(server.url, 'admin@vigil.example')]);
  ({ me: { team: { id: teamId } } } = await manager.data<{ me: { team: { id: string } } }>('{ me { team { id } } }'));
});
afterAll(async () => {
  await server?.stop();
});

const generate = 'mutation ($input: GenerateReportInput!) { generateReport(input: $input) { id status } }';
const publish = 'mutation ($id: ID!) { publishReport(id: $id) { id status } }';
const pdfOf = (id: string, client?: ApiClient, baseUrl = server.url) =>
  fetch(`${baseUrl}/reports/${id}.pdf`, { headers: client?.bearer ? { authorization: `Bearer ${client.bearer}` } : client?.cookie ? { cookie: client.cookie } : {} });

async function expectPdf(response: Response): Promise<Buffer> {
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/pdf');
  const body = Buffer.from(await response.arrayBuffer());
  expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(body.subarray(-1024).toString('latin1')).toContain('%%EOF');
  return body;
}

describe('a report as PDF', () => {
  it('is printed from the report page for its manager, refused to a stakeholder while a draft and to anyone signed out, then given to the stakeholder once published', async () => {
    const { generateReport: report } = await manager.data(generate, { input: { kind: 'WEEKLY', at: '2025-06-11T12:00:00Z', teamId } });
    expect(report.status).toBe('DRAFT');

    const response = await pdfOf(report.id, manager);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="vigil-weekly-report-2025-06-09.pdf"');
    const pdf = await expectPdf(response);
    // The printed page's title is the PDF's title (UTF-16BE in the document information).
    const title = Buffer.from('\ufeffWeekly report · Vigil', 'utf16le').swap16().toString('hex').toUpperCase();
    expect(pdf.toString('latin1').toUpperCase()).toContain(title);

    expect((await pdfOf(report.id)).status).toBe(401);
    expect((await pdfOf(report.id, stakeholder)).status).toBe(404);

    await manager.data(publish, { id: report.id });
    await expectPdf(await pdfOf(report.id, stakeholder));
  });

  it('renders for a REPORTS_READ token too, and refuses a token without the scope', async () => {
    const token = async (scopes: string[]) => {
      const { createApiToken } = await admin.data('mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret } }', { input: { name: `pdf ${scopes.join()}`, scopes } });
      return new ApiClient(server.url, createApiToken.secret);
    };
    const { generateReport: draft } = await manager.data(generate, { input: { kind: 'MONTHLY', at: '2025-05-11T12:00:00Z', teamId } });
    const reader = await token(['REPORTS_READ']);
    expect((await pdfOf(draft.id, reader)).status).toBe(404);
    await manager.data(publish, { id: draft.id });
    await expectPdf(await pdfOf(draft.id, reader));
    expect((await pdfOf(draft.id, await token(['CASES_READ']))).status).toBe(403);
  });

  it('answers 503 with a JSON error code when Chromium is not installed, or the web app is not served', async () => {
    const { generateReport: report } = await manager.data(generate, { input: { kind: 'WEEKLY', at: '2025-04-09T12:00:00Z', teamId } });
    for (const options of [{ serveWeb: true, chromiumPath: '/nonexistent/chromium' }, { serveWeb: false }]) {
      const other = await startTestServer({ databaseUrl: server.databaseUrl, ...options });
      try {
        const response = await pdfOf(report.id, manager, other.url);
        expect(response.status).toBe(503);
        expect(await response.json()).toMatchObject({ error: { code: 'SERVICE_UNAVAILABLE' } });
      } finally {
        await other.app.stop();
      }
    }
  });
});
