import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './src/lib/chromium.ts';

/**
 * Browser tests run against the production build in dist/ (run `npm run build` first;
 * `npm test` does). Chromium is Debian's (/usr/bin/chromium), installed by .ci/run.
 */
export default defineConfig({
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
});
