import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ApolloServer, type BaseContext, HeaderMap } from '@apollo/server';

const maxBodyBytes = 2 * 1024 * 1024;

/**
 * Serves Apollo straight from Node's http server. Through express (router, body parser and the
 * express integration) a claim or decide request spent about a fifth of its Node CPU before
 * and after Apollo (npm run bench); this does the same few steps itself: read the JSON body,
 * hand the request to Apollo, write its answer.
 */
export function graphqlHttpHandler<T extends BaseContext>(apollo: ApolloServer<T>, context: (req: IncomingMessage, res: ServerResponse) => Promise<T>) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown;
    try {
      body = await jsonBody(req, headers.get('content-type'));
    } catch (error) {
      // The rest of a body too large is left unread, so this connection cannot carry another request.
      const tooLarge = error instanceof BodyTooLarge;
      res.writeHead(tooLarge ? 413 : 400, { 'content-type': 'text/plain', ...(tooLarge ? { connection: 'close' } : {}) }).end((error as Error).message);
      return;
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method?.toUpperCase() ?? 'GET', headers, search: new URL(req.url ?? '/', 'http://localhost').search, body },
      context: () => context(req, res),
    });
    for (const [name, value] of response.headers) res.setHeader(name, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
}

class BodyTooLarge extends Error {}

/** The parsed JSON body, or undefined when the request does not say it sends JSON (Apollo then refuses it). */
async function jsonBody(req: IncomingMessage, contentType: string | undefined): Promise<unknown> {
  if (!contentType?.toLowerCase().includes('application/json')) return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes) throw new BodyTooLarge(`The request body is larger than ${maxBodyBytes} bytes.`);
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    throw new Error('The request body is not valid JSON.');
  }
}
