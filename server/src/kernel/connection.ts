import { Max, Min } from 'class-validator';
import { ArgsType, type ClassType, Field, Int, ObjectType } from 'type-graphql';
import { maxPageSize } from './pagination.ts';

@ObjectType({ description: 'Where a page sits in its list.' })
export class PageInfo {
  @Field({ description: 'More items follow `endCursor`.' })
  hasNextPage!: boolean;

  @Field({ description: 'Items precede `startCursor`.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item on this page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item; pass it as `after` for the next page.' })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: `How many items, 1 to ${maxPageSize}.` })
  @Min(1)
  @Max(maxPageSize)
  first: number = 20;

  @Field(() => String, { nullable: true, description: 'Return items after this cursor: an edge `cursor` or `endCursor` of this list; anything else is BAD_USER_INPUT on `after`.' })
  after?: string | null;
}

/** A Relay connection type for `node`, named `<name>Connection` with `<name>Edge` edges. */
export function connectionOf<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a list, with its cursor.` })
  class Edge {
    @Field({ description: 'Opaque position of this item; pass as `after` to continue after it.' })
    cursor!: string;

    @Field(() => node, { description: `The ${name}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items.` })
  class Connection {
    @Field(() => [Edge], { description: 'The items on this page, in list order.' })
    edges!: Edge[];

    @Field(() => PageInfo, { description: 'Where this page sits in the list.' })
    pageInfo!: PageInfo;
  }
  return Connection;
}
