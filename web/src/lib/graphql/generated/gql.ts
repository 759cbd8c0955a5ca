/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query ApiTokens {\n  apiTokens(first: 100) {\n    edges {\n      node {\n        id\n        name\n        prefix\n        scopes\n        createdAt\n        expiresAt\n        lastUsedAt\n        revokedAt\n        createdBy {\n          id\n          displayName\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n    }\n  }\n}\n\nmutation CreateApiToken($input: CreateApiTokenInput!) {\n  createApiToken(input: $input) {\n    secret\n    token {\n      id\n      name\n    }\n  }\n}\n\nmutation RevokeApiToken($id: ID!) {\n  revokeApiToken(id: $id) {\n    token {\n      id\n      revokedAt\n    }\n  }\n}": typeof types.ApiTokensDocument,
    "query AuditEvents($after: String, $filter: AuditEventFilterInput) {\n  auditEvents(first: 50, after: $after, filter: $filter) {\n    edges {\n      node {\n        id\n        at\n        actorType\n        actorName\n        action\n        entityType\n        entityId\n        before\n        after\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}\n\nquery AuditEvent($id: ID!) {\n  auditEvent(id: $id) {\n    id\n    at\n    actorType\n    actorName\n    action\n    entityType\n    entityId\n    before\n    after\n  }\n}\n\nsubscription AuditEventAppended {\n  auditEventAppended {\n    auditEventId\n    action\n    entityType\n  }\n}": typeof types.AuditEventsDocument,
    "mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n  updateMyProfile(input: $input) {\n    user {\n      id\n      displayName\n      updatedAt\n    }\n  }\n}\n\nmutation ChangeMyPassword($input: ChangeMyPasswordInput!) {\n  changeMyPassword(input: $input) {\n    user {\n      id\n    }\n  }\n}": typeof types.UpdateMyProfileDocument,
    "query Me {\n  me {\n    id\n    displayName\n    email\n    roles\n    team {\n      id\n      name\n    }\n  }\n}\n\nmutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    expiresAt\n    user {\n      id\n    }\n  }\n}\n\nmutation SignOut {\n  signOut {\n    signedOut\n  }\n}": typeof types.MeDocument,
    "query TeamMembers($teamId: ID!) {\n  team(id: $teamId) {\n    id\n    name\n    site {\n      id\n      name\n    }\n    members(first: 100) {\n      edges {\n        node {\n          id\n          displayName\n          email\n          roles\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n}": typeof types.TeamMembersDocument,
};
const documents: Documents = {
    "query ApiTokens {\n  apiTokens(first: 100) {\n    edges {\n      node {\n        id\n        name\n        prefix\n        scopes\n        createdAt\n        expiresAt\n        lastUsedAt\n        revokedAt\n        createdBy {\n          id\n          displayName\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n    }\n  }\n}\n\nmutation CreateApiToken($input: CreateApiTokenInput!) {\n  createApiToken(input: $input) {\n    secret\n    token {\n      id\n      name\n    }\n  }\n}\n\nmutation RevokeApiToken($id: ID!) {\n  revokeApiToken(id: $id) {\n    token {\n      id\n      revokedAt\n    }\n  }\n}": types.ApiTokensDocument,
    "query AuditEvents($after: String, $filter: AuditEventFilterInput) {\n  auditEvents(first: 50, after: $after, filter: $filter) {\n    edges {\n      node {\n        id\n        at\n        actorType\n        actorName\n        action\n        entityType\n        entityId\n        before\n        after\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}\n\nquery AuditEvent($id: ID!) {\n  auditEvent(id: $id) {\n    id\n    at\n    actorType\n    actorName\n    action\n    entityType\n    entityId\n    before\n    after\n  }\n}\n\nsubscription AuditEventAppended {\n  auditEventAppended {\n    auditEventId\n    action\n    entityType\n  }\n}": types.AuditEventsDocument,
    "mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n  updateMyProfile(input: $input) {\n    user {\n      id\n      displayName\n      updatedAt\n    }\n  }\n}\n\nmutation ChangeMyPassword($input: ChangeMyPasswordInput!) {\n  changeMyPassword(input: $input) {\n    user {\n      id\n    }\n  }\n}": types.UpdateMyProfileDocument,
    "query Me {\n  me {\n    id\n    displayName\n    email\n    roles\n    team {\n      id\n      name\n    }\n  }\n}\n\nmutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    expiresAt\n    user {\n      id\n    }\n  }\n}\n\nmutation SignOut {\n  signOut {\n    signedOut\n  }\n}": types.MeDocument,
    "query TeamMembers($teamId: ID!) {\n  team(id: $teamId) {\n    id\n    name\n    site {\n      id\n      name\n    }\n    members(first: 100) {\n      edges {\n        node {\n          id\n          displayName\n          email\n          roles\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n}": types.TeamMembersDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiTokens {\n  apiTokens(first: 100) {\n    edges {\n      node {\n        id\n        name\n        prefix\n        scopes\n        createdAt\n        expiresAt\n        lastUsedAt\n        revokedAt\n        createdBy {\n          id\n          displayName\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n    }\n  }\n}\n\nmutation CreateApiToken($input: CreateApiTokenInput!) {\n  createApiToken(input: $input) {\n    secret\n    token {\n      id\n      name\n    }\n  }\n}\n\nmutation RevokeApiToken($id: ID!) {\n  revokeApiToken(id: $id) {\n    token {\n      id\n      revokedAt\n    }\n  }\n}"): (typeof documents)["query ApiTokens {\n  apiTokens(first: 100) {\n    edges {\n      node {\n        id\n        name\n        prefix\n        scopes\n        createdAt\n        expiresAt\n        lastUsedAt\n        revokedAt\n        createdBy {\n          id\n          displayName\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n    }\n  }\n}\n\nmutation CreateApiToken($input: CreateApiTokenInput!) {\n  createApiToken(input: $input) {\n    secret\n    token {\n      id\n      name\n    }\n  }\n}\n\nmutation RevokeApiToken($id: ID!) {\n  revokeApiToken(id: $id) {\n    token {\n      id\n      revokedAt\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditEvents($after: String, $filter: AuditEventFilterInput) {\n  auditEvents(first: 50, after: $after, filter: $filter) {\n    edges {\n      node {\n        id\n        at\n        actorType\n        actorName\n        action\n        entityType\n        entityId\n        before\n        after\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}\n\nquery AuditEvent($id: ID!) {\n  auditEvent(id: $id) {\n    id\n    at\n    actorType\n    actorName\n    action\n    entityType\n    entityId\n    before\n    after\n  }\n}\n\nsubscription AuditEventAppended {\n  auditEventAppended {\n    auditEventId\n    action\n    entityType\n  }\n}"): (typeof documents)["query AuditEvents($after: String, $filter: AuditEventFilterInput) {\n  auditEvents(first: 50, after: $after, filter: $filter) {\n    edges {\n      node {\n        id\n        at\n        actorType\n        actorName\n        action\n        entityType\n        entityId\n        before\n        after\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}\n\nquery AuditEvent($id: ID!) {\n  auditEvent(id: $id) {\n    id\n    at\n    actorType\n    actorName\n    action\n    entityType\n    entityId\n    before\n    after\n  }\n}\n\nsubscription AuditEventAppended {\n  auditEventAppended {\n    auditEventId\n    action\n    entityType\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n  updateMyProfile(input: $input) {\n    user {\n      id\n      displayName\n      updatedAt\n    }\n  }\n}\n\nmutation ChangeMyPassword($input: ChangeMyPasswordInput!) {\n  changeMyPassword(input: $input) {\n    user {\n      id\n    }\n  }\n}"): (typeof documents)["mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n  updateMyProfile(input: $input) {\n    user {\n      id\n      displayName\n      updatedAt\n    }\n  }\n}\n\nmutation ChangeMyPassword($input: ChangeMyPasswordInput!) {\n  changeMyPassword(input: $input) {\n    user {\n      id\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me {\n  me {\n    id\n    displayName\n    email\n    roles\n    team {\n      id\n      name\n    }\n  }\n}\n\nmutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    expiresAt\n    user {\n      id\n    }\n  }\n}\n\nmutation SignOut {\n  signOut {\n    signedOut\n  }\n}"): (typeof documents)["query Me {\n  me {\n    id\n    displayName\n    email\n    roles\n    team {\n      id\n      name\n    }\n  }\n}\n\nmutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    expiresAt\n    user {\n      id\n    }\n  }\n}\n\nmutation SignOut {\n  signOut {\n    signedOut\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamMembers($teamId: ID!) {\n  team(id: $teamId) {\n    id\n    name\n    site {\n      id\n      name\n    }\n    members(first: 100) {\n      edges {\n        node {\n          id\n          displayName\n          email\n          roles\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n}"): (typeof documents)["query TeamMembers($teamId: ID!) {\n  team(id: $teamId) {\n    id\n    name\n    site {\n      id\n      name\n    }\n    members(first: 100) {\n      edges {\n        node {\n          id\n          displayName\n          email\n          roles\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;