import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (pure code, schemas, the content check, fixtures; seconds) and `build`
 * (real Astro builds of fixture sites and the real site; minutes). `npm run test:unit` and
 * `npm run test:build` run one each.
 */
export default defineConfig({
  test: {
    projects: [
      // Some unit tests start a Node process (the content check, the copy check); on a loaded
      // 2-core machine that alone can pass Vitest's default 5 s, so the limit is sized for it.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 60_000 } },
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'] } },
    ],
  },
});
