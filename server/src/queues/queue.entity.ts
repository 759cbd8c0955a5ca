import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Team } from '../people/team.entity.ts';
import { Domain, Severity } from '../policies/severity.ts';
import { SubjectKind } from '../subjects/subject-kind.ts';

export type SlaTargets = Record<Severity, number>;

export enum VariantPolicy {
  CONFIRM = 'CONFIRM',
  AUTO_APPLY = 'AUTO_APPLY',
}
registerEnumType(VariantPolicy, {
  name: 'VariantPolicy',
  description: 'What a newly reported variant of a query family whose outcome is enforced does in a queue.',
  valuesConfig: {
    CONFIRM: { description: 'Opens a light case naming the family’s decision, for an evaluator to confirm (or decide otherwise).' },
    AUTO_APPLY: { description: 'Takes the family’s decision: no case is opened; the report joins the decided case and the family’s enforcement entry lists the variant.' },
  },
});

@ObjectType({ description: 'A live review queue: what it takes, how fast it must be worked, how it is sampled.' })
@Entity({ tableName: 'queue' })
export class Queue {
  [OptionalProps]?: 'id' | 'createdAt' | 'forAppeals' | 'variantPolicy';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field({ description: 'Display name.' })
  @Property({ type: 'text', unique: true })
  name!: string;

  @Field(() => Domain, { description: 'Search or account.' })
  @Enum({ items: () => Domain })
  domain!: Domain;

  @Field(() => [SubjectKind], { description: 'The subject kinds routed here.' })
  @Enum({ items: () => SubjectKind, array: true })
  subjectKinds!: SubjectKind[];

  @Field(() => [String], { description: 'Locales routed here (BCP 47, e.g. `en-GB`).' })
  @Property({ type: 'text[]' })
  locales!: string[];

  /** Owned by a team: its manager watches the board and its evaluators work it. */
  @ManyToOne(() => Team)
  team!: Team;

  @Field(() => String, { nullable: true, description: 'Certification an evaluator needs to work the queue, if any.' })
  @Property({ type: 'text', nullable: true })
  requiredCertification?: string | null;

  @Field(() => GraphQLJSONObject, { description: 'SLA target per severity in milliseconds, e.g. `{ "S0": 900000, … }`.' })
  @Property({ type: 'json' })
  slaTargetsMs!: SlaTargets;

  @Field(() => Int, { description: 'How long a claim lasts without a heartbeat, in milliseconds.' })
  @Property({ type: 'integer' })
  leaseMs!: number;

  @Field(() => Float, { description: 'Share of primary decisions sampled for a blind second review (0 to 1).' })
  @Property({ type: 'double' })
  doubleReviewRate!: number;

  @Field(() => Float, { description: 'Share of resolved cases sampled for QA (0 to 1).' })
  @Property({ type: 'double' })
  qaSampleRate!: number;

  @Field(() => Float, { description: 'Share of claims that are hidden golden cases (0 to 1).' })
  @Property({ type: 'double' })
  goldenRate!: number;

  /** Where appeals of this queue's outcomes go (appeals/appeal.service.ts makes it on the first appeal). */
  @ManyToOne(() => Queue, { nullable: true })
  appealsQueue?: Queue | null;

  @Field({ description: 'An appeals queue: its cases are appeals of another queue’s outcomes, never handed to anyone who decided the original.' })
  @Property({ type: 'boolean', default: false })
  forAppeals: boolean = false;

  @Field(() => VariantPolicy, { description: 'What a newly reported variant of a query family whose outcome is enforced does here.' })
  @Enum({ items: () => VariantPolicy, default: VariantPolicy.CONFIRM })
  variantPolicy: VariantPolicy = VariantPolicy.CONFIRM;

  @Field({ description: 'When the queue was created.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
