import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, signedIn, socketClient } from '../support/api-client.ts';
import { createTestQueue, queryReport } from '../support/queues.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let first: TestServer;
let second: TestServer;
beforeAll(async () => {
  first = await startTestServer();
  second = await startTestServer({ databaseUrl: first.databaseUrl });
});
afterAll(async () => {
  await second.app.stop();
  await first.stop();
});

const ingest = 'mutation ($input: IngestCasesInput!) { ingestCases(input: $input) { accepted } }';
const claim = 'mutation ($queueId: ID!) { claimNextCase(queueId: $queueId) { case { id } } }';

interface Counts {
  queueUpdated: { queueId: string; counts: { open: number; inReview: number; awaitingSecondReview: number } };
}

describe('live queues across instances', () => {
  it('pushes queue counts from a change on one instance to a board on the other', async () => {
    const queue = await createTestQueue(first.app.orm.em.fork());
    const manager = await signedIn(first.url, 'manager@vigil.example');
    await manager.data(ingest, { input: { cases: [queryReport(queue.id, `live-${randomUUID()}`), queryReport(queue.id, `live-${randomUUID()}`)] } });

    const board = socketClient(second.url, { authorization: `Bearer ${manager.token}` });
    const updates = collect<Counts>(board, `subscription { queueUpdated(queueId: "${queue.id}") { queueId counts { open inReview awaitingSecondReview } } }`);
    expect((await updates.next()).queueUpdated.counts).toEqual({ open: 2, inReview: 0, awaitingSecondReview: 0 });

    const evaluator = await signedIn(first.url, 'evaluator@vigil.example');
    await evaluator.data(claim, { queueId: queue.id });
    expect((await updates.next()).queueUpdated).toEqual({ queueId: queue.id, counts: { open: 1, inReview: 1, awaitingSecondReview: 0 } });
    updates.stop();
    await board.dispose();
  });

  it('pushes a case change to its holder, and refuses anyone else', async () => {
    const queue = await createTestQueue(first.app.orm.em.fork());
    const manager = await signedIn(first.url, 'manager@vigil.example');
    await manager.data(ingest, { input: { cases: [queryReport(queue.id, `watched-${randomUUID()}`)] } });
    const evaluator = await signedIn(first.url, 'evaluator@vigil.example');
    const caseId = (await evaluator.data(claim, { queueId: queue.id })).claimNextCase.case.id;

    const socket = socketClient(second.url, { authorization: `Bearer ${evaluator.token}` });
    const changes = collect<{ caseUpdated: { caseId: string; status: string } }>(socket, `subscription { caseUpdated(caseId: "${caseId}") { caseId status } }`);
    await changes.ready;
    await new Promise((resolve) => setTimeout(resolve, 250));
    await evaluator.data('mutation ($id: ID!) { releaseCase(caseId: $id) { case { id } } }', { id: caseId });
    expect((await changes.next()).caseUpdated).toEqual({ caseId, status: 'OPEN' });
    changes.stop();
    await socket.dispose();

    const other = await signedIn(first.url, 'evaluator2@vigil.example');
    const stranger = socketClient(second.url, { authorization: `Bearer ${other.token}` });
    const errors = await new Promise<any[]>((resolve) => {
      stranger.subscribe({ query: `subscription { caseUpdated(caseId: "${caseId}") { status } }` }, { next: (r: any) => resolve(r.errors ?? []), error: (e) => resolve(e as any[]), complete: () => undefined });
    });
    expect(errors[0]?.extensions?.code).toBe('FORBIDDEN');
    await stranger.dispose();
  });
});
