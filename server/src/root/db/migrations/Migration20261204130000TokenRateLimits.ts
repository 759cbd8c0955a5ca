import { Migration } from '@mikro-orm/migrations';

/** The API tokens' request counts (root/rate-limit.ts): rate-limiter-flexible's own table layout, made here rather than by the library at start. */
export class Migration20261204130000TokenRateLimits extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "token_rate_limit" ("key" varchar(255) primary key, "points" integer not null default 0, "expire" bigint);`);
  }
}
