import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  getNamedType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLScalarType,
  type GraphQLSchema,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  type OperationDefinitionNode,
  TypeInfo,
  type ValueNode,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { BadUserInputError } from './errors.ts';

/**
 * Text the database cannot store, or stores as garbage: PostgreSQL refuses U+0000 in `text` and
 * `jsonb` (the statement fails, and with it the whole transaction), and a lone UTF-16 surrogate
 * is not a character at all (it becomes U+FFFD on the way to UTF-8, so what is read back is not
 * what was sent). Both are refused at the edge, before any resolver runs.
 */
export function isStorableText(value: string): boolean {
  // String.prototype.isWellFormed (ES2024, in Node 20+) is not in the project's TypeScript lib yet.
  return (value as string & { isWellFormed(): boolean }).isWellFormed() && !value.includes('\u0000');
}

/** The dotted path (from `prefix`) of the first string in a plain value that is not storable text, or null. */
export function unstorableTextIn(value: unknown, prefix = ''): string | null {
  if (typeof value === 'string') return isStorableText(value) ? null : prefix;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = unstorableTextIn(item, prefix);
      if (found !== null) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = unstorableTextIn(item, prefix ? `${prefix}.${key}` : key);
      if (found !== null) return found;
    }
  }
  return null;
}

/** The refusal for a field holding text that is not storable; the same wording at the edge and per batch item. */
export function unstorableTextError(field: string): BadUserInputError {
  return new BadUserInputError(`${field} contains a NUL character (U+0000) or a lone UTF-16 surrogate; send well-formed text.`, field);
}

/**
 * Marks an input field whose items are checked one by one by the service that takes them (a
 * batch that reports each item's failure in its payload, like `ingestCases`): the edge does not
 * refuse the whole request for one item's text. Put it on the list field, with `@Extensions`.
 */
export const checkedPerItem = { textCheckedPerItem: true } as const;

/** One argument of one field selected by an operation: what it is called, its type, what was sent. */
interface ArgumentSite {
  argument: GraphQLArgument;
  value: ValueNode;
}

const sitesByDocument = new WeakMap<DocumentNode, Map<string, ArgumentSite[]>>();

/**
 * Refuses an operation any of whose String or ID arguments or input fields (sent inline or in a
 * variable) holds a NUL or a lone surrogate: BAD_USER_INPUT, `extensions.field` the input field
 * (its path inside an `input` object, e.g. `subject.searchQuery.text`, or the argument's name).
 * Runs on every operation over HTTP and WebSocket, once, after validation and before execution,
 * so no resolver needs to remember it. The argument sites are found once per parsed document.
 */
export function assertStorableText(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | null | undefined,
  operationName: string | null | undefined,
): void {
  const byOperation = sitesByDocument.get(document) ?? new Map<string, ArgumentSite[]>();
  sitesByDocument.set(document, byOperation);
  let sites = byOperation.get(operationName ?? '');
  if (!sites) {
    sites = argumentSites(schema, document, operationName);
    byOperation.set(operationName ?? '', sites);
  }
  for (const { argument, value } of sites) {
    const field = checkValue(argument.type, value, variables ?? {}, '');
    if (field !== null) {
      throw unstorableTextError(isInputObjectType(getNamedType(argument.type)) ? field : argument.name);
    }
  }
}

function argumentSites(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined): ArgumentSite[] {
  const operations = document.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((candidate) => candidate.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
  if (!operation) return [];
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  // The operation and the fragments it spreads (each once: validation has refused cycles, and a
  // fragment spread twice has the same arguments both times).
  const sites: ArgumentSite[] = [];
  const typeInfo = new TypeInfo(schema);
  const visited = new Set<string>();
  const collect = (node: OperationDefinitionNode | FragmentDefinitionNode) => {
    const spread: string[] = [];
    visit(
      node,
      visitWithTypeInfo(typeInfo, {
        Field(field: FieldNode) {
          const definition: GraphQLField<unknown, unknown> | null | undefined = typeInfo.getFieldDef();
          if (!definition) return;
          for (const argumentNode of field.arguments ?? []) {
            const argument = definition.args.find((candidate) => candidate.name === argumentNode.name.value);
            if (argument) sites.push({ argument, value: argumentNode.value });
          }
        },
        FragmentSpread(node) {
          spread.push(node.name.value);
        },
      }),
    );
    for (const name of spread) {
      const fragment = fragments.get(name);
      if (!fragment || visited.has(name)) continue;
      visited.add(name);
      collect(fragment);
    }
  };
  collect(operation);
  return sites;
}

const textScalars = new Set(['String', 'ID']);

/** The path (relative to the argument) of unstorable text in a value sent for `type`, or null. */
function checkValue(type: GraphQLInputType, value: ValueNode, variables: Record<string, unknown>, path: string): string | null {
  if (value.kind === Kind.VARIABLE) return checkRaw(type, variables[value.name.value], path);
  if (isNonNullType(type)) return checkValue(type.ofType, value, variables, path);
  if (isListType(type)) {
    const items = value.kind === Kind.LIST ? value.values : [value];
    for (const item of items) {
      const found = checkValue(type.ofType, item, variables, path);
      if (found !== null) return found;
    }
    return null;
  }
  if (isInputObjectType(type)) {
    if (value.kind !== Kind.OBJECT) return null;
    const fields = type.getFields();
    for (const fieldNode of value.fields) {
      const field = fields[fieldNode.name.value];
      if (!field || field.extensions?.textCheckedPerItem) continue;
      const found = checkValue(field.type, fieldNode.value, variables, join(path, field.name));
      if (found !== null) return found;
    }
    return null;
  }
  if (type instanceof GraphQLScalarType && textScalars.has(type.name) && value.kind === Kind.STRING) {
    return isStorableText(value.value) ? null : path;
  }
  return null;
}

function checkRaw(type: GraphQLInputType, value: unknown, path: string): string | null {
  if (value === null || value === undefined) return null;
  if (type instanceof GraphQLNonNull) return checkRaw(type.ofType as GraphQLInputType, value, path);
  if (type instanceof GraphQLList) {
    for (const item of Array.isArray(value) ? value : [value]) {
      const found = checkRaw(type.ofType as GraphQLInputType, item, path);
      if (found !== null) return found;
    }
    return null;
  }
  if (isInputObjectType(type)) {
    if (typeof value !== 'object' || Array.isArray(value)) return null;
    const fields = type.getFields();
    for (const [name, item] of Object.entries(value)) {
      const field = fields[name];
      if (!field || field.extensions?.textCheckedPerItem) continue;
      const found = checkRaw(field.type, item, join(path, name));
      if (found !== null) return found;
    }
    return null;
  }
  if (type instanceof GraphQLScalarType && textScalars.has(type.name) && typeof value === 'string') {
    return isStorableText(value) ? null : path;
  }
  return null;
}

function join(path: string, name: string): string {
  return path ? `${path}.${name}` : name;
}
