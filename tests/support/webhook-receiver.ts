import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export interface ReceivedWebhook {
  id: string;
  at: number;
  body: { type: string; data: Record<string, any> };
  /** How many signatures the `webhook-signature` header carried. */
  signatures: number;
  /** Which of the receiver's secrets verified it. */
  verifiedWith: string[];
}

export interface WebhookReceiver {
  url: string;
  received: ReceivedWebhook[];
  /** The secrets a delivery is checked against, as an integrator holds them. */
  secrets: string[];
  /** The statuses to answer with next, in order; 200 once they run out. */
  answers: number[];
  close(): Promise<void>;
}

/** A real HTTP endpoint that verifies each delivery with the `standardwebhooks` library, as an integrator's would. */
export function startWebhookReceiver(): Promise<WebhookReceiver> {
  const receiver: Omit<WebhookReceiver, 'url' | 'close'> = { received: [], secrets: [], answers: [] };
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const headers = Object.fromEntries(Object.entries(req.headers).map(([name, value]) => [name, String(value)]));
      const verifiedWith = receiver.secrets.filter((secret) => {
        try {
          new Webhook(secret).verify(body, headers);
          return true;
        } catch {
          return false;
        }
      });
      receiver.received.push({ id: headers['webhook-id']!, at: Date.now(), body: JSON.parse(body), signatures: (headers['webhook-signature'] ?? '').split(' ').length, verifiedWith });
      res.writeHead(receiver.answers.shift() ?? 200).end();
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve(
        Object.assign(receiver, {
          url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
          close: () => new Promise<void>((done) => server.close(() => done())),
        }),
      ),
    ),
  );
}
