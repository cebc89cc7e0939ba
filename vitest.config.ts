import { defineConfig } from 'vitest/config';

// One id per run, so that a site built for one test project is not built again for another.
process.env.TEST_RUN ??= String(Date.now());

/**
 * Four tiers of tests (README, "Tests"):
 * - unit: pure functions on small inputs, in seconds;
 * - site: the generic checks of a built site, on every site of TEST_SITES (all by default);
 * - project: what is true of this project's own content, on its build;
 * - builds: builds and a dev server of copies of the project with changed content.
 */
export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          globalSetup: ['tests/support/build-sites.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'project',
          include: ['tests/project/**/*.test.ts'],
          globalSetup: ['tests/support/build-sites.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'builds',
          include: ['tests/builds/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
