import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './src/build/chromium.ts';

/**
 * Browser tests run against the production build in dist/ (run `npm run build` first;
 * `npm test` does). Chromium is Debian's (/usr/bin/chromium), installed by .ci/run.
 *
 * Two projects: `static` serves dist/ from Node and runs every spec; `nginx` serves it with
 * Debian's nginx, deploy/nginx.conf and its CSP (tests/e2e/fixtures.ts), failing on any console
 * error, and runs only the specs whose outcome depends on the server: pages and redirects,
 * search (WebAssembly and workers under the CSP), the phone layout (its inline scripts under the CSP), offline (service worker and cache headers),
 * the handouts, the quiz, checklist and 我的学习 scripts (files under the CSP), the tools (their
 * scripts and the calendar's Blob download under the CSP), and Lighthouse (headers, CSP and
 * compression count in its scores; it runs there only). Layout, accessibility, budgets and
 * search quality are the same on any server.
 */
export default defineConfig<{}, { host: 'node' | 'nginx' }>({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Sized for a busy 2-core CI machine: loading Pagefind and its index there can take seconds.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  workers: 2,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    ...devices['Desktop Chrome'],
    locale: 'zh-CN',
    launchOptions: chromiumLaunchOptions,
  },
  projects: [
    // Lighthouse audits the deployed configuration only.
    { name: 'static', testIgnore: ['lighthouse.spec.ts'] },
    {
      name: 'nginx',
      use: { host: 'nginx' },
      testMatch: [
        'browse.spec.ts',
        'search.spec.ts',
        'phone.spec.ts',
        'offline.spec.ts',
        'print.spec.ts',
        'study.spec.ts',
        'tools.spec.ts',
        'lighthouse.spec.ts',
      ],
    },
  ],
});
