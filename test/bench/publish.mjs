// `npm run bench`, section "publish" (BENCH_ONLY=publish): what `biebkit publish` buys and what it costs.
//
// 1. Time to content of one municipality page (every view of Heemstede), on a mobile network:
//    prerendered fragments with the script, the same elements from the script alone, and the same HTML as
//    plain static HTML (the floor).
// 2. CLS of the hostile CMS page (global CSS, strict CSP, the feed 1.5 s late) with each way to embed the same
//    views: script tag, prerendered HTML with the script, static HTML alone, iframes with the resize script.
// 3. The time `biebkit publish` takes for the largest sample feed and for the national-scale feed, against
//    `biebkit validate` of the same feed.
// Everything it writes goes to bench-results/publish/.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { nationalFeed } from '../fixtures/national-feed.ts';

/** Runs the built command line; returns the wall time in ms. */
function biebkit(root, args) {
  const started = performance.now();
  const result = spawnSync(process.execPath, [`${root}packages/feed/bin/biebkit.js`, ...args], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`biebkit ${args.join(' ')}: exit ${result.status}\n${result.stderr}`);
  return performance.now() - started;
}

/** The views of one scope and language of a published site, and the fragment of each. */
function viewsOf(dir, scope, lang, ids) {
  const site = JSON.parse(readFileSync(`${dir}site.json`, 'utf8'));
  const views = site.views.filter((v) => v.scope === scope && v.lang === lang && (!ids || ids.includes(v.id)));
  return { site, views: views.map((v) => ({ ...v, html: readFileSync(`${dir}${v.fragment}`, 'utf8') })) };
}

const attributes = (view) =>
  Object.entries(view.attributes)
    .map(([k, v]) => (v === '' ? ` ${k}` : ` ${k}="${v.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`))
    .join('');

/** The same views as elements without prerendered content (what the script-tag snippet gives). */
const liveHtml = (view, feed) => `<library-feed src="${feed}" lang="${view.lang}"><${view.element}${attributes(view)}></${view.element}></library-feed>`;

/**
 * Prerendered HTML as plain HTML, the floor: the declarative shadow roots' content in the page itself, without
 * the elements' styles (in the page they would all be global) and without script.
 */
const flatten = (html) => html.replace(/<template shadowroot="open" shadowrootmode="open">|<\/template>|<style>[^<]*<\/style>/g, '');

/** A mobile network where the round trips, not the bandwidth, set the pace (the local server does not compress). */
const NETWORK = { offline: false, latency: 150, download: (5 * 1024 * 1024) / 8, upload: (1024 * 1024) / 8 };

/**
 * When every view of a page shows its content (not a loading state), in ms from the start of navigation: the
 * first animation frame in which all `expected` views have more than a few words that are not "loading",
 * through shadow roots (prerendered or rendered) or in the page itself (plain HTML).
 */
async function contentShown(browser, url, expected) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.emulateNetworkConditions(NETWORK);
    await page.evaluateOnNewDocument((count) => {
      const text = (node) => {
        let out = '';
        const walk = (n) => {
          if (n.nodeType === 3) out += n.textContent;
          if (n.nodeType !== 1 && n.nodeType !== 11) return;
          if (n.localName === 'style' || n.localName === 'script') return;
          if (n.shadowRoot) walk(n.shadowRoot);
          for (const c of n.childNodes) walk(c);
        };
        walk(node);
        return out.replace(/\s+/g, ' ').trim();
      };
      const tick = () => {
        const views = [...document.querySelectorAll('library-feed > :not(style, slot)')];
        if (views.length === count && views.every((v) => { const t = text(v); return t.length > 20 && !/Gegevens laden/.test(t); })) {
          window.__shown = performance.now();
          return;
        }
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    }, expected);
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForFunction(() => window.__shown !== undefined, { timeout: 120_000, polling: 50 });
    return await page.evaluate(() => window.__shown);
  } finally {
    await context.close();
  }
}

const HOSTILE_HEAD = (csp, extra) => `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>Nieuws uit de gemeente · Kwaliteits-CMS 4.2</title>
<script src="/demo/assets/monitor.js"></script>
<script src="/demo/hostile/cms.js"></script>
<link rel="stylesheet" href="/demo/hostile/cms.css">
${extra}
</head>
<body>
<div class="cms-header"><h1>Gemeentenieuws</h1><p>Kwaliteits-CMS 4.2 · Home › Vrije tijd › Bibliotheek</p></div>`;

/** The hostile demo page's CMS around the same views, embedded one way. */
function hostilePage(method, views, site, feed) {
  const strict = `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'`;
  // The recipe biebkit publish gives for prerendered HTML: the elements' inline styles by their hashes.
  const recipe = strict.replace(`style-src 'self'`, `style-src 'self' ${[...site.csp.styleHashes, ...(site.csp.styleAttributeHashes.length ? ["'unsafe-hashes'", ...site.csp.styleAttributeHashes] : [])].join(' ')}`);
  const script = `<script type="module" src="${site.cdn.entry.path}" integrity="${site.cdn.entry.integrity}" crossorigin="anonymous"></script>`;
  const resize = `<script src="${site.cdn.embed.resize.path}" integrity="${site.cdn.embed.resize.integrity}" crossorigin="anonymous" async></script>`;
  const widget = (view) => {
    if (method === 'script') return liveHtml(view, feed);
    if (method === 'iframe') return `<iframe data-biebkit src="${view.iframe}" title="${view.title}" width="100%" height="600" loading="lazy"></iframe>`;
    return view.html;
  };
  const head = HOSTILE_HEAD(method === 'prerendered' || method === 'static' ? recipe : strict, method === 'static' ? '' : method === 'iframe' ? resize : script);
  return `${head}
${views.map((v) => `<div class="cms-block"><h2>${v.title}</h2><div class="cms-widget">\n${widget(v)}\n</div></div>`).join('\n')}
<div class="cms-block"><p>© Gemeente · Kwaliteits-CMS 4.2</p></div>
</body>
</html>
`;
}

export async function publishBench({ browser, origin, root, runs, median, row, cls }) {
  const out = `${root}bench-results/publish/`;
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const site = (name) => {
    biebkit(root, ['publish', `demo/feeds/${name}.json`, '--out', `bench-results/publish/${name}`]);
    return `${out}${name}/`;
  };

  // 1. Time to content of the Heemstede page.
  const heemstede = site('zuid-kennemerland');
  const { views } = viewsOf(heemstede, 'GM0397', 'nl');
  const preview = readFileSync(`${heemstede}nl/GM0397/index.html`, 'utf8');
  const head = preview.slice(0, preview.indexOf('<main>'));
  const body = (html) => `${head}<main>\n${html}\n</main>\n</body>\n</html>\n`;
  writeFileSync(`${heemstede}nl/GM0397/bench-script.html`, body(views.map((v) => `<h2>${v.title}</h2>\n${liveHtml(v, '../../feed.GM0397.json')}`).join('\n')));
  writeFileSync(
    `${heemstede}nl/GM0397/bench-static.html`,
    flatten(preview).replace(/<script type="module"[^>]*><\/script>\n?|<link rel="modulepreload"[^>]*>\n?/g, ''),
  );
  const pages = { prerendered: 'index.html', script: 'bench-script.html', static: 'bench-static.html' };
  const shown = {};
  for (const [name, file] of Object.entries(pages)) {
    const values = [];
    for (let i = 0; i < runs; i++) values.push(await contentShown(browser, `${origin}/bench-results/publish/zuid-kennemerland/nl/GM0397/${file}`, views.length));
    shown[name] = median(values);
  }
  const what = `every view of the Heemstede page shows content (${views.length} views; 150 ms round trips, 5 Mbit/s)`;
  row(`${what}: prerendered HTML + script`, shown.prerendered, shown.static, 'plain static HTML of the same content');
  row(`${what}: script tag alone`, shown.script, shown.static, 'plain static HTML of the same content');

  // 2. CLS of the hostile page, each way to embed the same Den Helder views.
  const kopgroep = site('kopgroep');
  const den = viewsOf(kopgroep, 'GM0400', 'nl', ['kpis/robust-library', 'goals', 'opening-hours/den-helder', 'branches', 'activities']);
  // The page lives at the site's root, so the site's own relative paths hold.
  for (const method of ['script', 'prerendered', 'static', 'iframe']) {
    const views = den.views.map((v) => ({ ...v, html: v.html.replace(/src="\.\.\/\.\.\//g, 'src="') }));
    writeFileSync(`${kopgroep}hostile-${method}.html`, hostilePage(method, views, den.site, 'feed.GM0400.json'));
    const c = await cls(`/bench-results/publish/kopgroep/hostile-${method}.html`, { late: (url) => /\/bench-results\/publish\/.*\.json$/.test(url) });
    row(`CLS of the hostile CMS page (5 Den Helder views), feed 1.5 s late, first visit: ${method === 'prerendered' ? 'prerendered HTML + script' : method === 'static' ? 'static HTML, no script' : method === 'iframe' ? 'iframes + resize script' : 'script tag'}`, c.median, undefined, '', 'CLS');
  }

  // 3. Publishing time: the largest sample feed, and a national-scale feed.
  const largest = readdirSync(`${root}demo/feeds`)
    .filter((f) => f.endsWith('.json'))
    .sort((a, b) => statSync(`${root}demo/feeds/${b}`).size - statSync(`${root}demo/feeds/${a}`).size)[0];
  writeFileSync(`${out}national.json`, JSON.stringify(nationalFeed()));
  for (const [feed, label, n] of [
    [`demo/feeds/${largest}`, `largest sample feed (${largest}, ${Math.round(statSync(`${root}demo/feeds/${largest}`).size / 1024)} KB)`, runs],
    ['bench-results/publish/national.json', `national-scale feed (1,300 branches, 20,000 activities, ${(statSync(`${out}national.json`).size / 2 ** 20).toFixed(0)} MB)`, Math.min(runs, 2)],
  ]) {
    const validate = [];
    const publish = [];
    for (let i = 0; i < n; i++) {
      validate.push(biebkit(root, ['validate', feed, '--quiet']));
      rmSync(`${out}timed`, { recursive: true, force: true });
      publish.push(biebkit(root, ['publish', feed, '--out', 'bench-results/publish/timed']));
    }
    row(`biebkit publish, ${label}: the whole site`, median(publish), median(validate), 'biebkit validate of the same feed');
  }
  rmSync(`${out}timed`, { recursive: true, force: true });
}
