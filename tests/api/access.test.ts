import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiClient, signedIn } from '../support/api-client.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
let ids: Record<string, string>;
beforeAll(async () => {
  server = await startTestServer();
  const admin = await signedIn(server.url, 'admin@vigil.example');
  const { users } = await admin.data('{ users(first: 100) { edges { node { id email } } } }');
  ids = Object.fromEntries(users.edges.map((edge: any) => [edge.node.email.split('@')[0], edge.node.id]));
});
afterAll(() => server.stop());

const userQuery = 'query ($id: ID!) { user(id: $id) { id email } }';

describe('who may read whom', () => {
  it('lets an evaluator read their own record', async () => {
    const evaluator = await signedIn(server.url, 'evaluator@vigil.example');
    const data = await evaluator.data(userQuery, { id: evaluator.userId });
    expect(data.user.email).toBe('evaluator@vigil.example');
  });

  it('forbids an evaluator reading another user, even a teammate', async () => {
    const evaluator = await signedIn(server.url, 'evaluator@vigil.example');
    const response = await evaluator.request(userQuery, { id: ids.evaluator2 });
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(response.data).toBeNull();
  });

  it('forbids an evaluator listing people', async () => {
    const evaluator = await signedIn(server.url, 'evaluator@vigil.example');
    const response = await evaluator.request('{ users { edges { node { id } } } }');
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lets a manager read their own team but not another team', async () => {
    const manager = await signedIn(server.url, 'manager@vigil.example');
    expect((await manager.data(userQuery, { id: ids.evaluator })).user.email).toBe('evaluator@vigil.example');
    const other = await manager.request(userQuery, { id: ids.evaluator3 });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("lists only the manager's own team, and refuses another team's id", async () => {
    const manager = await signedIn(server.url, 'manager@vigil.example');
    const { users } = await manager.data('{ users(first: 50) { edges { node { email team { name } } } } }');
    const teams = new Set(users.edges.map((edge: any) => edge.node.team?.name));
    expect([...teams]).toEqual(['Search Safety EMEA']);
    const { me } = await manager.data('{ me { team { id } } }');
    const otherManager = await signedIn(server.url, 'manager.accounts@vigil.example');
    const { me: otherMe } = await otherManager.data('{ me { team { id } } }');
    expect(otherMe.team.id).not.toBe(me.team.id);
    const refused = await manager.request('query ($teamId: ID!) { users(filter: { teamId: $teamId }) { edges { node { id } } } }', {
      teamId: otherMe.team.id,
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('shows team members to the team manager only, and null (not an error) to the rest of the team', async () => {
    const query = '{ me { team { name members(first: 50) { edges { node { email } } } } } }';
    const manager = await signedIn(server.url, 'manager@vigil.example');
    const { me } = await manager.data(query);
    expect(me.team.members.edges.map((edge: any) => edge.node.email)).toEqual(
      expect.arrayContaining(['evaluator@vigil.example', 'evaluator2@vigil.example', 'qa@vigil.example']),
    );
    const evaluator = await signedIn(server.url, 'evaluator@vigil.example');
    const refused = await evaluator.request(query);
    expect(refused.errors).toBeUndefined();
    expect(refused.data?.me.team).toEqual({ name: me.team.name, members: null });
  });

  it('answers null for the certifications of a person you may not read, keeping the rest of the answer', async () => {
    const evaluator = new ApiClient(server.url);
    const signIn = await evaluator.request('mutation ($input: SignInInput!) { signIn(input: $input) { user { id email certifications { code } } } }', {
      input: { email: 'evaluator@vigil.example', password: inject('demoPassword') },
    });
    expect(signIn.errors).toBeUndefined();
    expect(signIn.data?.signIn.user).toMatchObject({ email: 'evaluator@vigil.example', certifications: expect.any(Array) });
    const qa = await signedIn(server.url, 'qa@vigil.example');
    const found = await qa.request('query ($filter: UserFilterInput) { users(first: 50, filter: $filter) { edges { node { email certifications { code } } } } }', { filter: { search: 'evaluator3' } });
    expect(found.errors).toBeUndefined();
    expect(found.data?.users.edges).toEqual([{ node: { email: 'evaluator3@vigil.example', certifications: null } }]);
  });

  it('lets an admin read anyone and page through everyone by name', async () => {
    const admin = await signedIn(server.url, 'admin@vigil.example');
    expect((await admin.data(userQuery, { id: ids.evaluator3 })).user.email).toBe('evaluator3@vigil.example');
    const names: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { users }: any = await admin.data('query ($after: String) { users(first: 4, after: $after) { edges { node { displayName } } pageInfo { hasNextPage endCursor } } }', { after });
      names.push(...users.edges.map((edge: any) => edge.node.displayName));
      if (!users.pageInfo.hasNextPage) break;
      after = users.pageInfo.endCursor;
    }
    expect(names).toHaveLength(Object.keys(ids).length);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });

  it('answers NOT_FOUND for an id that matches no one, and BAD_USER_INPUT for a bad cursor or page size', async () => {
    const admin = await signedIn(server.url, 'admin@vigil.example');
    expect((await admin.request(userQuery, { id: 'not-an-id' })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await admin.request(userQuery, { id: '00000000-0000-4000-8000-000000000000' })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const badCursor = await admin.request('{ users(after: "garbage!") { edges { node { id } } } }');
    expect(badCursor.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    const tooMany = await admin.request('{ users(first: 101) { edges { node { id } } } }');
    expect(tooMany.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('lets only admins create people, and refuses a used email with CONFLICT', async () => {
    const mutation = 'mutation ($input: CreateUserInput!) { createUser(input: $input) { user { id email roles } } }';
    const input = { email: 'new.evaluator@vigil.example', displayName: 'New Evaluator', roles: ['EVALUATOR'], password: 'a-long-enough-password' };
    const manager = await signedIn(server.url, 'manager@vigil.example');
    expect((await manager.request(mutation, { input })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const admin = await signedIn(server.url, 'admin@vigil.example');
    expect((await admin.data(mutation, { input })).createUser.user).toMatchObject({ email: 'new.evaluator@vigil.example', roles: ['EVALUATOR'] });
    const again = await admin.request(mutation, { input: { ...input, email: 'NEW.evaluator@vigil.example' } });
    expect(again.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', field: 'email' });
    const shortPassword = await admin.request(mutation, { input: { ...input, email: 'x@vigil.example', password: 'short' } });
    expect(shortPassword.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'password' });
  });
});
