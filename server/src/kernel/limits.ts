import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { type DocumentNode, GraphQLError, type GraphQLSchema, Kind, type ValidationContext } from 'graphql';
import { type ComplexityEstimator, fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { AppError, ErrorCode } from './errors.ts';

/**
 * Per-request limits so one request cannot exhaust the server. Depth leaves room for the deepest
 * screen (a connection inside a connection is depth 6); complexity counts every field once per
 * row it can return, so a page of 100 users is ~1,000 and 100 teams × 100 members is refused.
 */
export const queryLimits = { maxDepth: 10, maxComplexity: 10_000, maxAliases: 15, maxDirectives: 20, maxTokens: 2000 };

/**
 * The cost of a connection field: its selection once per row of the page it asks for. Costs may
 * read Int arguments only: the computed cost is remembered per document and Int variables.
 */
export const pageComplexity: ComplexityEstimator = ({ args, childComplexity }) => 1 + Number(args.first ?? 20) * childComplexity;

function tooComplex(message: string): GraphQLError {
  return new GraphQLError(message, { originalError: new AppError(ErrorCode.QUERY_TOO_COMPLEX, message), extensions: { http: { status: 400 } } });
}

/**
 * armor reports "Syntax Error: …", which Apollo files under GRAPHQL_VALIDATION_FAILED; carry an
 * AppError as the original so `formatError` answers QUERY_TOO_COMPLEX and clients can tell.
 */
function reject(ctx: ValidationContext | null, error: GraphQLError): void {
  const reported = tooComplex(error.message.replace(/^Syntax Error: /, ''));
  if (ctx) ctx.reportError(reported);
  else throw reported;
}

/** Depth, alias and directive limits as validation rules, for HTTP and WebSocket alike. */
export function queryShapeProtection() {
  const common = { propagateOnRejection: false, onReject: [reject] };
  return new ApolloArmor({
    // Fragments do not nest data: only fields count towards the depth, so clients can share fragments freely.
    maxDepth: { n: queryLimits.maxDepth, ignoreIntrospection: true, flattenFragments: true, ...common },
    // armor leaves `__typename` aliases out of the count by default, so `{ a1: __typename … }`
    // was unlimited: every aliased field counts.
    maxAliases: { n: queryLimits.maxAliases, allowList: [], ...common },
    maxDirectives: { n: queryLimits.maxDirectives, ...common },
    // armor prices queries without their variables (a `$first` counts as 1): complexity below
    // is computed with them instead.
    costLimit: { enabled: false },
    // armor's token limit is an Envelop parse hook Apollo never calls; Apollo's own
    // `parseOptions.maxTokens` does the job.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: process.env.NODE_ENV !== 'development' },
  }).protect();
}

/**
 * Computed costs by document (Apollo reuses one parsed document per query text) and by the
 * operation's Int variables, the only ones a cost may depend on: computing it
 * walked the whole document on every request, about 5% of a claim's time (npm run bench).
 */
const knownComplexity = new WeakMap<DocumentNode, Map<string, number>>();
const maxRememberedPerDocument = 100;

function complexityKey(document: DocumentNode, variables: Record<string, unknown>, operationName: string | undefined): string {
  const ints: unknown[] = [operationName ?? null];
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      const type = variable.type.kind === Kind.NON_NULL_TYPE ? variable.type.type : variable.type;
      if (type.kind === Kind.NAMED_TYPE && type.name.value === 'Int') ints.push(variables[variable.variable.name.value] ?? null);
    }
  }
  return JSON.stringify(ints);
}

/** Refuses an operation whose complexity, computed with its variables, exceeds the limit. */
export function assertWithinComplexity(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
): void {
  const known = knownComplexity.get(document) ?? new Map<string, number>();
  knownComplexity.set(document, known);
  const key = complexityKey(document, variables ?? {}, operationName);
  let complexity = known.get(key);
  if (complexity === undefined) {
    try {
      complexity = getComplexity({
        schema,
        query: document,
        variables: variables ?? {},
        operationName,
        estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
      });
    } catch {
      // Variables that do not coerce: execution reports them with a proper BAD_USER_INPUT.
      return;
    }
    if (known.size >= maxRememberedPerDocument) known.clear();
    known.set(key, complexity);
  }
  if (complexity > queryLimits.maxComplexity) {
    throw tooComplex(`Query complexity ${complexity} exceeds the limit of ${queryLimits.maxComplexity}; ask for smaller pages.`);
  }
}

export function complexityPlugin<T extends object>(schema: GraphQLSchema): ApolloServerPlugin<T> {
  return {
    requestDidStart: async () => ({
      didResolveOperation: async ({ request, document }) => {
        assertWithinComplexity(schema, document, request.variables, request.operationName ?? undefined);
      },
    }),
  };
}
