// The demo pages, loaded as a visitor's browser loads them (in an iframe, from the dev server that serves the
// repository root), with the built CDN bundle dist/biebkit.js and the sample feeds in demo/feeds/.
// They must render real content from the feeds, produce no console errors and no CSP violations (the pages
// record both from their first script, demo/assets/monitor.js), and pass axe (WCAG 2.1 AA).
import { expect } from '@open-wc/testing';
import { deepText } from './deep-text.js';

interface Monitor {
  violations: { directive: string; blocked: string; sample: string; source: string }[];
  errors: string[];
}
type DemoWindow = Window & { __demoMonitor?: Monitor; axe?: AxeLike };
interface AxeResult {
  id: string;
  impact?: string;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}
interface AxeLike {
  run(context: unknown, options: unknown): Promise<{ violations: AxeResult[] }>;
}
interface Page {
  frame: HTMLIFrameElement;
  win: DemoWindow;
  doc: Document;
}

const PAGES = ['/demo/index.html', '/demo/heemstede.html', '/demo/library.html', '/demo/hostile.html', '/demo/builder.html'];
const TAGS = ['library-feed', 'kpi-tile', 'kpi-tile-group', 'goal-progress', 'opening-hours', 'branch-map', 'activity-calendar'];
const BIEBKIT_SELECTOR = TAGS.join(',');

let distChecked: Promise<void> | undefined;
/** The demo pages load the built bundle; without a build every test here would fail for one reason. */
function requireDist(): Promise<void> {
  distChecked ??= fetch('/dist/biebkit.js').then((response) => {
    if (!response.ok) {
      throw new Error(
        'dist/biebkit.js is missing (HTTP ' +
          response.status +
          '): the demo pages load the built bundle. Run `npx vite build` (or `npm run build`) first; `npm test` builds before the browser tests.',
      );
    }
  });
  return distChecked;
}

async function until(check: () => boolean, what: string, timeout = 12_000): Promise<void> {
  const started = performance.now();
  while (!check()) {
    if (performance.now() - started > timeout) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function openPage(path: string, { width = 1200, height = 900, srcdoc }: { width?: number; height?: number; srcdoc?: string } = {}): Promise<Page> {
  await requireDist();
  const frame = document.createElement('iframe');
  frame.title = path;
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  if (srcdoc !== undefined) frame.srcdoc = srcdoc;
  else frame.src = path;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as DemoWindow;
  const doc = frame.contentDocument!;
  return { frame, win, doc };
}

/** Every element matching `selector` in the document, also inside open shadow roots. */
function deepQueryAll(root: Document | ShadowRoot | Element, selector: string): Element[] {
  const found: Element[] = [];
  const visit = (scope: Document | ShadowRoot | Element): void => {
    for (const el of Array.from(scope.querySelectorAll('*'))) {
      if (el.matches(selector)) found.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(root);
  return found;
}

/**
 * Waits until the Biebkit elements on the page are defined (each loads from its own chunk) and none shows its
 * loading state any more. A tag that never gets defined is left for the content assertions to name.
 */
async function settled(page: Page, what: string): Promise<void> {
  const els = (): Element[] => Array.from(page.doc.querySelectorAll(BIEBKIT_SELECTOR));
  await until(() => els().length > 0, `Biebkit elements on ${what}`);
  try {
    await until(() => els().every((el) => page.win.customElements.get(el.localName)), `every Biebkit tag on ${what} to be defined`, 6_000);
  } catch (error) {
    const missing = [...new Set(els().filter((el) => !page.win.customElements.get(el.localName)).map((el) => el.localName))];
    console.warn(`${what}: never defined: ${missing.join(', ')} (${(error as Error).message})`);
  }
  await until(
    () =>
      els()
        .filter((el) => page.win.customElements.get(el.localName))
        .every((el) => el.shadowRoot && !el.shadowRoot.querySelector('[part~="loading"]')),
    `the Biebkit elements on ${what} to load their feed`,
  );
  // Lazy parts that start on screen: every sparkline in view has drawn its chart.
  await until(
    () =>
      deepQueryAll(page.doc, 'kpi-sparkline').every((el) => {
        const spark = el as Element & { chart?: unknown; values?: unknown[] };
        const box = spark.getBoundingClientRect();
        const onScreen = box.width > 0 && box.bottom > 0 && box.top < page.win.innerHeight;
        return !onScreen || (spark.values?.length ?? 0) < 2 || spark.chart !== undefined;
      }),
    `the charts on ${what} to draw`,
  );
  await frames(page.win);
}

/** Two animation frames of the page: whatever a render or an observer queued has run. */
function frames(win: Window): Promise<void> {
  return new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(() => resolve())));
}

function textOf(page: Page, selector: string): string {
  const els = Array.from(page.doc.querySelectorAll(selector));
  expect(els.length, `${selector} on the page`).to.be.greaterThan(0);
  return els.map((el) => deepText(el)).join(' ');
}

function monitorOf(page: Page): Monitor {
  const monitor = page.win.__demoMonitor;
  if (!monitor) throw new Error('the page does not load /demo/assets/monitor.js as its first script');
  return monitor;
}

function expectClean(page: Page): void {
  const monitor = monitorOf(page);
  expect(monitor.violations, `CSP violations: ${JSON.stringify(monitor.violations)}`).to.deep.equal([]);
  expect(monitor.errors, `errors: ${monitor.errors.join(' | ')}`).to.deep.equal([]);
}

/** Loads the page without its CSP meta (axe-core compiles message templates with `new Function`) and runs axe. */
async function axeViolations(path: string, include?: string): Promise<AxeResult[]> {
  const html = await (await fetch(path)).text();
  const page = await openPage(path, { srcdoc: html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/i, '') });
  try {
    await settled(page, `${path} (for axe)`);
    // axe-core is UMD: it would register with the hostile page's AMD `define` stub instead of on window.
    delete (page.win as unknown as { define?: unknown }).define;
    const script = page.doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const ready = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = () => reject(new Error('could not load axe-core'));
    });
    page.doc.head.append(script);
    await ready;
    const context = include ? { include: Array.from(page.doc.querySelectorAll(include)) } : page.doc;
    const results = await page.win.axe!.run(context, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return results.violations;
  } finally {
    page.frame.remove();
  }
}

function describeViolations(violations: AxeResult[]): string {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('\n')}`)
    .join('\n');
}

describe('demo pages', function () {
  this.timeout(60_000);

  describe('markup (strict CSP: no inline scripts, styles or handlers)', () => {
    for (const path of PAGES) {
      it(`${path} has only same-origin external scripts and no inline styles`, async () => {
        const response = await fetch(path);
        expect(response.status, `${path} exists`).to.equal(200);
        const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
        const scripts = Array.from(doc.querySelectorAll('script'));
        expect(scripts.length).to.be.greaterThan(0);
        for (const script of scripts) {
          expect(script.getAttribute('src'), `inline script in ${path}: ${script.textContent?.slice(0, 60)}`).to.match(/^\//);
          expect(script.textContent?.trim(), 'a script with src has no body').to.equal('');
        }
        expect(doc.querySelectorAll('style').length, `<style> elements in ${path}`).to.equal(0);
        expect(doc.querySelectorAll('[style]').length, `style attributes in ${path}`).to.equal(0);
        const handlers = Array.from(doc.querySelectorAll('*')).filter((el) => Array.from(el.attributes).some((a) => a.name.startsWith('on')));
        expect(handlers.map((el) => el.outerHTML.slice(0, 80)), `inline event handlers in ${path}`).to.deep.equal([]);
        expect(doc.documentElement.lang, `lang on <html> of ${path}`).to.match(/^(nl|en)/);
        expect(doc.title.length, `a <title> on ${path}`).to.be.greaterThan(3);
        expect(scripts[0]!.getAttribute('src'), `${path} loads the monitor first`).to.equal('/demo/assets/monitor.js');
      });
    }
  });

  describe('index', () => {
    it('links every demo page and shows a live element', async () => {
      const page = await openPage('/demo/index.html');
      try {
        const links = Array.from(page.doc.querySelectorAll('main a')).map((a) => a.getAttribute('href'));
        for (const path of PAGES.slice(1)) expect(links).to.include(path);
        await settled(page, 'the index');
        expect(textOf(page, '#preview')).to.contain('Plein 1');
      } finally {
        page.frame.remove();
      }
    });
  });
});

describe('Heemstede (municipality page, NL Design System tokens)', function () {
  this.timeout(60_000);
  let page: Page;
  before(async () => {
    page = await openPage('/demo/heemstede.html');
    await settled(page, 'the Heemstede page');
  });
  after(() => page?.frame.remove());

  it('shows only Heemstede, with real figures from zuid-kennemerland.json', () => {
    const tiles = textOf(page, 'kpi-tile');
    expect(tiles).to.contain('Actief bereik 0- tot 18-jarigen');
    expect(tiles).to.contain('68%');
    expect(tiles).to.contain('3.367');
    expect(tiles).to.contain('23.650');
    expect(tiles).to.contain('38,5 uur');
  });

  it('shows the goals grouped by convenant task, with their progress', () => {
    const goals = textOf(page, 'goal-progress');
    expect(goals).to.contain('Geletterde samenleving');
    expect(goals).to.contain('Participatie in de informatiesamenleving');
    expect(goals).to.contain('Alle kinderen en jongeren actief bereikt (SOOB)');
    expect(goals).to.contain('Hulp bij de digitale overheid in Plein 1');
  });

  it('draws each goal bar as wide as its progress (CSP-safe inline sizes)', () => {
    const fills = deepQueryAll(page.doc, '[part~="bar-fill"]') as HTMLElement[];
    expect(fills.length).to.be.greaterThan(2);
    const bars = fills.map((fill) => fill.getBoundingClientRect().width / fill.parentElement!.getBoundingClientRect().width);
    // SOOB: from 52% to 100%, now 68% → a third of the way; a bar drawn full means its inline size was blocked.
    expect(bars.some((ratio) => ratio > 0.05 && ratio < 0.95), `bar fill ratios ${bars.map((r) => r.toFixed(2)).join(', ')}`).to.equal(true);
  });

  it('shows the opening hours of Plein 1', () => {
    const hours = textOf(page, 'opening-hours');
    expect(hours).to.contain('Plein 1');
    expect(hours).to.match(/\d{1,2}:\d{2}/);
  });

  it('takes its colours from the municipality tokens', () => {
    const tile = page.doc.querySelector('kpi-tile')!;
    const style = page.win.getComputedStyle(tile);
    // --basis-color-accent-1-color-default ← --utrecht-link-color (blue-35 = hsl(211 60% 35%) = rgb(36, 89, 143)).
    expect(style.getPropertyValue('--basis-color-accent-1-color-default').trim()).to.not.equal('');
    expect(page.win.getComputedStyle(page.doc.body).fontFamily).to.contain('Noto Sans');
  });

  it('has no console errors and no CSP violations', () => {
    expectClean(page);
  });
});

describe('hostile CMS page', function () {
  this.timeout(60_000);
  let page: Page;
  before(async () => {
    page = await openPage('/demo/hostile.html');
    await settled(page, 'the hostile page');
  });
  after(() => page?.frame.remove());

  it('loads the bundle twice without an error', () => {
    const scripts = Array.from(page.doc.querySelectorAll('script[type="module"]')).map((s) => s.getAttribute('src'));
    expect(scripts.filter((src) => src?.startsWith('/dist/biebkit.js')).length).to.equal(2);
    expectClean(page);
  });

  it('still renders real content from the feed despite the global CSS', () => {
    const tiles = textOf(page, 'kpi-tile');
    expect(tiles).to.contain('Bezoeken aan de bibliotheek in Den Helder');
    expect(tiles).to.contain('156.300');
    const hours = textOf(page, 'opening-hours');
    expect(hours).to.contain('Den Helder');
    expect(hours).to.match(/\d{1,2}:\d{2}/);
  });

  it('keeps the global CSS out of the shadow DOM', () => {
    const tile = page.doc.querySelector('kpi-tile')!;
    const value = tile.shadowRoot!.querySelector('[part~="value"]') as HTMLElement;
    const style = page.win.getComputedStyle(value);
    // The CMS sets `* { font-size: 1.3rem !important; color: #3a3a3a !important }`: the value keeps its own size.
    expect(parseFloat(style.fontSize)).to.be.greaterThan(parseFloat(page.win.getComputedStyle(tile).fontSize) * 1.5);
    const table = deepQueryAll(page.doc, 'opening-hours')[0]!.shadowRoot!.querySelector('table');
    if (table) expect(page.win.getComputedStyle(table.querySelector('td,th')!).backgroundColor).to.not.equal('rgb(224, 255, 224)');
  });

  it('shows no CSP violation and no error after everything loaded, the monitor says so too', async () => {
    await settled(page, 'the hostile page');
    expectClean(page);
    const shown = page.doc.getElementById('demo-monitor')!;
    expect(shown.dataset.violations).to.equal('0');
    expect(shown.dataset.errors).to.equal('0');
  });
});

describe('axe (WCAG 2.1 AA) on the demo pages', function () {
  this.timeout(90_000);
  for (const path of ['/demo/index.html', '/demo/heemstede.html', '/demo/library.html', '/demo/builder.html']) {
    it(`${path} passes axe`, async () => {
      const violations = await axeViolations(path);
      expect(violations, describeViolations(violations)).to.have.length(0);
    });
  }
  it('/demo/hostile.html: the Biebkit elements pass axe (the CMS around them is not ours)', async () => {
    const violations = await axeViolations('/demo/hostile.html', BIEBKIT_SELECTOR.split(',').filter((t) => t !== 'library-feed').join(','));
    expect(violations, describeViolations(violations)).to.have.length(0);
  });
});

describe('embed builder', function () {
  this.timeout(60_000);
  let page: Page;
  before(async () => {
    page = await openPage('/demo/builder.html');
    await until(() => page.doc.documentElement.dataset.builderReady === 'true', 'the builder to read custom-elements.json and the feed');
  });
  after(() => page?.frame.remove());

  function choose(id: string, value: string): void {
    const select = page.doc.getElementById(id) as HTMLSelectElement;
    expect(Array.from(select.options).map((o) => o.value), `options of #${id}`).to.include(value);
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }

  it('lists the elements from custom-elements.json and the municipalities of the feed', () => {
    const tags = Array.from((page.doc.getElementById('element-select') as HTMLSelectElement).options).map((o) => o.value);
    expect(tags).to.include.members(['kpi-tile', 'opening-hours', 'goal-progress']);
    expect(tags).to.not.include('library-feed');
    const municipalities = Array.from((page.doc.getElementById('municipality-select') as HTMLSelectElement).options).map((o) => o.textContent);
    expect(municipalities).to.include('Heemstede (GM0397)');
    expect(page.doc.getElementById('feed-status')!.textContent).to.contain('Bibliotheek Zuid-Kennemerland');
  });

  it('builds a live KPI tile and the exact snippet for it', async () => {
    choose('element-select', 'kpi-tile');
    choose('opt-kpi', 'jeugdleden');
    choose('municipality-select', 'GM0397');
    choose('lang-select', 'en');
    const snippet = page.doc.getElementById('snippet')!.textContent!;
    const origin = new URL('/', location.href).href;
    // The bundle from the published site's content-hashed CDN folder (its versioned entry), with its integrity hash; the municipality's feed.
    expect(snippet).to.match(
      new RegExp(`<script type="module" src="${origin}demo/site/zuid-kennemerland/cdn/[0-9a-f]{12}/(?:biebkit@[0-9.]+/)?biebkit\\.js" integrity="sha384-[\\w+/=]+" crossorigin="anonymous"></script>`),
    );
    expect(snippet).to.contain(`<library-feed src="${origin}demo/site/zuid-kennemerland/feed.GM0397.json" lang="en">`);
    expect(snippet).to.contain('<kpi-tile kpi="jeugdleden"></kpi-tile>');
    const tile = page.doc.querySelector('#preview kpi-tile')!;
    await until(() => deepText(tile).includes('3,367'), 'the live tile to show 3,367 (English number format)');
  });

  it('switches the preview to a municipality theme and says which stylesheet to add', () => {
    choose('theme-select', 'utrecht');
    const preview = page.doc.getElementById('preview')!;
    expect(preview.classList.contains('utrecht-theme')).to.equal(true);
    expect(page.doc.getElementById('snippet')!.textContent).to.contain('themes/utrecht.css');
    // The Utrecht mapping reaches the element: its accent is Utrecht's link colour, not Biebkit's default.
    const accent = page.win.getComputedStyle(preview).getPropertyValue('--basis-color-accent-1-color-default').trim();
    expect(accent).to.not.equal('');
  });

  it('writes boolean options as bare attributes and leaves defaults out', () => {
    choose('theme-select', 'biebkit');
    const showTarget = page.doc.getElementById('opt-show-target') as HTMLInputElement;
    showTarget.checked = true;
    showTarget.dispatchEvent(new Event('change', { bubbles: true }));
    expect(page.doc.getElementById('snippet')!.textContent).to.contain('<kpi-tile kpi="jeugdleden" show-target></kpi-tile>');
    expect(page.doc.querySelector('#preview kpi-tile')!.hasAttribute('show-target')).to.equal(true);
    expectClean(page);
  });

  function method(value: string): void {
    const radio = page.doc.querySelector<HTMLInputElement>(`input[name=method][value=${value}]`)!;
    radio.checked = true;
    radio.dispatchEvent(new Event('change', { bubbles: true }));
  }

  it('offers the static HTML that biebkit publish made, previewed without JavaScript, or says what it did make', async () => {
    choose('lang-select', 'nl');
    choose('element-select', 'opening-hours');
    choose('opt-branch', 'plein-1');
    method('static');
    await until(() => Boolean(page.doc.querySelector('#preview iframe')), 'the static preview');
    const frame = page.doc.querySelector<HTMLIFrameElement>('#preview iframe')!;
    expect(frame.getAttribute('sandbox'), 'no script may run in it').to.equal('');
    expect(frame.src).to.match(/\/demo\/site\/zuid-kennemerland\/nl\/GM0397\/opening-hours\/plein-1\.html$/);
    const snippet = page.doc.getElementById('snippet')!.textContent!;
    expect(snippet).to.match(/^<!-- Biebkit: Openingstijden Bibliotheek Heemstede/);
    expect(snippet).to.contain('<opening-hours branch="plein-1" prerendered').and.contain('shadowrootmode="open"').and.contain('Stand op ');
    expect(page.doc.getElementById('method-status')!.textContent).to.contain('Vooraf gemaakt op');
    choose('element-select', 'kpi-tile');
    await until(() => page.doc.getElementById('method-status')!.textContent!.includes('maakt biebkit publish niet vooraf'), 'the note that kpi-tile is not prerendered');
    expect(page.doc.getElementById('snippet')!.textContent).to.equal('');
  });

  it('offers an iframe of the published embed page that grows to its content', async () => {
    choose('element-select', 'opening-hours');
    choose('opt-branch', 'plein-1');
    choose('lang-select', 'en');
    method('iframe');
    const frame = page.doc.querySelector<HTMLIFrameElement>('#preview iframe')!;
    expect(frame.src).to.match(/\/demo\/site\/zuid-kennemerland\/embed\/opening-hours\.html\?branch=plein-1&municipality=GM0397&lang=en$/);
    const snippet = page.doc.getElementById('snippet')!.textContent!;
    expect(snippet).to.contain('<iframe src=').and.contain('data-biebkit').and.match(/<script src="[^"]+\/embed\/resize\.js" integrity="sha384-/);
    await until(() => frame.clientHeight > 0 && Math.abs(frame.clientHeight - Math.ceil(frame.contentDocument?.documentElement.getBoundingClientRect().height ?? 0)) <= 1 && Boolean(frame.contentDocument?.querySelector('opening-hours')?.shadowRoot?.querySelector('[part=status]')), 'the iframe as tall as its rendered content');
    method('script');
    expect(page.doc.querySelector('#preview opening-hours')).to.not.equal(null);
    expectClean(page);
  });
});
