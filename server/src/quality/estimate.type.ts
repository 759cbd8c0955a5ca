import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { type Estimate, EstimateMethod } from './estimate.ts';

registerEnumType(EstimateMethod, {
  name: 'EstimateMethod',
  description: 'How an estimate’s 95 % interval was computed.',
  valuesConfig: {
    WILSON: { description: 'Wilson score interval for a proportion.' },
    BOOTSTRAP_PERCENTILE: { description: 'Percentile bootstrap over items (1,000 resamples of cases, fixed seed).' },
    ORDER_STATISTIC: { description: 'Distribution-free interval for a median from order statistics.' },
  },
});

@ObjectType('Estimate', {
  description:
    'A measured figure with its sample size and 95 % interval. Below `minimumSample` the value and interval are null and `tooFewToTell` is true: the figure is withheld, not zero.',
})
export class EstimateType implements Estimate {
  @Field(() => Float, { nullable: true, description: 'The point estimate; null when there are too few to tell or it is undefined.' })
  value!: number | null;

  @Field(() => Float, { nullable: true, description: 'Lower end of the 95 % interval.' })
  low!: number | null;

  @Field(() => Float, { nullable: true, description: 'Upper end of the 95 % interval.' })
  high!: number | null;

  @Field(() => Int, { description: 'Items measured: a proportion’s denominator, items rated for κ, values for a median.' })
  n!: number;

  @Field(() => Int, { nullable: true, description: 'A proportion’s numerator; null for κ and medians.' })
  count!: number | null;

  @Field(() => EstimateMethod, { description: 'How the interval was computed.' })
  method!: EstimateMethod;

  @Field(() => Int, { description: 'The smallest sample this kind of figure is shown for.' })
  minimumSample!: number;

  @Field({ description: 'n is below the minimum sample: say "too few to tell" rather than a number.' })
  tooFewToTell!: boolean;
}
