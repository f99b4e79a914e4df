// Measures what Biebkit weighs on a resident's phone, gzipped (level 9):
// - from the CDN build (dist/, via Vite's manifest): the initial load of dist/biebkit@<version>/biebkit.js with its static
//   imports, each element's on-demand chunks beyond that, the page with KPI tiles and goal bars, and the
//   lazy chunks (validator, chart.js, the map);
// - per package entry (esbuild): the feed runtime, and each element alone (Lit and the feed external).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const gz = (text) => gzipSync(text, { level: 9 }).length;

function manifest() {
  const path = `${root}dist/.vite/manifest.json`;
  if (!existsSync(path)) throw new Error('dist/.vite/manifest.json is missing: run `npx vite build` (or npm run build) first');
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** The files loaded (statically) by a manifest entry, itself included. */
function closure(m, key, seen = new Set()) {
  const entry = m[key];
  if (!entry || seen.has(entry.file)) return seen;
  seen.add(entry.file);
  for (const dep of entry.imports ?? []) closure(m, dep, seen);
  return seen;
}

const fileSize = (files) => [...files].reduce((sum, f) => sum + gz(readFileSync(`${root}dist/${f}`)), 0);

async function esbuildSize(entry, external = []) {
  const result = await build({
    entryPoints: [`${root}${entry}`],
    bundle: true,
    minify: true,
    format: 'esm',
    splitting: true,
    outdir: '/tmp/biebkit-sizes',
    write: false,
    conditions: ['source'],
    external,
    target: 'es2022',
    logLevel: 'silent',
    tsconfig: `${root}tsconfig.json`,
  });
  const out = result.outputFiles.find((f) => f.path.endsWith(entry.split('/').pop().replace(/\.ts$/, '.js')));
  return gz(out.text);
}

/** The source files bundled into the initial load (from the source maps). */
export function initialSources() {
  const m = manifest();
  const entryKey = Object.keys(m).find((k) => m[k].isEntry);
  return [...closure(m, entryKey)].flatMap((f) => {
    try {
      return JSON.parse(readFileSync(`${root}dist/${f}.map`, 'utf8')).sources;
    } catch {
      return [];
    }
  });
}

/** The source files bundled into any file of the CDN build (every .js.map under dist/). */
export function cdnSources() {
  const sources = new Set();
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.js.map')) for (const src of JSON.parse(readFileSync(path, 'utf8')).sources ?? []) sources.add(src);
    }
  };
  walk(`${root}dist`);
  return [...sources];
}

export async function measureSizes() {
  const m = manifest();
  const rows = [];
  const entryKey = Object.keys(m).find((k) => m[k].isEntry);
  const initial = closure(m, entryKey);
  rows.push({ name: 'cdn: initial load (biebkit.js + static imports)', key: 'cdn-initial', bytes: fileSize(initial) });

  // Each element's chunk, as the build lists it in dist/.vite/elements.json (scripts/cdn-layout.mjs): one chunk
  // may define several elements (cdn/kpi-family.ts).
  const defining = JSON.parse(readFileSync(`${root}dist/.vite/elements.json`, 'utf8'));
  const keyOfFile = new Map(Object.entries(m).map(([k, c]) => [c.file, k]));
  const tags = readdirSync(`${root}packages/elements/src`).filter((d) => d !== 'shared' && d !== 'library-feed' && existsSync(`${root}packages/elements/src/${d}/define.ts`));
  const onDemand = {};
  for (const tag of tags.sort()) {
    const key = keyOfFile.get(defining[tag]);
    if (!key) continue;
    const files = new Set([...closure(m, key)].filter((f) => !initial.has(f)));
    onDemand[tag] = files;
    rows.push({ name: `cdn: <${tag}> on demand`, key: `cdn-${tag}`, bytes: fileSize(files) });
  }
  const kpiPage = new Set([...initial, ...(onDemand['kpi-tile'] ?? []), ...(onDemand['goal-progress'] ?? [])]);
  if (onDemand['kpi-tile']) rows.push({ name: 'cdn: page with KPI tiles and goal bars', key: 'cdn-kpi-page', bytes: fileSize(kpiPage) });

  const lazy = [
    ['validator (lazy)', 'lazy-validator', /packages\/feed\/src\/validate\.ts$/],
    ['sparkline element (lazy, variant="chart")', 'lazy-sparkline', /kpi-tile\/sparkline-define\.ts$/],
    ['chart.js with the sparkline drawing (lazy)', 'lazy-chart', /kpi-tile\/sparkline-chart\.ts$/],
    ['map: Leaflet with its CSS (lazy)', 'lazy-map', /branch-map\/leaflet-map\.ts$/],
    ['iCalendar writer (lazy)', 'lazy-ical', /feed\/src\/ical\/index\.ts$/],
  ];
  for (const [name, key, re] of lazy) {
    const k = Object.keys(m).find((k2) => re.test(k2) || (m[k2].src && re.test(m[k2].src)));
    // Only what the lazy part adds beyond the initial load and the element that asks for it.
    const already = new Set([...initial, ...Object.values(onDemand).flatMap((files) => [...files])]);
    if (k) rows.push({ name: `cdn: ${name}`, key, bytes: fileSize(new Set([...closure(m, k)].filter((f) => !already.has(f)))) });
  }

  rows.push({ name: 'package: feed runtime (@biebkit/feed, without the validator)', key: 'feed-runtime', bytes: await esbuildSize('packages/feed/src/index.ts') });
  rows.push({ name: 'package: lit + @lit/context', key: 'lit', bytes: await esbuildSize('scripts/size-entries/lit.ts') });
  for (const dir of readdirSync(`${root}packages/elements/src`).sort()) {
    if (!existsSync(`${root}packages/elements/src/${dir}/define.ts`) || dir === 'shared') continue;
    rows.push({
      name: `package: <${dir}> alone (without Lit and the feed runtime)`,
      key: `element-${dir}`,
      bytes: await esbuildSize(`packages/elements/src/${dir}/define.ts`, ['lit', 'lit/*', '@lit/context', '@biebkit/feed', 'chart.js', 'chart.js/*', 'leaflet']),
    });
  }
  return rows;
}
