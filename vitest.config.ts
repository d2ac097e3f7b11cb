import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (pure code, schemas, the content check, fixtures; seconds) and `build`
 * (real Astro builds of fixture sites and the real site; minutes). `npm run test:unit` and
 * `npm run test:build` run one each.
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'] } },
    ],
  },
});
