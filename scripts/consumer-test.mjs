#!/usr/bin/env node
// The pack-and-consume test (`npm test`, `npm run release:check`): uses the packages as a real project would.
//  1. `npm pack` @biebkit/feed and @biebkit/elements (prepack refuses an unbuilt package);
//  2. copies the apps in test/consumer/ to a throwaway folder outside the repository (so nothing resolves
//     from the repository's node_modules) and installs the tarballs there with `npm ci --offline`: each app's
//     lock file is cut from the repository's, so the registry packages come from the npm cache that `npm ci`
//     filled, in the versions package-lock.json pins;
//  3. checks that every file the installed package.json promises is there (exports, types, customElements…);
//  4. vite-app, a plain Vite + TypeScript app: tsc (HTMLElementTagNameMap, event details, the Vue types, and
//     misuse that must be refused), a Vite build of two pages (every entry; one element alone, which must
//     not carry the other elements, chart.js or Leaflet), and @biebkit/feed in Node with its `biebkit` bin;
//     react-app, a React 19 app with <kpi-tile>, <opening-hours> and <activity-calendar> in typed JSX and
//     event handlers: tsc, then a Vite build; cdn-page, a plain HTML page with a strict CSP that uses only
//     the CDN folder (dist/biebkit@<version>/) copied beside it;
//  5. opens every page in Chromium and waits until the sample feed is rendered (and, in React, until the
//     handlers ran), with no console error and no CSP violation.
// Ends with `consumer: N passed, N failed`; exits 1 on any failure. KEEP=1 keeps the throwaway folder.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { missingFiles } from './check-package.mjs';
import { findChrome } from './find-chrome.mjs';
import { startServer } from './serve.mjs';
import { CDN_DIR } from './cdn-layout.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const started = Date.now();
const results = [];
const bin = (pkg, file) => join(root, 'node_modules', pkg, file);
const TSC = bin('typescript', 'bin/tsc');
const VITE = bin('vite', 'bin/vite.js');
const FEED = join(root, 'demo/feeds/zuid-kennemerland.json');

function run(command, args, cwd) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, FORCE_COLOR: '0', npm_config_update_notifier: 'false' } });
    let out = '';
    let stdout = '';
    child.stdout.on('data', (d) => {
      out += d;
      stdout += d;
    });
    child.stderr.on('data', (d) => (out += d));
    child.on('error', (error) => resolve({ code: -1, out: String(error), stdout }));
    child.on('close', (code) => resolve({ code, out, stdout }));
  });
}

/** One named check: passes unless it throws; a failure prints what went wrong. */
async function check(name, fn) {
  const t = Date.now();
  try {
    const note = await fn();
    results.push({ name, ok: true });
    // A one-line result is worth showing; a command's whole output is not.
    const shown = typeof note === 'string' && note && !note.trim().includes('\n') ? `: ${note.trim()}` : '';
    console.log(`  ok  ${name}${shown} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`  FAIL ${name}\n${String(error?.message ?? error).replace(/^/gm, '       ')}`);
  }
}

/** Runs a command; throws with the end of its output unless it exits 0; returns its output (`stdout` alone on request). */
async function mustRun(command, args, cwd, { stdoutOnly = false } = {}) {
  const { code, out, stdout } = await run(command, args, cwd);
  if (code !== 0) throw new Error(`${[command, ...args].join(' ')} exited ${code}\n${out.trim().split('\n').slice(-30).join('\n')}`);
  return stdoutOnly ? stdout : out;
}

// 1. Pack.
for (const dir of ['packages/feed/dist', 'packages/elements/dist', `dist/${CDN_DIR}`]) {
  if (!existsSync(join(root, dir))) {
    console.error(`${dir} is missing: run \`npm run build\` first (npm test builds before this step).`);
    process.exit(1);
  }
}
const work = mkdtempSync(join(tmpdir(), 'biebkit-consumer-'));
// Removed however the test ends (KEEP=1 keeps it to look at).
process.on('exit', () => (process.env.KEEP ? console.log(`kept: ${work}`) : rmSync(work, { recursive: true, force: true })));
const tarballs = {};
await check('npm pack @biebkit/feed and @biebkit/elements', async () => {
  const out = await mustRun('npm', ['pack', '--json', '--pack-destination', work, '-w', '@biebkit/feed', '-w', '@biebkit/elements'], root, { stdoutOnly: true });
  for (const t of JSON.parse(out.slice(out.search(/^\[/m)))) tarballs[t.name] = t;
  return Object.entries(tarballs).map(([n, t]) => `${n} ${t.entryCount} files, ${(t.size / 1024).toFixed(0)} KB`).join('; ');
});

// 2. The apps. Each gets a package-lock.json cut from the repository's: the tarballs, and for every registry
// package the app needs (and theirs, recursively) the very entry of the root lock, so `npm ci --offline`
// takes exactly those versions from the npm cache and never asks the registry.
// The registry the cache was filled from (its tarball URLs are the cache's keys).
const REGISTRY = (await run('npm', ['config', 'get', 'registry'], root)).stdout.trim().split('\n').filter((l) => /^https?:/.test(l)).pop()?.replace(/\/?$/, '/') ?? 'https://registry.npmjs.org/';
const rootLock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')).packages;

/** The lock path a package `name` required from `from` resolves to (Node's lookup, through the lock). */
function lockPath(from, name) {
  for (let base = from; ; ) {
    const candidate = `${base ? `${base}/` : ''}node_modules/${name}`;
    if (rootLock[candidate] && !rootLock[candidate].link) return candidate;
    if (!base) return undefined;
    const i = base.lastIndexOf('/node_modules/');
    base = i === -1 ? '' : base.slice(0, i);
  }
}

function appLock(app, deps) {
  const packages = { '': { name: `biebkit-${app}`, dependencies: {} } };
  const visit = (path) => {
    if (packages[path]) return;
    const { dev: _dev, devOptional: _devOptional, ...entry } = rootLock[path];
    // The root lock keeps no `resolved` URLs; with the registry's tarball URL npm needs no metadata request.
    const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    entry.resolved ??= `${REGISTRY}${name}/-/${name.split('/').pop()}-${entry.version}.tgz`;
    packages[path] = entry;
    const optionalPeers = Object.keys(entry.peerDependenciesMeta ?? {}).filter((n) => entry.peerDependenciesMeta[n].optional);
    for (const name of Object.keys({ ...entry.dependencies, ...entry.peerDependencies })) {
      if (optionalPeers.includes(name)) continue;
      const found = lockPath(path, name);
      if (!found) throw new Error(`${path} needs ${name}, which package-lock.json does not hold`);
      visit(found);
    }
  };
  for (const [name, dep] of Object.entries(deps)) {
    if (dep.tarball) {
      const pkg = JSON.parse(readFileSync(join(root, dep.dir, 'package.json'), 'utf8'));
      packages[''].dependencies[name] = `file:../${dep.tarball.filename}`;
      packages[`node_modules/${name}`] = {
        version: pkg.version,
        resolved: `file:../${dep.tarball.filename}`,
        integrity: dep.tarball.integrity,
        license: pkg.license,
        bin: pkg.bin,
        dependencies: pkg.dependencies,
        peerDependencies: pkg.peerDependencies,
        peerDependenciesMeta: pkg.peerDependenciesMeta,
      };
      for (const d of Object.keys(pkg.dependencies ?? {})) if (!deps[d]) visit(lockPath('', d));
    } else {
      const path = lockPath('', name);
      packages[''].dependencies[name] = rootLock[path].version;
      visit(path);
    }
  }
  return { name: `biebkit-${app}`, lockfileVersion: 3, requires: true, packages };
}

const feedPkg = { dir: 'packages/feed', tarball: tarballs['@biebkit/feed'] };
const elementsPkg = { dir: 'packages/elements', tarball: tarballs['@biebkit/elements'] };
const apps = {
  'vite-app': { '@biebkit/feed': feedPkg, '@biebkit/elements': elementsPkg, vue: {} },
  'react-app': { '@biebkit/feed': feedPkg, '@biebkit/elements': elementsPkg, react: {}, 'react-dom': {}, '@types/react': {}, '@types/react-dom': {} },
};
for (const [app, deps] of Object.entries(apps)) {
  cpSync(join(root, 'test/consumer', app), join(work, app), { recursive: true });
  cpSync(FEED, join(work, app, 'public/feed.json'));
  const lock = appLock(app, deps);
  const manifest = { name: lock.name, private: true, type: 'module', dependencies: lock.packages[''].dependencies };
  writeFileSync(join(work, app, 'package.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(work, app, 'package-lock.json'), JSON.stringify(lock, null, 2));
}
await Promise.all(
  Object.keys(apps).map((app) =>
    check(`${app}: npm ci --offline (the tarballs; registry packages from the npm cache, as the lock file pins them)`, () =>
      mustRun('npm', ['ci', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], join(work, app)),
    ),
  ),
);

// 3. What the installed packages promise is there.
for (const app of Object.keys(apps)) {
  for (const pkg of ['@biebkit/feed', '@biebkit/elements']) {
    await check(`${app}: every file ${pkg}'s package.json names is in the tarball`, () => {
      const missing = missingFiles(join(work, app, 'node_modules', pkg));
      if (missing.length) throw new Error(missing.map((m) => `${m.where}: ${m.path} is missing`).join('\n'));
    });
  }
}

await check('every element in custom-elements.json has its entries (@biebkit/elements/<tag>.js and /<tag>)', () => {
  const dir = join(work, 'vite-app/node_modules/@biebkit/elements');
  const { exports } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const manifest = JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8'));
  const tags = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.customElement && d.tagName ? [d.tagName] : []));
  const missing = tags.flatMap((tag) => [`./${tag}.js`, `./${tag}`].filter((key) => !exports[key]));
  if (missing.length) throw new Error(`no export for ${missing.join(', ')}`);
  return `${tags.length} elements`;
});

// 4. Type-check and build.
const vite = join(work, 'vite-app');
const react = join(work, 'react-app');
// Type checks, builds and the Node check at once (each is one process; together they keep both cores busy).
const tscVite = check('vite-app: tsc (tag map, event details, Vue types; misuse refused)', () => mustRun(process.execPath, [TSC, '-p', vite], vite));
const tscReact = check('react-app: tsc (React 19 JSX: typed props and event handlers; misuse refused)', () => mustRun(process.execPath, [TSC, '-p', react], react));
const buildVite = check('vite-app: vite build (every entry: all.js, /all, each tag, themes)', () => mustRun(process.execPath, [VITE, 'build'], vite)).then(() =>
  check('vite-app: the page with one element carries no other element, no chart.js, no Leaflet', () => {
    const html = readFileSync(join(vite, 'dist/pick.html'), 'utf8');
    const files = new Set();
    const visit = (file) => {
      if (files.has(file)) return;
      files.add(file);
      const code = readFileSync(join(vite, 'dist', file), 'utf8');
      for (const [, dep] of code.matchAll(/(?:import|from)\s*["']\.\/([^"']+\.js)["']/g)) visit(`assets/${dep}`);
    };
    for (const [, src] of html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)) visit(src);
    if (!files.size) throw new Error('pick.html loads no script');
    const code = [...files].map((f) => readFileSync(join(vite, 'dist', f), 'utf8')).join('\n');
    const found = ['activity-calendar', 'kpi-tile', 'goal-progress', 'branch-map', 'Chart.js', 'leaflet-pane'].filter((s) => code.includes(s));
    if (found.length) throw new Error(`pick.html's scripts contain: ${found.join(', ')}`);
    return `${files.size} script(s), ${(code.length / 1024).toFixed(0)} KB`;
  }),
);
const buildReact = check('react-app: vite build', () => mustRun(process.execPath, [VITE, 'build'], react));
const nodeCheck = check('vite-app: @biebkit/feed in Node (validator, schema, hours) and its `biebkit validate` bin', async () => {
  const out = await mustRun(process.execPath, ['node-check.mjs'], vite);
  await mustRun(join(vite, 'node_modules/.bin/biebkit'), ['validate', 'public/feed.json', '--quiet'], vite);
  return out.trim().replace(/^node: /, '');
});
await Promise.all([tscVite, tscReact, buildVite, buildReact, nodeCheck]);
const cdnPage = join(work, 'cdn-page');
cpSync(join(root, 'test/consumer/cdn-page'), cdnPage, { recursive: true });
cpSync(join(root, 'dist', CDN_DIR), join(cdnPage, 'vendor', CDN_DIR), { recursive: true });
cpSync(FEED, join(cdnPage, 'feed.json'));
writeFileSync(join(cdnPage, 'index.html'), readFileSync(join(cdnPage, 'index.html'), 'utf8').replaceAll('{{CDN_DIR}}', CDN_DIR));

// 5. In Chromium.
const shadowText = (selector) => `(document.querySelector(${JSON.stringify(selector)})?.shadowRoot?.textContent ?? '')`;
const PAGES = [
  {
    name: 'vite-app (every element)',
    path: '/vite-app/dist/index.html',
    ready: `${shadowText('kpi-tile')}.includes('%') && ${shadowText('goal-progress')}.length > 40 && ${shadowText('opening-hours')}.includes('Plein') &&
      !!document.querySelector('activity-calendar')?.shadowRoot?.querySelector('.item') && document.getElementById('status').textContent.startsWith('Feed geladen')`,
  },
  { name: 'vite-app (one element)', path: '/vite-app/dist/pick.html', ready: `${shadowText('opening-hours')}.includes('Plein') && !customElements.get('kpi-tile')` },
  {
    name: 'react-app (JSX, typed props, event handlers)',
    path: '/react-app/dist/index.html',
    ready: `document.getElementById('status')?.textContent.startsWith('Feed geladen') && document.querySelector('kpi-tile')?.showTarget === true &&
      ${shadowText('kpi-tile')}.includes('%') && ${shadowText('opening-hours')}.includes('Plein') &&
      !!document.querySelector('activity-calendar')?.shadowRoot?.querySelector('.item button.title')`,
    // The calendar's event reaches React's handler: open the first activity.
    then: async (page) => {
      await page.evaluate(() => document.querySelector('activity-calendar').shadowRoot.querySelector('.item button.title').click());
      await page.waitForFunction(() => document.getElementById('opened')?.textContent.startsWith('Geopend: '), { timeout: 10_000 });
    },
  },
  {
    name: 'cdn-page (only the CDN folder, strict CSP, Leaflet map with its CSS)',
    path: '/cdn-page/index.html',
    ready: `${shadowText('kpi-tile')}.includes('%') && ${shadowText('opening-hours')}.includes('Plein') &&
      getComputedStyle(document.querySelector('branch-map')?.shadowRoot?.querySelector('.leaflet-tile-pane') ?? document.body).zIndex === '200'`,
  },
];
const chrome = findChrome();
if (!chrome) {
  results.push({ name: 'Chromium', ok: false });
  console.log('  FAIL no Chromium found (set CHROME_PATH)');
} else {
  const server = await startServer({ listenPort: 0, dir: `${work}/` });
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({
    executablePath: chrome,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    // The pages in parallel, each in its own browser context.
    await Promise.all(PAGES.map((p) =>
      check(`Chromium: ${p.name} renders the feed`, async () => {
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        const problems = [];
        // A missing favicon is the test server's, not the app's; every other failed response counts.
        page.on('console', (m) => m.type() === 'error' && !/^Failed to load resource/.test(m.text()) && problems.push(`console: ${m.text()}`));
        page.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && problems.push(`HTTP ${r.status()}: ${r.url()}`));
        page.on('pageerror', (e) => problems.push(`error: ${e.message}`));
        page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
        await page.evaluateOnNewDocument(() =>
          document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)),
        );
        try {
          await page.goto(origin + p.path);
          await page.waitForFunction(p.ready, { timeout: 20_000 }).catch((e) => {
            throw new Error(`${e.message}${problems.length ? `\n${problems.join('\n')}` : ''}`);
          });
          await p.then?.(page);
          if (problems.length) throw new Error(problems.join('\n'));
        } finally {
          await context.close();
        }
      }),
    ));
  } finally {
    await browser.close();
    server.close();
  }
}

const failed = results.filter((r) => !r.ok).length;
console.log(`consumer test took ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`consumer: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
