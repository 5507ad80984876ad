import swc from 'unplugin-swc';
import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// graphql ships both CJS and ESM; libraries loaded by Node get the CJS copy, so source must too,
// or `instanceof GraphQLScalarType` fails across the two copies.
const graphqlMain = createRequire(import.meta.url).resolve('graphql');
const resolve = { alias: [{ find: /^graphql$/, replacement: graphqlMain }] };

// SWC (not esbuild) so the server's decorators keep their metadata when tests start it in-process.
const plugins = [swc.vite({ module: { type: 'es6' } })];

export default defineConfig({
  resolve,
  plugins,
  test: {
    projects: [
      {
        resolve,
        plugins,
        test: {
          name: 'integration',
          include: ['integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Each file gets its own server and scratch database; two at a time fits a 2-core machine.
          maxWorkers: 2,
        },
      },
      {
        resolve,
        plugins,
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
