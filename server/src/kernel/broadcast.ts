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

/**
 * graphql-ws's `subscribe`: graphql-js's, except that broadcast payloads are executed once per
 * operation, and that nothing is delivered once the subscription is closed. graphql-ws closes it
 * (calls `return`) on the client's Complete but keeps awaiting the `next` already in flight, so
 * an event that arrived (or a first value still being computed) just before the Complete was
 * sent after it, which the protocol forbids: a closed subscription answers done instead.
 */
export async function subscribeSharingBroadcasts(args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const stream = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in stream)) return stream;
  const events = stream[Symbol.asyncIterator]();
  let closed = false;
  const done = { done: true, value: undefined } as const;
  const results: AsyncIterableIterator<ExecutionResult> = {
    async next() {
      if (closed) return done;
      const event = await events.next();
      if (event.done || closed) return done;
      const value = await executeFor(args, event.value);
      return closed ? done : { done: false, value };
    },
    async return() {
      closed = true;
      await events.return?.();
      return done;
    },
    async throw(error: unknown) {
      closed = true;
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
