import { HeaderMap } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { ErrorCode, RateLimitedError } from '../kernel/errors.ts';

/**
 * Requests per API token per minute, counted in Postgres (rate-limiter-flexible's table
 * `token_rate_limit`, Migration20261204130000TokenRateLimits), so every instance counts against
 * the same limit. One upsert per token request; people signed in with a session are not limited.
 */
export class TokenRateLimit {
  private readonly limiter: RateLimiterPostgres;

  constructor(orm: MikroORM, readonly requestsPerMinute: number) {
    this.limiter = new RateLimiterPostgres({
      storeClient: orm.em.getKnex(),
      storeType: 'knex',
      tableName: 'token_rate_limit',
      tableCreated: true,
      points: requestsPerMinute,
      duration: 60,
      keyPrefix: 'token',
    });
  }

  /** Counts one request of the token; over the limit, the RATE_LIMITED error to answer with (HTTP 429, Retry-After). */
  async consume(tokenId: string): Promise<void> {
    try {
      await this.limiter.consume(tokenId);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      const cause = new RateLimitedError(`This token sent more than ${this.requestsPerMinute} requests this minute; send again in ${retryAfterSeconds} s.`, retryAfterSeconds);
      // Thrown while the context is built, before any plugin runs: the HTTP head travels on the error.
      throw new GraphQLError(cause.message, {
        originalError: cause,
        extensions: { code: ErrorCode.RATE_LIMITED, http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) } },
      });
    }
  }
}
