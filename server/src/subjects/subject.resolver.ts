import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../kernel/context.ts';
import { SubjectDetails, typedDetails } from './subject-details.ts';
import type { QueryVariant } from './query-family.sql.ts';
import { familyOfSubject, QueryFamily, QueryVariantType } from './query-family.types.ts';
import { Subject } from './subject.entity.ts';

@Resolver(() => Subject)
export class SubjectResolver {
  @FieldResolver(() => SubjectDetails, { description: 'The details of its kind, as last reported.' })
  details(@Root() subject: Subject): typeof SubjectDetails {
    return typedDetails(subject.kind, subject.details);
  }

  @FieldResolver(() => QueryFamily, { nullable: true, description: 'Its query family (search queries and suggestions): the variants of its text.' })
  family(@Root() subject: Subject): QueryFamily | null {
    return familyOfSubject(subject);
  }
}

@Resolver(() => QueryFamily)
export class QueryFamilyResolver {
  @FieldResolver(() => [QueryVariantType], { description: 'Its variants, most searched first (at most 50).' })
  variants(@Root() family: QueryFamily, @Ctx() ctx: Context): Promise<QueryVariant[]> {
    return ctx.loaders.familyVariants.load(family);
  }
}
