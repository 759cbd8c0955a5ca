import { createRequire } from 'node:module';
import swc from 'unplugin-swc';
import { configDefaults, defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  // type-graphql and MikroORM read decorator metadata, which esbuild/oxc do not emit; swc does.
  plugins: [
    swc.vite({
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
        target: 'es2022',
      },
    }),
  ],
  resolve: {
    // One graphql module for our code, type-graphql and Apollo, or graphql-js refuses schema
    // objects "from another module or realm".
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['tests/**/*.test.ts'],
    // The fault test kills processes and crashes a Postgres for a minute: it runs alone afterwards
    // (`npm run test:faults`, the last step of `npm test`), not beside the other files.
    exclude: [...configDefaults.exclude, 'tests/faults/**'],
    globalSetup: ['tests/support/global-setup.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    // expect.poll waits for a condition; its 1 s default fails a browser step (an argon2 sign-in,
    // a live update) on a busy 2-core machine, not because the condition never came.
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 120_000,
    reporters: process.env.CI ? ['default'] : ['default'],
  },
});
