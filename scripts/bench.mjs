#!/usr/bin/env node
// `npm run bench`: Biebkit against its floors and peers in headless Chromium, in one run, medians of
// several runs each (BENCH_RUNS, default 5), reported as ratios. Writes docs/performance.md.
// Needs a build (npm run build). Not part of npm test: timings belong here, not in tests.
import { mkdirSync, writeFileSync, readFileSync, statSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { findChrome } from './find-chrome.mjs';
import { startServer } from './serve.mjs';
import { bigFeed } from '../test/bad-feeds/corpus.ts';
import { nationalFeed } from '../test/fixtures/national-feed.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
// BENCH_ONLY=kpi,calendar,branches,feed,national,cls,publish,import runs only those sections (all by default).
const ONLY = process.env.BENCH_ONLY?.split(',');
const wanted = (section) => !ONLY || ONLY.includes(section);
const out = `${root}bench-results/`;
mkdirSync(out, { recursive: true });

// ---- inputs --------------------------------------------------------------------------------------
const base = JSON.parse(readFileSync(`${root}demo/feeds/bind.json`, 'utf8'));
for (const mb of [1, 10]) writeFileSync(`${out}feed-${mb}mb.json`, bigFeed(base, mb));
// The whole Dutch network's branches (1,300), without activities, for the branch list; and a national
// overview page's feed: 2,000 branches, 20,000 activities, about 10 MB.
writeFileSync(`${out}national-1300-branches.json`, JSON.stringify(nationalFeed({ branches: 1300, activities: 0 })));
writeFileSync(`${out}national.json`, JSON.stringify(nationalFeed({ branches: 2000 })));
await build({
  entryPoints: { 'feed-runtime': `${root}packages/feed/src/index.ts` },
  bundle: true, minify: true, format: 'esm', splitting: true, outdir: out, conditions: ['source'], logLevel: 'error',
});
await build({
  entryPoints: {
    fullcalendar: `${root}test/bench/fullcalendar-entry.js`,
    'calendar-data': `${root}packages/elements/src/activity-calendar/activity-calendar.generate.ts`,
  },
  bundle: true, minify: true, format: 'esm', outdir: out, logLevel: 'error',
});

const server = await startServer({ listenPort: 0, listenHost: '127.0.0.1' });
const origin = `http://127.0.0.1:${server.address().port}`;
const executablePath = findChrome();
if (!executablePath) throw new Error('No Chromium: set CHROME_PATH');
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const chromeVersion = await browser.version();

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Opens a bench page in a fresh context and returns its published result. */
async function runPage(path, { viewport = { width: 1280, height: 900 } } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(viewport);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    await page.goto(origin + path, { waitUntil: 'load' });
    const result = await page.evaluate(() => window.benchResult, { timeout: 120_000 });
    if (!result || result.error) throw new Error(`${path}: ${result?.error ?? 'no result'} ${errors.join(' ')}`);
    return result;
  } finally {
    await context.close();
  }
}

/** Median of a field over RUNS runs of a page. */
async function measure(path, field = 'ms') {
  const values = [];
  let last;
  for (let i = 0; i < RUNS; i++) {
    last = await runPage(path);
    values.push(last[field]);
  }
  return { median: median(values), values, last };
}

/** Medians of several fields over RUNS runs of a page (one page load gives them all). */
async function measureAll(path, fields) {
  const values = Object.fromEntries(fields.map((f) => [f, []]));
  for (let i = 0; i < RUNS; i++) {
    const result = await runPage(path);
    for (const f of fields) values[f].push(result[f]);
  }
  return Object.fromEntries(fields.map((f) => [f, median(values[f])]));
}

/**
 * A page that works for a while after it loads (test/bench/national.html): clicks on it every 100 ms
 * until it publishes its result, so the page's own Event Timing sees how long input waits meanwhile.
 */
async function measureNational(path) {
  const values = { settledMs: [], longestTaskMs: [], inputDelayMs: [] };
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    try {
      await page.goto(origin + path, { waitUntil: 'domcontentloaded' });
      let done = false;
      const result = page.evaluate(() => window.benchResult, { timeout: 120_000 }).finally(() => (done = true));
      while (!done) {
        await page.mouse.click(4, 4);
        await new Promise((r) => setTimeout(r, 100));
      }
      const r = await result;
      if (!r || r.error) throw new Error(`${path}: ${r?.error ?? 'no result'} ${errors.join(' ')}`);
      for (const f of Object.keys(values)) values[f].push(r[f]);
    } finally {
      await context.close();
    }
  }
  return Object.fromEntries(Object.entries(values).map(([f, v]) => [f, median(v)]));
}

/**
 * Cumulative layout shift of a demo page while its feed arrives 1.5 s late: on a first visit, and on a
 * return visit (the same browser context, so the copy of the feed kept on the device is shown at once).
 * Also the part of it from before the bundle could act: shifts up to the moment the first Biebkit element
 * (other than <library-feed>) was defined, when the script had run and reserved room for the tags (room
 * the page itself did not keep before that: what prerendered fragments keep).
 */
async function cls(path, { returnVisit = false, late = (url) => url.includes('/demo/feeds/') } = {}) {
  const values = [];
  const early = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.createBrowserContext();
    if (returnVisit) {
      const first = await context.newPage();
      await first.goto(origin + path, { waitUntil: 'load' });
      await new Promise((r) => setTimeout(r, 2000));
      await first.close();
    }
    const page = await context.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.evaluateOnNewDocument(() => {
      window.__shifts = [];
      window.__defined = Infinity;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push([e.startTime, e.value]);
      }).observe({ type: 'layout-shift', buffered: true });
      for (const tag of ['kpi-tile', 'kpi-tile-group', 'goal-progress', 'opening-hours', 'branch-map', 'activity-calendar']) {
        customElements.whenDefined(tag).then(() => (window.__defined = Math.min(window.__defined, performance.now())));
      }
    });
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      if (late(req.url())) setTimeout(() => req.continue(), 1500);
      else req.continue();
    });
    await page.goto(origin + path, { waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, 4000));
    const { shifts, defined } = await page.evaluate(() => ({ shifts: window.__shifts, defined: window.__defined }));
    values.push(shifts.reduce((sum, [, v]) => sum + v, 0));
    early.push(shifts.filter(([t]) => t <= defined).reduce((sum, [, v]) => sum + v, 0));
    await context.close();
  }
  return { median: median(values), values, early: median(early) };
}

const rows = [];
const row = (what, biebkit, floor, floorName, unit = 'ms') =>
  rows.push({ what, biebkit, floor, floorName, unit, ratio: floor ? biebkit / floor : undefined });

console.log(`Benchmarking in ${chromeVersion}, ${RUNS} runs each…`);

// 1. KPI dashboard
if (wanted('kpi')) {
  const b = await measure('/test/bench/kpi.html?mode=biebkit');
  const s = await measure('/test/bench/kpi.html?mode=static');
  row('40-tile KPI dashboard: feed available → painted', b.median, s.median, 'static HTML of the same content');
}

// 2. Activity calendar against FullCalendar
for (const n of wanted('calendar') ? [1000, 10000] : []) {
  for (const [view, fcView] of [['agenda', 'listYear'], ['month', 'dayGridMonth']]) {
    const b = await measure(`/test/bench/calendar.html?impl=biebkit&n=${n}&view=${view}`, 'firstMs');
    const f = await measure(`/test/bench/calendar.html?impl=fullcalendar&n=${n}&view=${fcView}`, 'firstMs');
    row(`activity-calendar ${view}, ${n.toLocaleString('en')} activities: first render`, b.median, f.median, `FullCalendar ${fcView}`);
    if (view === 'month') {
      const bs = await measure(`/test/bench/calendar.html?impl=biebkit&n=${n}&view=${view}`, 'switchMs');
      const fs = await measure(`/test/bench/calendar.html?impl=fullcalendar&n=${n}&view=${fcView}`, 'switchMs');
      row(`activity-calendar month, ${n.toLocaleString('en')}: next month`, bs.median, fs.median, 'FullCalendar next()');
    }
  }
  const bf = await measure(`/test/bench/calendar.html?impl=biebkit&n=${n}&view=agenda`, 'filterMs');
  const ff = await measure(`/test/bench/calendar.html?impl=fullcalendar&n=${n}&view=listYear`, 'filterMs');
  row(`activity-calendar agenda, ${n.toLocaleString('en')}: filter change`, bf.median, ff.median, 'FullCalendar, events replaced');
}

// 3. Branch list
if (wanted('branches')) {
  const runs = await measureAll('/test/bench/branches.html', ['firstMs', 'completeMs', 'longestTaskMs', 'recomputeScriptMs', 'recomputeMs', 'tickMs']);
  row('branch-map list, 1,300 branches: first render (validated feed → first screen painted)', runs.firstMs, undefined, '');
  row('branch-map list, 1,300 branches: every row in the document, painted', runs.completeMs, undefined, '');
  row('branch-map list, 1,300 branches: longest task meanwhile', runs.longestTaskMs, undefined, '');
  row('branch-map list, 1,300 branches: "open now" when the clock passes 10:00: statuses, rows and DOM updated', runs.recomputeScriptMs, undefined, '');
  row('branch-map list, 1,300 branches: the same → painted', runs.recomputeMs, undefined, '');
  row('branch-map list, 1,300 branches: a minute passes, no change due → painted', runs.tickMs, undefined, '');
}

// 4. Feed load and validation
for (const mb of wanted('feed') ? [1, 10] : []) {
  const b = await measure(`/test/bench/feed.html?mb=${mb}&mode=biebkit`);
  const p = await measure(`/test/bench/feed.html?mb=${mb}&mode=plain`);
  row(`feed load + validation, ${mb} MB`, b.median, p.median, 'fetch + JSON.parse only');
}

// 5. Every element on one page with a national-scale feed: until it settles, and how long input waits.
if (wanted('national')) {
  const runs = await measureNational('/test/bench/national.html');
  const mb = (statSync(`${out}national.json`).size / 1e6).toFixed(1);
  // The floor: fetching and parsing that feed, on a page with nothing else (its longest task is the
  // browser reading the body and JSON.parse, which no script can split).
  const floor = await measureAll('/test/bench/feed.html?file=national.json&mode=plain', ['ms', 'longestTaskMs']);
  row(`a page with every element, national feed (2,000 branches, 20,000 activities, ${mb} MB): navigation → settled`, runs.settledMs, floor.ms, 'fetch + JSON.parse of the feed');
  row('the same page: longest task until settled (0: none of 50 ms or more)', runs.longestTaskMs, floor.longestTaskMs, 'longest task of fetch + JSON.parse');
  row('the same page: longest wait of a click (one every 100 ms) until settled (0: none of 16 ms or more)', runs.inputDelayMs, undefined, '');
}

// 6. Layout shift while the feed loads
for (const page of wanted('cls') ? ['heemstede', 'library', 'hostile'] : []) {
  const c = await cls(`/demo/${page}.html`);
  row(`CLS of demo/${page}.html, feed 1.5 s late, first visit`, c.median, undefined, '', 'CLS');
  const again = await cls(`/demo/${page}.html`, { returnVisit: true });
  row(`CLS of demo/${page}.html, feed 1.5 s late, return visit`, again.median, undefined, '', 'CLS');
  if (page === 'hostile') {
    row('… of which before the script could reserve room, first visit', c.early, undefined, '', 'CLS');
    row('… of which before the script could reserve room, return visit', again.early, undefined, '', 'CLS');
  }
}

// 6. Publishing: prerendered HTML against the script alone and plain HTML, CLS per way to embed, publish time
if (wanted('publish')) {
  const { publishBench } = await import('../test/bench/publish.mjs');
  await publishBench({ browser, origin, root, runs: RUNS, median, row, cls });
}

// 7. The way in: importing the national workbook, exporting it, and the feed studio from file to previews
if (wanted('import')) {
  const { benchImport } = await import('../test/bench/import-bench.js');
  for (const r of await benchImport({ runs: RUNS, median, out, origin, browser, runPage })) row(r.what, r.ms, r.floor, r.floorName);
}

await browser.close();
server.close();

// ---- report --------------------------------------------------------------------------------------
const fmt = (v, unit) => (v === undefined ? '' : unit === 'CLS' ? v.toFixed(3) : `${v.toFixed(1)} ms`);
const table = [
  '| measurement | Biebkit | floor / peer | ratio |',
  '| --- | ---: | --- | ---: |',
  ...rows.map((r) => `| ${r.what} | ${fmt(r.biebkit, r.unit)} | ${r.floor === undefined ? '–' : `${fmt(r.floor, r.unit)} (${r.floorName})`} | ${r.ratio === undefined ? '–' : `${r.ratio.toFixed(2)}×`} |`),
].join('\n');
console.log(`\n${table}\n`);
if (ONLY) {
  console.log('(BENCH_ONLY set: docs/performance.md is written only by a full run)');
  process.exit(0);
}

const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${chromeVersion} headless`;
let sizes = '';
try {
  sizes = execFileSync(process.execPath, [`${root}scripts/budgets.mjs`], { encoding: 'utf8' });
} catch (e) {
  sizes = e.stdout ?? '';
}
const date = new Date().toISOString().slice(0, 10);
const previous = (() => {
  try {
    return readFileSync(`${root}docs/performance.md`, 'utf8');
  } catch {
    return '';
  }
})();
const notes = /<!-- notes -->([\s\S]*)$/.exec(previous)?.[1] ?? '\n';
writeFileSync(
  `${root}docs/performance.md`,
  `# Performance

Measured by \`npm run bench\` (scripts/bench.mjs) on ${date}: ${machine}. Medians of ${RUNS} runs, each in a fresh
browser context; ratios are Biebkit's time over the floor or peer measured in the same run (below 1 is faster).

${table}

## Sizes (gzipped)

\`\`\`
${sizes.trim()}
\`\`\`

<!-- notes -->${notes}`,
);
console.log('wrote docs/performance.md');
