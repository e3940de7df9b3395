import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e-firefox/**/*.e2e.test.ts'],
    // Starting Firefox on a fresh profile takes 5–35 s on a busy two-core machine.
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
