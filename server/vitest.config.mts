import swc from 'unplugin-swc';
import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// graphql ships both CJS and ESM; libraries loaded by Node get the CJS copy, so source must too,
// or `instanceof GraphQLScalarType` fails across the two copies.
const graphqlMain = createRequire(import.meta.url).resolve('graphql');
const resolve = { alias: [{ find: /^graphql$/, replacement: graphqlMain }] };

// SWC (not esbuild) so decorator metadata reaches type-graphql and MikroORM.
export default defineConfig({
  resolve,
  plugins: [swc.vite({ module: { type: 'es6' } })],
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
