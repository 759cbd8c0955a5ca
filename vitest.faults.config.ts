import { configDefaults, defineConfig } from 'vitest/config';
import base from './vitest.config.ts';

/** `npm run test:faults`: the fault tests alone, with the same setup as `npm test`. */
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['tests/faults/**/*.test.ts'],
    exclude: configDefaults.exclude,
  },
});
