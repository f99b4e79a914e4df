// Browser tests: every *.test.ts under packages/elements and test/browser, in Debian's Chromium.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { findChrome } from './scripts/find-chrome.mjs';
import { countingReporter } from './scripts/wtr-counting-reporter.mjs';

const executablePath = findChrome();

export default {
  rootDir: '.',
  files: ['packages/elements/src/**/*.test.ts', 'test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  concurrency: 2,
  concurrentBrowsers: 1,
  testsFinishTimeout: 300_000,
  browserStartTimeout: 60_000,
  // Each test waits for conditions; this limit only catches a hang, so it allows a slow, shared machine.
  testFramework: { config: { timeout: 30_000 } },
  // /v2/dist/… serves dist/ again under other URLs: a second, independent copy of the CDN bundle for the
  // embedding tests (two versions of Biebkit on one page).
  middleware: [
    function secondCopy(context, next) {
      if (context.url.startsWith('/v2/dist/')) context.url = context.url.slice('/v2'.length);
      return next();
    },
  ],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: new URL('./tsconfig.json', import.meta.url).pathname })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
  reporters: [defaultReporter(), countingReporter()],
};
