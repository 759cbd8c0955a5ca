import { inject } from 'vitest';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; field?: string; [detail: string]: unknown } }[];
  headers: Headers;
}

/** A GraphQL-over-HTTP client that keeps a session cookie like a browser, or sends a Bearer token. */
export class ApiClient {
  cookie: string | null = null;

  constructor(
    readonly baseUrl: string,
    public bearer: string | null = null,
  ) {}

  async request<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.bearer) headers.authorization = `Bearer ${this.bearer}`;
    const response = await fetch(`${this.baseUrl}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      const [pair] = setCookie.split(';');
      this.cookie = pair?.endsWith('=') ? null : (pair ?? null);
    }
    const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status' | 'headers'>;
    return { ...body, status: response.status, headers: response.headers };
  }

  /** Like `request`, but fails the test on any GraphQL error. */
  async data<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const response = await this.request<T>(query, variables);
    if (response.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
    return response.data as T;
  }

  async signIn(email: string, password = inject('demoPassword')): Promise<{ id: string; token: string }> {
    const data = await this.data<{ signIn: { token: string; user: { id: string } } }>(
      'mutation ($input: SignInInput!) { signIn(input: $input) { token user { id } } }',
      { input: { email, password } },
    );
    return { id: data.signIn.user.id, token: data.signIn.token };
  }
}

/** Signs in as a demo user and returns the client (cookie session) with the user's id. */
export async function signedIn(baseUrl: string, email: string): Promise<ApiClient & { userId: string; token: string }> {
  const client = new ApiClient(baseUrl);
  const { id, token } = await client.signIn(email);
  return Object.assign(client, { userId: id, token });
}

/** A graphql-ws client on the server's /graphql socket. */
export function socketClient(baseUrl: string, connectionParams?: Record<string, unknown>, headers?: Record<string, string>): Client {
  class WebSocketWithHeaders extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  return createClient({
    url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocketWithHeaders,
    connectionParams,
    retryAttempts: 0,
    lazy: true,
  });
}

/** Collects what a subscription delivers, for assertions. */
export function collect<T>(client: Client, query: string): { values: T[]; errors: unknown[]; ready: Promise<void>; next(): Promise<T>; stop(): void } {
  const values: T[] = [];
  const errors: unknown[] = [];
  const waiters: ((value: T) => void)[] = [];
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const unsubscribe = client.subscribe<T>(
    { query },
    {
      next: ({ data }) => {
        const value = data as T;
        const waiter = waiters.shift();
        if (waiter) waiter(value);
        else values.push(value);
      },
      error: (error) => errors.push(error),
      complete: () => undefined,
    },
  );
  client.on('connected', () => markReady());
  return {
    values,
    errors,
    ready,
    next: () => (values.length ? Promise.resolve(values.shift() as T) : new Promise<T>((resolve) => waiters.push(resolve))),
    stop: unsubscribe,
  };
}
