import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Scope } from '../kernel/roles.ts';
import { User } from './user.entity.ts';

@ObjectType({ description: "An integrator's credential. The secret is shown once at creation and stored only as a hash." })
@Entity({ tableName: 'api_token' })
export class ApiToken {
  [OptionalProps]?: 'id' | 'scopes' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field({ description: 'What the token is for, e.g. "search-ranking ingest".' })
  @Property({ type: 'text' })
  name!: string;

  @Field({ description: 'The first characters of the secret, to recognise it in logs and configs.' })
  @Property({ type: 'text' })
  prefix!: string;

  /** SHA-256 of the secret (256 random bits, so a slow hash adds nothing). */
  @Property({ type: 'text', unique: true, hidden: true })
  tokenHash!: string;

  @Field(() => [Scope], { description: 'What the token may do.' })
  @Enum({ items: () => Scope, array: true })
  scopes: Scope[] = [];

  @Field(() => User, { description: 'The admin who created the token.' })
  @ManyToOne(() => User)
  createdBy!: User;

  @Field({ description: 'When the token was created.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: 'When the token stops working by itself, if ever.' })
  @Property({ type: 'datetime', nullable: true })
  expiresAt?: Date;

  @Field(() => Date, { nullable: true, description: 'When an admin revoked the token; a revoked token is refused.' })
  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date;

  @Field(() => Date, { nullable: true, description: 'When the token was last used (updated at most once a minute).' })
  @Property({ type: 'datetime', nullable: true })
  lastUsedAt?: Date;

  isUsableAt(now: Date): boolean {
    return !this.revokedAt && (!this.expiresAt || this.expiresAt > now);
  }
}
