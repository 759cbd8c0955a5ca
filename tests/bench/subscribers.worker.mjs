// The fan-out benchmark's subscribers, on a thread of their own like the evaluators: their
// sockets' work is the browsers' work, not the server's. Times are absolute (time origin + now),
// so the main thread can compare them with its commit or send time.
import { parentPort, workerData } from 'node:worker_threads';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const { kind, url, token, query, count } = workerData;
const now = () => performance.timeOrigin + performance.now();
let received = [];
const onMessage = () => {
  received.push(now());
  if (received.length === count) {
    parentPort.postMessage({ type: 'received', times: received });
    received = [];
  }
};

const closers = await Promise.all(
  Array.from({ length: count }, async () => {
    if (kind === 'bare') {
      const socket = new WebSocket(url);
      socket.on('message', onMessage);
      await new Promise((resolve) => socket.once('open', resolve));
      return () => socket.close();
    }
    const client = createClient({ url, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, lazy: false });
    // The first answer is the subscription's current state; the rounds measure the ones after.
    await new Promise((resolve, reject) => {
      let subscribed = false;
      client.subscribe({ query }, {
        next: () => (subscribed ? onMessage() : ((subscribed = true), resolve())),
        error: reject,
        complete: () => undefined,
      });
    });
    return () => client.dispose();
  }),
);
parentPort.postMessage({ type: 'ready' });
parentPort.on('message', async (message) => {
  if (message !== 'close') return;
  await Promise.all(closers.map((close) => close()));
  parentPort.close();
});
