import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    setupFiles: ['fake-indexeddb/auto', 'tests/unit/setup-i18n.ts'],
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    // Parsing all the saved forum pages takes seconds on a busy two-core machine.
    testTimeout: 30_000,
  },
});
