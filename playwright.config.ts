import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './src/build/chromium.ts';

/**
 * Browser tests run against the production build in dist/ (run `npm run build` first;
 * `npm test` does). Chromium is Debian's (/usr/bin/chromium), installed by .ci/run.
 *
 * Two projects: `static` serves dist/ from Node; `nginx` runs the same tests against Debian's
 * nginx with deploy/nginx.conf and its CSP (tests/e2e/fixtures.ts), failing on any console
 * error. The specs that start their own servers run once.
 */
export default defineConfig<{}, { host: 'node' | 'nginx' }>({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    ...devices['Desktop Chrome'],
    locale: 'zh-CN',
    launchOptions: chromiumLaunchOptions,
  },
  projects: [
    { name: 'static' },
    {
      name: 'nginx',
      use: { host: 'nginx' },
      testIgnore: ['nginx.spec.ts', 'offline-update.spec.ts'],
    },
  ],
});
