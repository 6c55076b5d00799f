// Unit and integration tests (Node side, machines, printers); end-to-end tests run in Playwright.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx', 'test/integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    setupFiles: ['test/setup/mockElectron.ts'],
    pool: 'forks',
    // Vitest's default is one worker per core minus one: a single worker on the 2-core CI machines. Most
    // integration files wait on child processes, sockets and disks, so two overlap well (about 25 % faster).
    maxWorkers: 2,
  },
});
