import { createSourceEventStream, type DocumentNode, execute, type ExecutionArgs, type ExecutionResult } from 'graphql';

/**
 * Subscription payloads that read the same to everyone allowed to subscribe: nothing in their
 * selection depends on who asks. Each instance executes a broadcast payload once per distinct
 * operation and hands the one result to all of its subscribers, instead of once per subscriber
 * (a queue board event to 1,000 sockets: npm run bench).
 */
const broadcasts = new WeakSet<object>();
const resultsByPayload = new WeakMap<object, Map<string, Promise<ExecutionResult>>>();
const documentIds = new WeakMap<DocumentNode, number>();
let nextDocumentId = 0;

/** Marks a payload as the same for every subscriber; only for types whose fields never read the context. */
export function broadcast<T extends object>(payload: T): T {
  broadcasts.add(payload);
  return payload;
}

/** graphql-ws's `subscribe`: graphql-js's, except that broadcast payloads are executed once per operation. */
export async function subscribeSharingBroadcasts(args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const stream = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in stream)) return stream;
  const events = stream[Symbol.asyncIterator]();
  const results: AsyncIterableIterator<ExecutionResult> = {
    async next() {
      const event = await events.next();
      return event.done ? { done: true, value: undefined } : { done: false, value: await executeFor(args, event.value) };
    },
    async return() {
      await events.return?.();
      return { done: true, value: undefined };
    },
    async throw(error: unknown) {
      await events.return?.();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return results;
    },
  };
  return results;
}

function executeFor(args: ExecutionArgs, payload: unknown): Promise<ExecutionResult> {
  const run = async () => execute({ ...args, rootValue: payload });
  if (typeof payload !== 'object' || payload === null || !broadcasts.has(payload)) return run();
  const results = resultsByPayload.get(payload) ?? new Map<string, Promise<ExecutionResult>>();
  resultsByPayload.set(payload, results);
  const key = `${documentId(args.document)}|${args.operationName ?? ''}|${JSON.stringify(args.variableValues ?? {})}`;
  let result = results.get(key);
  if (!result) {
    result = run();
    results.set(key, result);
  }
  return result;
}

function documentId(document: DocumentNode): number {
  let id = documentIds.get(document);
  if (id === undefined) {
    id = nextDocumentId++;
    documentIds.set(document, id);
  }
  return id;
}
