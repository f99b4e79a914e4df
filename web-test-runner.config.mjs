// Browser tests: every *.test.ts under packages/elements and test/browser, in Debian's Chromium.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import { cssText } from './scripts/css-text.mjs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { findChrome } from './scripts/find-chrome.mjs';
import { countingReporter } from './scripts/wtr-counting-reporter.mjs';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

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
    // Published sites (demo/site/, written by scripts/publish-demo.mjs) byte for byte, as a static host serves
    // them: their scripts carry Subresource Integrity hashes that the dev server's transforms would break.
    function publishedSites(context, next) {
      if (!context.path.startsWith('/demo/site/')) return next();
      const root = fileURLToPath(new URL('./demo/site/', import.meta.url));
      let file = normalize(join(root, decodeURIComponent(context.path.slice('/demo/site/'.length))));
      if (!file.startsWith(root)) return next();
      try {
        if (statSync(file).isDirectory()) file = join(file, 'index.html');
        statSync(file);
      } catch {
        return next();
      }
      context.type = extname(file) || 'application/octet-stream';
      context.body = createReadStream(file);
      return undefined;
    },
    function secondCopy(context, next) {
      if (context.url.startsWith('/v2/dist/')) context.url = context.url.slice('/v2'.length);
      return next();
    },
  ],
  plugins: [fromRollup(cssText)(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: new URL('./tsconfig.json', import.meta.url).pathname })],
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
