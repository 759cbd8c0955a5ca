import { type ApolloServerPlugin, type BaseContext, HeaderMap } from '@apollo/server';
import { type DocumentNode, type FragmentDefinitionNode, getOperationAST, GraphQLError, type GraphQLSchema, Kind, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { isOnlyStakeholder, mayCallRootField } from '../kernel/access.ts';
import type { Context } from '../kernel/context.ts';
import { AppError, ErrorCode, retryAfterSeconds, ServiceUnavailableError } from '../kernel/errors.ts';
import { isDatabaseUnavailable } from '../kernel/unavailable.ts';
import { assertStorableText } from '../kernel/text-input.ts';
import type { Viewer } from '../kernel/viewer.ts';

/**
 * The rules every operation passes before it runs, whatever carries it (HTTP or WebSocket),
 * once, after validation: what the caller sends is checked here, not in each resolver.
 *
 * - A subscription needs a socket: over HTTP it is refused with BAD_REQUEST (HTTP 400), saying
 *   where to go, instead of failing inside Apollo.
 * - Introspection (`__schema`, `__type`) is for signed-in people and API tokens outside
 *   development: an anonymous caller learns nothing but what the login page needs
 *   (`schema/schema.graphql` is published for integrators anyway).
 * - Text that PostgreSQL cannot store (NUL, lone surrogates) is BAD_USER_INPUT naming the field
 *   (see kernel/text-input.ts).
 * - Stakeholders call only the root fields `stakeholderRootFields` names (kernel/access.ts):
 *   FORBIDDEN (HTTP 403) for the whole operation otherwise, before any resolver runs.
 *
 * And the HTTP head of an outage: SERVICE_UNAVAILABLE answers go out as 503 with `Retry-After`
 * (below); which errors are outages is the kernel's `unavailable.ts`.
 */
export interface EdgeRequest {
  schema: GraphQLSchema;
  document: DocumentNode;
  variables: Record<string, unknown> | null | undefined;
  operationName: string | null | undefined;
  transport: 'http' | 'ws';
  viewer: Viewer;
}

const development = process.env.NODE_ENV === 'development';

export function assertAtEdge(request: EdgeRequest): void {
  const operation = getOperationAST(request.document, request.operationName);
  if (!operation) return; // Apollo and graphql-ws report the missing operation themselves.
  if (request.transport === 'http' && operation.operation === 'subscription') {
    throw refusal(ErrorCode.BAD_REQUEST, 'Subscriptions are served over the WebSocket at /graphql (graphql-ws protocol), not over HTTP.', 400);
  }
  if (!development && !request.viewer.isAuthenticated && introspects(request.document, operation)) {
    throw refusal(ErrorCode.UNAUTHENTICATED, 'Sign in, or send an API token, to introspect the schema; it is also published as schema/schema.graphql.', 401);
  }
  // Only a stakeholder's operations are walked: everyone else's root fields are theirs to call.
  const refused = isOnlyStakeholder(request.viewer) ? rootFieldNames(request.document, operation).find((field) => !mayCallRootField(request.viewer, field)) : undefined;
  if (refused) throw refusal(ErrorCode.FORBIDDEN, `Stakeholders read published reports and their inbox; \`${refused}\` is not for them.`, 403);
  try {
    assertStorableText(request.schema, request.document, request.variables, request.operationName);
  } catch (error) {
    if (error instanceof AppError) throw refusal(error, '', 400);
    throw error;
  }
}

/** A GraphQLError Apollo answers with `status` and `formatError` shows with the AppError's code. */
function refusal(codeOrError: ErrorCode | AppError, message: string, status: number): GraphQLError {
  const original = codeOrError instanceof AppError ? codeOrError : new AppError(codeOrError, message);
  return new GraphQLError(original.message, { originalError: original, extensions: { http: { status } } });
}

/** The document's fragments by name. */
function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return fragments;
}

/** The root fields an operation selects, through fragments; `__typename` and introspection aside. */
function rootFieldNames(document: DocumentNode, operation: OperationDefinitionNode): string[] {
  const names: string[] = [];
  const fragments = fragmentsOf(document);
  const seen = new Set<string>();
  const collect = (selectionSet: SelectionSetNode | undefined) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (!selection.name.value.startsWith('__')) names.push(selection.name.value);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        collect(selection.selectionSet);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        collect(fragments.get(selection.name.value)?.selectionSet);
      }
    }
  };
  collect(operation.selectionSet);
  return names;
}

const introspectingOperations = new WeakMap<OperationDefinitionNode, boolean>();

/** Whether the operation selects `__schema` or `__type` anywhere, fragments included. */
function introspects(document: DocumentNode, operation: OperationDefinitionNode): boolean {
  const known = introspectingOperations.get(operation);
  if (known !== undefined) return known;
  const fragments = fragmentsOf(document);
  const seen = new Set<string>();
  const walk = (selectionSet: SelectionSetNode | undefined): boolean => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === '__schema' || selection.name.value === '__type') return true;
        if (walk(selection.selectionSet)) return true;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (walk(selection.selectionSet)) return true;
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        if (walk(fragments.get(selection.name.value)?.selectionSet)) return true;
      }
    }
    return false;
  };
  const found = walk(operation.selectionSet);
  introspectingOperations.set(operation, found);
  return found;
}

/** The edge rules for Apollo (HTTP): after the operation is resolved, before it executes. */
export function edgePlugin(schema: GraphQLSchema): ApolloServerPlugin<Context> {
  return {
    requestDidStart: async () => ({
      didResolveOperation: async ({ request, document, contextValue }) => {
        assertAtEdge({
          schema,
          document,
          variables: request.variables,
          operationName: request.operationName,
          transport: 'http',
          viewer: contextValue.viewer,
        });
      },
    }),
  };
}

/** The HTTP head of a SERVICE_UNAVAILABLE answer. */
function unavailableHead(): { status: number; headers: HeaderMap } {
  return { status: 503, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) };
}

/**
 * For failures before Apollo runs the operation (building the context), which Apollo answers
 * without calling any plugin: the GraphQL error it turns into, with the HTTP head on it, or the
 * error itself when it is not an outage.
 */
export function unavailableOr(error: unknown): unknown {
  if (!isDatabaseUnavailable(error)) return error;
  const cause = new ServiceUnavailableError();
  return new GraphQLError(cause.message, { originalError: cause, extensions: { code: cause.code, http: unavailableHead() } });
}

/**
 * Gives an answer holding a SERVICE_UNAVAILABLE error the status 503 and `Retry-After`. The errors
 * come from resolvers, where nothing sets an HTTP head; by this hook they are formatted, so the
 * code `formatError` chose is all it needs to look at.
 */
export function serviceUnavailablePlugin<T extends BaseContext>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : response.body.initialResult.errors;
          if (!errors?.some((error) => error.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE)) return;
          const head = unavailableHead();
          response.http.status = head.status;
          for (const [name, value] of head.headers) response.http.headers.set(name, value);
        },
      };
    },
  };
}
