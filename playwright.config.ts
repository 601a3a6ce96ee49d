// End-to-end tests (real Chromium, against a build served under a sub-path) and the
// export test (real PDF, read back with poppler). Chromium comes from lib/chromium.ts.
import { defineConfig } from '@playwright/test'
import { findChromium, QUIET_CHROMIUM_ARGS } from './lib/chromium'
import { FIXTURE_PORT, FIXTURE_SITE_DIR, METADATA_FIXTURE, METADATA_PORT, METADATA_SITE_DIR, TEST_BASE, TEST_PORT, TEST_SITE_DIR } from './lib/settings'
import { TALK_ENV } from './lib/talk-file'

const chromium = findChromium()

export default defineConfig({
  testDir: 'tests',
  testMatch: ['e2e/**/*.spec.ts', 'export/**/*.spec.ts'],
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${TEST_PORT}${TEST_BASE}`,
    browserName: 'chromium',
    launchOptions: { executablePath: chromium.path, args: [...QUIET_CHROMIUM_ARGS] },
    viewport: { width: 1280, height: 720 },
  },
  webServer: [
    {
      // Build under the sub-path, then serve it: every run proves hosting under a base path works.
      command: `npx slidev build --base ${TEST_BASE} --out ${TEST_SITE_DIR} && npx tsx scripts/serve.ts --dir ${TEST_SITE_DIR} --base ${TEST_BASE} --port ${TEST_PORT}`,
      url: `http://localhost:${TEST_PORT}${TEST_BASE}`,
      timeout: 240_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // The same deck built with the test metadata (tests/e2e/metadata.spec.ts).
      command: `${TALK_ENV}=${METADATA_FIXTURE} npx slidev build --base ${TEST_BASE} --out ${METADATA_SITE_DIR} && npx tsx scripts/serve.ts --dir ${METADATA_SITE_DIR} --base ${TEST_BASE} --port ${METADATA_PORT}`,
      url: `http://localhost:${METADATA_PORT}${TEST_BASE}`,
      timeout: 240_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // A deck built to fail the browser checks (tests/e2e/fixtures.spec.ts).
      command: `npx slidev build tests/fixtures/browser/slides.md --out ${FIXTURE_SITE_DIR} && npx tsx scripts/serve.ts --dir ${FIXTURE_SITE_DIR} --port ${FIXTURE_PORT}`,
      url: `http://localhost:${FIXTURE_PORT}/`,
      timeout: 240_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
})
