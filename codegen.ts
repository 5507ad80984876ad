import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the SPA, and for the partner client package, from the committed schema. Components declare their fragments next
 * to themselves (client preset, fragment masking). `pnpm codegen:check` fails when the output is stale.
 */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  ignoreNoDocuments: true,
  generates: {
    'client/src/gql/': {
      documents: ['client/src/**/*.{ts,tsx}', '!client/src/gql/**/*'],
      preset: 'client',
      presetConfig: { fragmentMasking: { unmaskFunctionName: 'getFragmentData' } },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Credits: 'string', DateTime: 'string' },
        skipTypename: false,
      },
    },
    // The partner package (@hero/partner-client): documents as plain strings, so it needs no GraphQL library.
    'client/partner/src/gql/': {
      documents: ['client/partner/src/**/*.ts', '!client/partner/src/gql/**/*'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Credits: 'string', DateTime: 'string' },
        skipTypename: true,
      },
    },
  },
  hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default config;
