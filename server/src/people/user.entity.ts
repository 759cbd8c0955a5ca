import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Role } from '../kernel/roles.ts';
import { Team } from './team.entity.ts';

@ObjectType({ description: 'A person who signs in to Vigil.' })
@Entity({ tableName: 'app_user' })
export class User {
  [OptionalProps]?: 'id' | 'roles' | 'active' | 'createdAt' | 'updatedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field({ description: 'Sign-in address, stored lower-case.' })
  @Property({ type: 'text', unique: true })
  email!: string;

  @Field({ description: 'Name shown to colleagues.' })
  @Property({ type: 'text' })
  displayName!: string;

  @Field(() => [Role], { description: 'What the person does; decides what they may see and do.' })
  @Enum({ items: () => Role, array: true })
  roles: Role[] = [];

  /** Exposed through UserResolver.team, batched, so any path that returns a User can show it. */
  @ManyToOne(() => Team, { nullable: true })
  @Index()
  team?: Team;

  /** argon2id hash; never exposed. */
  @Property({ type: 'text', hidden: true, lazy: true })
  passwordHash!: string;

  @Field({ description: 'False once an admin deactivates the account; a deactivated person cannot sign in.' })
  @Property({ type: 'boolean', default: true })
  active: boolean = true;

  @Field({ description: 'When the account was created.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field({ description: 'When the account last changed.' })
  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  hasRole(...roles: Role[]): boolean {
    return roles.some((role) => this.roles.includes(role));
  }
}
