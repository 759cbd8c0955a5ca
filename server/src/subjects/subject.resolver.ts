import { FieldResolver, Resolver, Root } from 'type-graphql';
import { SubjectDetails, typedDetails } from './subject-details.ts';
import { Subject } from './subject.entity.ts';

@Resolver(() => Subject)
export class SubjectResolver {
  @FieldResolver(() => SubjectDetails, { description: 'The details of its kind, as last reported.' })
  details(@Root() subject: Subject): typeof SubjectDetails {
    return typedDetails(subject.kind, subject.details);
  }
}
