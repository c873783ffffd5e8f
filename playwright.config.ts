import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/e2e/chromium.ts';

/** Several checkouts can run their browser tests side by side, each on its own port. */
const PORT = Number(process.env.ATLAS_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '*.spec.ts',
  outputDir: 'tests/artifacts/results',
  // Layout baselines live with the tests, one image per name, whatever the machine.
  snapshotPathTemplate: 'tests/screenshots/{arg}{ext}',
  timeout: 90_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath: findChromium(), args: [...CHROMIUM_ARGS] },
    screenshot: 'only-on-failure',
    trace: 'off',
  },
  webServer: {
    // `ATLAS_DIST` serves another build, e.g. the pseudo-locale's (docs/translations.md).
    command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1 --outDir ${process.env.ATLAS_DIST ?? 'dist'}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
