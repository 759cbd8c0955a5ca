import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { MikroORM } from '@mikro-orm/postgresql';
import express, { type RequestHandler } from 'express';
import { type DocumentNode, getOperationAST, getVariableValues, GraphQLError, type GraphQLFormattedError, parse, specifiedRules, validate } from 'graphql';
import type { Context as WsContext } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { ormConfig } from './db/orm-config.ts';
import { type Jobs, startJobs } from './jobs.ts';
import type { Context } from '../kernel/context.ts';
import { createLoaders } from './loaders.ts';
import { credentialFrom, sessionCookie } from './credentials.ts';
import { subscribeSharingBroadcasts } from '../kernel/broadcast.ts';
import { assertAtEdge, edgePlugin, serviceUnavailablePlugin, unavailableOr } from './edge.ts';
import { AppError, BadUserInputError, ErrorCode, formatError } from '../kernel/errors.ts';
import { assertAllowed, mayReadDecisionFeed, mayReadProject, mayReadProjectResults } from '../kernel/access.ts';
import { projectFacts } from '../projects/project.entity.ts';
import { labelsCsv, labelsCsvFileName } from '../projects/project.csv.ts';
import { ProjectService } from '../projects/project.service.ts';
import { EnforcementService } from '../enforcement/enforcement.service.ts';
import { writeStatementsCsv } from '../enforcement/statement-of-reasons.csv.ts';
import { graphqlHttpHandler } from './http-handler.ts';
import { assertWithinComplexity, complexityPlugin, queryLimits, queryShapeProtection } from '../kernel/limits.ts';
import { PostgresPubSub } from '../kernel/pubsub.ts';
import { buildVigilSchema } from './schema.ts';
import { ReportService } from '../reports/report.service.ts';
import { csvFileName, reportCsv } from '../reports/report.csv.ts';
import { PdfUnavailableError, pdfFileName, ReportPdfRenderer } from '../reports/report.pdf.ts';
import { defaultChromiumPath, defaultTokenRequestsPerMinute } from './config.ts';
import { TokenRateLimit } from './rate-limit.ts';
import { QueueCountsFeed } from '../queues/queue-counts.feed.ts';
import { AuthService } from '../people/auth.service.ts';
import { SessionCache } from '../people/session-cache.ts';
import { Viewer } from '../kernel/viewer.ts';

export interface AppOptions {
  databaseUrl: string;
  port: number;
  host?: string;
  /** Serve the built web app at `/` (when it has been built). */
  serveWeb?: boolean;
  log?: (message: string) => void;
  /** Run a worker pool of the job queue from the start (jobs.ts: SLA checks, reminders, report drafts …); on unless told. Off, `startJobs` starts it later. */
  jobs?: boolean;
  /** The first webhook retry's delay; 30 s unless told (tests shorten it). */
  webhookRetryBaseMs?: number;
  /** Requests an API token may send per minute (rate-limit.ts); config.ts's default unless told. */
  tokenRequestsPerMinute?: number;
  /** The Chromium that prints reports to PDF; /usr/bin/chromium by default (see config.ts). */
  chromiumPath?: string;
}

export interface RunningApp {
  url: string;
  port: number;
  orm: MikroORM;
  pubSub: PostgresPubSub;
  /** Starts this instance's job worker pool, if it is not running yet. */
  startJobs(): Promise<void>;
  stop(): Promise<void>;
}

const webHandlerPath = fileURLToPath(new URL('../../../web/build/handler.js', import.meta.url));

/** One process, one port: GraphQL over HTTP and WebSocket at /graphql, the web app at /. */
export async function startApp(options: AppOptions): Promise<RunningApp> {
  const log = options.log ?? ((message: string) => console.log(message));
  const logError = (error: unknown) => log(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  const orm = await MikroORM.init(ormConfig(options.databaseUrl));
  const pubSub = new PostgresPubSub(options.databaseUrl, log);
  await pubSub.start();
  pubSub.attachTo(orm);
  const sessions = new SessionCache();
  void sessions.follow(pubSub);
  const queueCounts = new QueueCountsFeed(orm, pubSub, 100, log);
  const schema = await buildVigilSchema(pubSub);
  let jobs: Jobs | null = null;
  const startJobsOnce = async () => {
    jobs ??= await startJobs({ orm, databaseUrl: options.databaseUrl, pubSub, log, webhookRetryBaseMs: options.webhookRetryBaseMs });
  };
  if (options.jobs !== false) await startJobsOnce();

  const tokenRateLimit = new TokenRateLimit(orm, options.tokenRequestsPerMinute ?? defaultTokenRequestsPerMinute);

  /**
   * Builds the per-request context; a bad Bearer token is refused, a stale cookie is ignored, and
   * a token's request is counted against its limit (`counted`: not a WebSocket's connection_init,
   * whose operations count one by one).
   */
  async function contextFor(headers: IncomingHttpHeaders, cookie?: Context['cookie'], counted = true): Promise<Context> {
    const em = orm.em.fork();
    const { credential, source } = credentialFrom(headers);
    let viewer = Viewer.anonymous();
    try {
      viewer = await new AuthService(em, sessions).viewerFor(credential);
    } catch (error) {
      // The session lives in the database: while it is down, the client retries (503), not a 500.
      if (!(error instanceof AppError)) throw unavailableOr(error);
      if (source === 'bearer') {
        throw new GraphQLError(error.message, { extensions: { code: error.code, http: { status: 401 } } });
      }
      cookie?.clear();
    }
    if (counted && viewer.token) await tokenRateLimit.consume(viewer.token.id).catch((error: unknown) => Promise.reject(unavailableOr(error)));
    return { em, viewer, credential: viewer.isAuthenticated ? credential : undefined, cookie, pubSub, queueCounts, loaders: createLoaders(em) };
  }

  const app = express();
  app.disable('x-powered-by');
  /** Where this process can reach itself (the PDF renderer opens its printable pages there); set once listening. */
  let ownOrigin = '';
  // GraphQL over HTTP goes straight to Apollo (see http-handler.ts); express serves the rest.
  let graphql: ((req: IncomingMessage, res: ServerResponse) => Promise<void>) | null = null;
  const httpServer = createServer((req, res) => {
    if (!graphql || req.url?.split('?')[0] !== '/graphql') return void app(req, res);
    graphql(req, res).catch((error: unknown) => {
      logError(error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('Internal server error');
    });
  });
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const production = process.env.NODE_ENV !== 'development';
  const armor = queryShapeProtection();
  const format = (formatted: GraphQLFormattedError, error: unknown) => formatError(formatted, error, logError);

  // Parsed and validated once per query text, like Apollo's document store: a board opened on
  // many screens subscribes with the same text each time.
  const validatedDocuments = new Map<string, DocumentNode>();
  const wsCleanup = useServer<{ authorization?: string }>(
    {
      schema,
      // The socket authenticates once, in connection_init, with a token or the upgrade's cookie.
      onConnect: async (ctx) => {
        try {
          const context = await contextFor(socketHeaders(ctx), undefined, false);
          if (context.viewer.isAuthenticated) return true;
          ctx.extra.socket.close(4401, 'Unauthorized: sign in, or send { authorization: "Bearer <token>" } in connection_init');
        } catch (error) {
          // 1013 "Try Again Later": graphql-ws clients retry it (4401 would be final).
          if (error instanceof GraphQLError && error.extensions.code === ErrorCode.SERVICE_UNAVAILABLE) {
            ctx.extra.socket.close(1013, 'Service unavailable: retry shortly');
            return false;
          }
          const known = error instanceof AppError || error instanceof GraphQLError;
          ctx.extra.socket.close(4401, `Unauthorized: ${known ? error.message : 'invalid credentials'}`);
        }
        return false;
      },
      // The same limits, rules and error codes as over HTTP: Apollo's plugins, parse options and
      // error coding do not see sockets. graphql-js's own errors carry no code, so each is coded
      // here as Apollo codes it (a parse error, a validation error, a variable that does not
      // coerce); an uncoded one would otherwise be masked as INTERNAL_SERVER_ERROR.
      onSubscribe: async (ctx, _id, payload) => {
        let document = validatedDocuments.get(payload.query);
        if (!document) {
          try {
            document = parse(payload.query, { maxTokens: queryLimits.maxTokens });
          } catch (error) {
            return [codedAs(ErrorCode.GRAPHQL_PARSE_FAILED, error instanceof GraphQLError ? error : new GraphQLError('Could not parse the document.'))];
          }
          const errors = validate(schema, document, [...specifiedRules, ...armor.validationRules]);
          if (errors.length > 0) return errors.map(asValidationError);
          if (validatedDocuments.size >= 1000) validatedDocuments.clear();
          validatedDocuments.set(payload.query, document);
        }
        const operation = getOperationAST(document, payload.operationName);
        if (!operation) {
          const message = payload.operationName ? `Unknown operation named "${payload.operationName}".` : 'Name the operation to run: the document has several.';
          return [codedAs(ErrorCode.OPERATION_RESOLUTION_FAILURE, new GraphQLError(message))];
        }
        // The context is built here rather than in graphql-ws's `context` hook, whose failures close
        // the whole socket (4500): an outage is answered on this operation alone, with its code.
        let contextValue: Context;
        try {
          contextValue = await contextFor(socketHeaders(ctx));
        } catch (error) {
          const failure = unavailableOr(error);
          if (failure instanceof GraphQLError) return [failure];
          throw failure;
        }
        try {
          assertWithinComplexity(schema, document, payload.variables ?? undefined, payload.operationName ?? undefined);
          assertAtEdge({ schema, document, variables: payload.variables, operationName: payload.operationName, transport: 'ws', viewer: contextValue.viewer });
        } catch (error) {
          return [error as GraphQLError];
        }
        const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], payload.variables ?? {}, { maxErrors: 10 });
        if (coerced.errors) return coerced.errors.map((error) => codedAs(ErrorCode.BAD_USER_INPUT, error));
        return { schema, document, variableValues: payload.variables, operationName: payload.operationName, contextValue };
      },
      // One execution per queue board event per instance, not one per socket (see broadcast.ts).
      subscribe: subscribeSharingBroadcasts,
      onNext: (_ctx, _id, _payload, _args, result) => {
        if (!result.errors) return result;
        return { ...result, errors: result.errors.map((error) => format(error instanceof GraphQLError ? error.toJSON() : error, error)) };
      },
      onError: (_ctx, _id, _payload, errors) => errors.map((error) => format(error.toJSON(), error)) as never,
    },
    wsServer,
  );

  const apollo = new ApolloServer<Context>({
    schema,
    formatError: format,
    includeStacktraceInErrorResponses: !production,
    csrfPrevention: true,
    // main.ts owns shutdown (server, then database); Apollo's own signal handlers would race it.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: queryLimits.maxTokens },
    plugins: [
      // armor is typed against Apollo's CommonJS build; the plugins are the same objects.
      ...(armor.plugins as ApolloServerPlugin<Context>[]),
      complexityPlugin<Context>(schema),
      serviceUnavailablePlugin<Context>(),
      edgePlugin(schema),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Apollo's default landing page loads from a CDN; Vigil must work with no network at all.
      ApolloServerPluginLandingPageDisabled(),
      // Cache hints are for HTTP caches in front of public APIs; Vigil's answers are per person,
      // and the plugin hooks every field resolution.
      ApolloServerPluginCacheControlDisabled(),
      { serverWillStart: async () => ({ drainServer: async () => wsCleanup.dispose() }) },
    ],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  /** A download's (or upload's) failure as its status (400 for a bad parameter, 401 for a bad or missing credential, 429 over a token's limit, 403/404 as the `report` field, 409 for a state that refuses it, 503 without Chromium), in text or as JSON `{ error: { code, message } }`; once the body has begun, the connection is cut so the client sees it incomplete. */
  const downloadFailed = (res: express.Response, json = false) => (error: unknown) => {
    const head = error instanceof GraphQLError ? (error.extensions.http as { status?: number; headers?: Map<string, string> } | undefined) : undefined;
    const status =
      error instanceof GraphQLError
        ? (head?.status ?? 401)
        : error instanceof AppError
          ? ({ [ErrorCode.BAD_USER_INPUT]: 400, [ErrorCode.UNAUTHENTICATED]: 401, [ErrorCode.FORBIDDEN]: 403, [ErrorCode.NOT_FOUND]: 404, [ErrorCode.CONFLICT]: 409, [ErrorCode.SERVICE_UNAVAILABLE]: 503 } as Record<string, number>)[error.code]
          : undefined;
    if (!status) logError(error);
    if (res.headersSent) return void res.destroy();
    for (const [name, value] of head?.headers ?? []) res.setHeader(name, value);
    const message = status ? (error as Error).message : 'Internal server error';
    if (!json) return void res.status(status ?? 500).type('text/plain').send(message);
    const code = error instanceof GraphQLError ? error.extensions.code : error instanceof AppError && status ? error.code : ErrorCode.INTERNAL_SERVER_ERROR;
    res.status(status ?? 500).json({ error: { code, message } });
  };
  // A report as CSV, authorized exactly as the `report` field (session cookie or Bearer token).
  app.get(/^\/reports\/([0-9a-fA-F-]{36})\.csv$/, (req, res) => {
    void (async () => {
      const context = await contextFor(req.headers, sessionCookie((value) => res.appendHeader('Set-Cookie', value), 'encrypted' in req.socket));
      const report = await new ReportService(context.em).find(context.viewer, (req.params as unknown as string[])[0]!);
      res.setHeader('content-type', 'text/csv; charset=utf-8');
      res.setHeader('content-disposition', `attachment; filename="${csvFileName(report)}"`);
      res.setHeader('cache-control', 'private, no-store');
      res.send(reportCsv(report));
    })().catch(downloadFailed(res));
  });
  // The statements of reasons of a period as CSV (DECISIONS_READ tokens and admins, as the `statementsOfReasons` field).
  app.get('/statements-of-reasons.csv', (req, res) => {
    void (async () => {
      const context = await contextFor(req.headers, sessionCookie((value) => res.appendHeader('Set-Cookie', value), 'encrypted' in req.socket));
      assertAllowed(context.viewer, mayReadDecisionFeed(context.viewer), 'Statements of reasons are for DECISIONS_READ tokens and admins.');
      const day = (name: 'from' | 'to') => {
        const value = typeof req.query[name] === 'string' ? new Date(req.query[name]) : new Date(Number.NaN);
        if (Number.isNaN(value.getTime())) throw new BadUserInputError(`Give ${name} as an ISO 8601 time.`, name);
        return value;
      };
      const [from, to] = [day('from'), day('to')];
      const service = new EnforcementService(context.em);
      await service.statements(from, to, null, 1);
      res.setHeader('content-type', 'text/csv; charset=utf-8');
      res.setHeader('content-disposition', `attachment; filename="statements-of-reasons-${from.toISOString().slice(0, 10)}-${to.toISOString().slice(0, 10)}.csv"`);
      res.setHeader('cache-control', 'private, no-store');
      await writeStatementsCsv(service, from, to, (chunk) => res.write(chunk));
      res.end();
    })().catch(downloadFailed(res));
  });
  // A project's population as CSV, for its requester (session or PROJECTS_WRITE token) and the team's managers, as `addPopulationItems`.
  // Only `text/csv` is taken: a cross-site form cannot send it without a CORS preflight, so a session cookie alone cannot be ridden.
  app.post(/^\/projects\/([0-9a-fA-F-]{36})\/population\.csv$/, (req, res) => {
    void (async () => {
      if (req.headers['content-type']?.split(';')[0]?.trim().toLowerCase() !== 'text/csv') throw new BadUserInputError('Send the population as content-type text/csv.', 'content-type');
      const context = await contextFor(req.headers, sessionCookie((value) => res.appendHeader('Set-Cookie', value), 'encrypted' in req.socket));
      const service = new ProjectService(context.em);
      const project = await service.find((req.params as unknown as string[])[0]!);
      assertAllowed(context.viewer, mayReadProject(context.viewer, projectFacts(project)), 'A population is uploaded by the project’s requester and the evaluating team’s managers.');
      const loaded = await service.loadCsv(context.viewer.actor, project.id, req);
      res.json({ added: loaded.added, alreadyPresent: loaded.alreadyPresent, populationItems: loaded.project.populationItems });
    })().catch(downloadFailed(res, true));
  });
  // A project's sampled items and labels as CSV, read as its `results` are.
  app.get(/^\/projects\/([0-9a-fA-F-]{36})\/labels\.csv$/, (req, res) => {
    void (async () => {
      const context = await contextFor(req.headers, sessionCookie((value) => res.appendHeader('Set-Cookie', value), 'encrypted' in req.socket));
      const service = new ProjectService(context.em);
      const project = await service.find((req.params as unknown as string[])[0]!);
      assertAllowed(context.viewer, mayReadProjectResults(context.viewer, projectFacts(project)), 'The labels are the team managers’ while labelling and the requester’s once published.');
      res.setHeader('content-type', 'text/csv; charset=utf-8');
      res.setHeader('content-disposition', `attachment; filename="${labelsCsvFileName(project)}"`);
      res.setHeader('cache-control', 'private, no-store');
      res.send(labelsCsv(project, await service.labelledItems(project)));
    })().catch(downloadFailed(res));
  });
  // A report as PDF, authorized as the CSV; the printable page is rendered with the requester's own credential.
  const pdfRenderer = new ReportPdfRenderer(options.chromiumPath ?? defaultChromiumPath, () => ownOrigin);
  const printablePages = options.serveWeb !== false && existsSync(webHandlerPath);
  app.get(/^\/reports\/([0-9a-fA-F-]{36})\.pdf$/, (req, res) => {
    void (async () => {
      const context = await contextFor(req.headers, sessionCookie((value) => res.appendHeader('Set-Cookie', value), 'encrypted' in req.socket));
      const report = await new ReportService(context.em).find(context.viewer, (req.params as unknown as string[])[0]!);
      if (!printablePages) throw new PdfUnavailableError('PDF rendering is not available: this server does not serve the web app, whose printable page the PDF prints.');
      const pdf = await pdfRenderer.render(report.id, context.credential!);
      res.setHeader('content-type', 'application/pdf');
      res.setHeader('content-disposition', `attachment; filename="${pdfFileName(report)}"`);
      res.setHeader('cache-control', 'private, no-store');
      res.send(pdf);
    })().catch(downloadFailed(res, true));
  });
  graphql = graphqlHttpHandler(apollo, (req, res) =>
    contextFor(req.headers, sessionCookie((value) => res.appendHeader('Set-Cookie', value), 'encrypted' in req.socket)),
  );
  if (options.serveWeb !== false) app.use(await webHandler(log));

  await new Promise<void>((resolve) => httpServer.listen(options.port, options.host ?? '0.0.0.0', resolve));
  const port = (httpServer.address() as AddressInfo).port;
  const listenHost = options.host ?? '0.0.0.0';
  ownOrigin = `http://${listenHost === '0.0.0.0' || listenHost === '::' ? '127.0.0.1' : listenHost.includes(':') ? `[${listenHost}]` : listenHost}:${port}`;
  let stopping: Promise<void> | null = null;
  return {
    url: `http://localhost:${port}`,
    port,
    orm,
    pubSub,
    startJobs: startJobsOnce,
    stop: () =>
      (stopping ??= (async () => {
        await apollo.stop();
        await pdfRenderer.close();
        await jobs?.stop();
        queueCounts.stop();
        await pubSub.stop();
        await orm.close();
      })()),
  };
}

/** Codes a graphql-js validation error the way Apollo does over HTTP; limit errors keep theirs. */
function asValidationError(error: GraphQLError): GraphQLError {
  if (error.originalError) return error;
  return codedAs(ErrorCode.GRAPHQL_VALIDATION_FAILED, error);
}

/** graphql-js's error with the code Apollo gives the same failure over HTTP. */
function codedAs(code: ErrorCode, error: GraphQLError): GraphQLError {
  return new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, extensions: { code } });
}

/** The upgrade request's headers, with a token from connection_init taking the Bearer's place. */
function socketHeaders(ctx: WsContext<{ authorization?: string }, { request: IncomingMessage }>): IncomingHttpHeaders {
  const headers = { ...ctx.extra.request.headers };
  if (typeof ctx.connectionParams?.authorization === 'string') headers.authorization = ctx.connectionParams.authorization;
  return headers;
}

async function webHandler(log: (message: string) => void): Promise<RequestHandler> {
  if (!existsSync(webHandlerPath)) {
    log('web app not built: run `npm run build` to serve it at /');
    return (_req, res) => {
      res.status(503).type('text').send('The web app is not built. Run `npm run build`, then restart.');
    };
  }
  const { handler } = (await import(webHandlerPath)) as { handler: RequestHandler };
  return handler;
}
