import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the web app. Each screen's operations live as `.graphql` files next to
 * its components (`web/src/lib/<area>/`); screens import the generated `XxxDocument` exports.
 * The output is committed, so it must be byte-for-byte reproducible: no timestamps, and the
 * client preset walks documents in sorted order.
 */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['web/src/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'web/src/lib/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', JSONObject: 'Record<string, unknown>' },
      },
    },
  },
};

export default config;
