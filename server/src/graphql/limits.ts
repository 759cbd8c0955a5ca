import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext } from 'graphql';
import { AppError, ErrorCode } from './errors.ts';

/**
 * Per-request limits so one request cannot exhaust the server. The numbers leave room for the
 * deepest screen we have (a connection inside a connection is depth 6) and stop abuse early.
 */
export const queryLimits = { maxDepth: 10, maxCost: 5000, maxAliases: 15, maxDirectives: 20, maxTokens: 2000 };

/**
 * armor reports "Syntax Error: …", which Apollo files under GRAPHQL_VALIDATION_FAILED; carry an
 * AppError as the original so `formatError` answers QUERY_TOO_COMPLEX and clients can tell.
 */
function reject(ctx: ValidationContext | null, error: GraphQLError): void {
  const message = error.message.replace(/^Syntax Error: /, '');
  const reported = new GraphQLError(message, { originalError: new AppError(ErrorCode.QUERY_TOO_COMPLEX, message) });
  if (ctx) ctx.reportError(reported);
  else throw reported;
}

export function queryLimitProtection() {
  const common = { propagateOnRejection: false, onReject: [reject] };
  const armor = new ApolloArmor({
    maxDepth: { n: queryLimits.maxDepth, ignoreIntrospection: true, ...common },
    costLimit: { maxCost: queryLimits.maxCost, ...common },
    maxAliases: { n: queryLimits.maxAliases, ...common },
    maxDirectives: { n: queryLimits.maxDirectives, ...common },
    // armor's token limit is an Envelop parse hook that Apollo never calls; Apollo's own
    // `parseOptions.maxTokens` (see app.ts) does the job instead.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: process.env.NODE_ENV !== 'development' },
  });
  return armor.protect();
}
