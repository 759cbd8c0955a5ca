import { GraphQLObjectType, GraphQLSchema, GraphQLString, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { subscribeSharingBroadcasts } from '../../server/src/kernel/broadcast.ts';

/** A subscription whose next event is released by hand, to close it at an exact moment. */
function gatedSchema() {
  let release: (value: string) => void = () => undefined;
  const gate = new Promise<string>((resolve) => (release = resolve));
  async function* events() {
    yield { tick: await gate };
  }
  const query = new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLString } } });
  const subscription = new GraphQLObjectType({ name: 'Subscription', fields: { tick: { type: GraphQLString, subscribe: () => events() } } });
  return { schema: new GraphQLSchema({ query, subscription }), release };
}

describe('a subscription closed by the client', () => {
  it('delivers nothing that was still in flight when it was closed', async () => {
    const { schema, release } = gatedSchema();
    const results = await subscribeSharingBroadcasts({ schema, document: parse('subscription { tick }') });
    if (!(Symbol.asyncIterator in results)) throw new Error('expected a stream');
    // graphql-ws is awaiting this next() when the client's Complete arrives and it calls return().
    const inFlight = results.next();
    const closing = results.return!();
    release('late');
    expect(await inFlight).toEqual({ done: true, value: undefined });
    await closing;
    expect(await results.next()).toEqual({ done: true, value: undefined });
  });

  it('delivers events while open', async () => {
    const { schema, release } = gatedSchema();
    const results = await subscribeSharingBroadcasts({ schema, document: parse('subscription { tick }') });
    if (!(Symbol.asyncIterator in results)) throw new Error('expected a stream');
    release('on time');
    expect(await results.next()).toEqual({ done: false, value: { data: { tick: 'on time' } } });
  });
});
