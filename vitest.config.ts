import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['default', './tests/summary-reporter.ts'],
    // sekr speaks Swedish unless English is asked for; the tests read its English (--lang en, a locale of en*),
    // and tests/e2e/svenska.test.ts its Swedish. Every sekr a test starts inherits this.
    env: { LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
  },
});
