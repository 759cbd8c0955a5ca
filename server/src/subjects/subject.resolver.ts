import { Ctx, Field, FieldResolver, Float, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../kernel/context.ts';
import { SubjectDetails, typedDetails } from './subject-details.ts';
import { QueryFamily } from './query-family.entity.ts';
import type { QueryVariant } from './query-family.sql.ts';
import { Subject } from './subject.entity.ts';

@Resolver(() => Subject)
export class SubjectResolver {
  @FieldResolver(() => SubjectDetails, { description: 'The details of its kind, as last reported.' })
  details(@Root() subject: Subject): typeof SubjectDetails {
    return typedDetails(subject.kind, subject.details);
  }

  @FieldResolver(() => QueryFamily, { nullable: true, description: 'Its query family (search queries and suggestions): the variants of its text.' })
  family(@Root() subject: Subject, @Ctx() ctx: Context): Promise<QueryFamily | null> | null {
    return subject.family ? ctx.loaders.queryFamily.load(subject.family.id) : null;
  }
}

@ObjectType('QueryVariant', { description: 'One text of a query family, as reported.' })
export class QueryVariantType implements QueryVariant {
  @Field({ description: 'The query (or suggestion) as it was typed.' })
  text!: string;

  @Field({ description: 'Its subject key.' })
  subjectKey!: string;

  @Field(() => Float, { nullable: true, description: 'Searches per day, as last reported (search queries).' })
  dailyVolume!: number | null;

  @Field({ description: 'When it was first reported.' })
  firstReportedAt!: Date;
}

@Resolver(() => QueryFamily)
export class QueryFamilyResolver {
  @FieldResolver(() => [QueryVariantType], { description: 'Its variants, most searched first (at most 50).' })
  variants(@Root() family: QueryFamily, @Ctx() ctx: Context): Promise<QueryVariant[]> {
    return ctx.loaders.familyVariants.load(family.id);
  }
}
