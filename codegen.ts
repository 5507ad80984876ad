import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the SPA from the committed schema. Components declare their fragments next
 * to themselves (client preset, fragment masking). `pnpm codegen:check` fails when the output is stale.
 */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['client/src/**/*.{ts,tsx}', '!client/src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    'client/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: { unmaskFunctionName: 'getFragmentData' } },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Credits: 'string', DateTime: 'string' },
        skipTypename: false,
      },
    },
  },
  hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default config;
