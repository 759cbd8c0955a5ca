import WebSocket from 'ws';

/** A graphql-transport-ws message as received. */
export interface SocketMessage {
  id?: string;
  type: string;
  payload?: any;
}

export interface RawSocket {
  /** Every message received so far, in order. */
  messages: SocketMessage[];
  /** Sends a message object as JSON, or a string (or bytes) exactly as given. */
  send(message: object | string | Buffer): void;
  /** Waits for a received message matching the predicate (including ones already received). */
  waitFor(predicate: (message: SocketMessage) => boolean): Promise<SocketMessage>;
  /** Resolves with the close code and reason once the server closes the socket. */
  closed: Promise<{ code: number; reason: string }>;
  close(): Promise<void>;
}

/**
 * A socket speaking graphql-transport-ws by hand, for what graphql-ws's client will not send
 * (malformed frames, a Complete at an exact moment). With `init`, it sends connection_init with
 * the payload and resolves once acknowledged; without, it resolves once open.
 */
export async function rawSocket(baseUrl: string, init?: Record<string, unknown>, options: { protocol?: string; headers?: Record<string, string> } = {}): Promise<RawSocket> {
  const socket = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/graphql`, options.protocol ?? 'graphql-transport-ws', { headers: options.headers });
  const messages: SocketMessage[] = [];
  const waiters: { predicate: (message: SocketMessage) => boolean; resolve: (message: SocketMessage) => void }[] = [];
  const closed = new Promise<{ code: number; reason: string }>((resolve) => socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  socket.on('message', (data) => {
    let message: SocketMessage;
    try {
      message = JSON.parse(data.toString()) as SocketMessage;
    } catch {
      message = { type: 'unparseable', payload: data.toString() };
    }
    messages.push(message);
    for (const waiter of [...waiters]) {
      if (waiter.predicate(message)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(message);
      }
    }
  });
  socket.on('error', () => undefined);
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  const raw: RawSocket = {
    messages,
    send: (message) => socket.send(typeof message === 'string' || Buffer.isBuffer(message) ? message : JSON.stringify(message)),
    waitFor: (predicate) => {
      const found = messages.find(predicate);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        waiters.push({ predicate, resolve });
        void closed.then(({ code, reason }) => reject(new Error(`socket closed (${code} ${reason}) before the message came; got ${JSON.stringify(messages)}`)));
      });
    },
    closed,
    close: async () => {
      if (socket.readyState === WebSocket.OPEN || socket.readyState === WebSocket.CONNECTING) socket.close();
      await closed;
    },
  };
  if (init) {
    raw.send({ type: 'connection_init', payload: init });
    await raw.waitFor((message) => message.type === 'connection_ack');
  }
  return raw;
}

/** Sends one operation on a raw socket and waits for its first answer (next or error). */
export async function firstAnswer(socket: RawSocket, id: string, payload: Record<string, unknown>): Promise<SocketMessage> {
  socket.send({ id, type: 'subscribe', payload });
  return socket.waitFor((message) => message.id === id && (message.type === 'next' || message.type === 'error'));
}
