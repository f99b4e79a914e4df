/**
 * The published site (`biebkit publish`, demo/site/<feed>/ written by scripts/publish-demo.mjs, which `npm test`
 * runs after the build): with JavaScript disabled its pages show what the live elements show, and pass axe; with
 * the bundle they are taken over without console errors, CSP violations or layout shift; an iframe embed grows
 * to its content; the calendars parse with ical.js and hold the calendar's occurrences.
 *
 * This file defines no Biebkit element in its own window: prerendered elements moved into it stay as the HTML
 * parser made them (declarative shadow DOM, no script).
 */
import { expect, waitUntil } from '@open-wc/testing';
import ICAL from 'ical.js';
import { ASSUMED_DURATION_MS, fromWall, listOccurrences, type Feed } from '@biebkit/feed';
import { deepText as readText } from './deep-text.js';

const SITE = '/demo/site/zuid-kennemerland/';
const SITE_EN = '/demo/site/kopgroep/';

interface SiteJson {
  publishedAt: string;
  cdn: { dir: string; embed: { resize: { path: string; integrity: string } } };
  views: { id: string; scope: string; lang: string; element: string; fragment: string; iframe: string }[];
}

let sites: Map<string, Promise<SiteJson>> | undefined;
function site(base: string): Promise<SiteJson> {
  sites ??= new Map();
  let s = sites.get(base);
  if (!s) {
    s = fetch(`${base}site.json`).then((r) => {
      if (!r.ok) throw new Error(`${base}site.json: HTTP ${r.status}. Publish the demo feeds first: npm run build && node scripts/publish-demo.mjs`);
      return r.json() as Promise<SiteJson>;
    });
    sites.set(base, s);
  }
  return s;
}

function frame(attributes: Record<string, string>, width = 1200, height = 900): { frame: HTMLIFrameElement; loaded: Promise<unknown> } {
  const el = document.createElement('iframe');
  el.style.inlineSize = `${width}px`;
  el.style.blockSize = `${height}px`;
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  const loaded = new Promise((resolve) => el.addEventListener('load', resolve, { once: true }));
  document.body.append(el);
  return { frame: el, loaded };
}

/** What a visitor reads of a node (a closed <details>: its summary). */
const deepText = (node: Node) => readText(node, { closedDetails: 'summary' });

/** The published page with scripts disabled: sandboxed without allow-scripts (declarative shadow DOM still renders). */
async function staticPage(path: string): Promise<{ frame: HTMLIFrameElement; doc: Document }> {
  const { frame: f, loaded } = frame({ sandbox: 'allow-same-origin', src: path });
  await loaded;
  return { frame: f, doc: f.contentDocument! };
}

/** The time stamps that only prerendered text carries ("Stand op 3 december om 14:05: "). */
const withoutStamps = (text: string) => text.replace(/(Stand op \d+ [a-z]+ om \d\d:\d\d|As of \d+ [A-Za-z]+, \d\d:\d\d)(: )?/g, '').replace(/\s+/g, ' ').trim();

describe('the published site', function () {
  this.timeout(60_000);

  for (const [base, scope, lang] of [
    [SITE, 'GM0397', 'nl'],
    [SITE_EN, 'all', 'en'],
  ] as const) {
    it(`with JavaScript disabled, ${base}${lang}/${scope}/ shows the same text as the live elements, and passes axe`, async () => {
      const { publishedAt } = await site(base);
      const { frame: staticFrame, doc } = await staticPage(`${base}${lang}/${scope}/index.html`);
      const live = frame({ srcdoc: '<!doctype html><html><body></body></html>' });
      try {
        const prerendered = [...doc.querySelectorAll('library-feed > *')];
        expect(prerendered.length).to.be.greaterThan(3);
        expect(doc.defaultView!.customElements.get('opening-hours'), 'no script ran').to.equal(undefined);
        for (const el of prerendered) expect(el.shadowRoot, `${el.localName} has its declarative shadow root`).to.not.equal(null);
        expect(deepText(doc.body)).to.match(lang === 'en' ? /As of \d+ [A-Za-z]+, \d\d:\d\d/ : /Stand op \d+ [a-z]+ om \d\d:\d\d/);

        // The same elements, live from the bundle, at the instant the site was published.
        await live.loaded;
        const liveDoc = live.frame.contentDocument!;
        for (const el of prerendered) {
          const provider = liveDoc.createElement('library-feed');
          const source = el.parentElement!;
          provider.setAttribute('src', new URL(source.getAttribute('src')!, staticFrame.contentWindow!.location.href).href);
          provider.setAttribute('lang', source.getAttribute('lang')!);
          const copy = liveDoc.createElement(el.localName);
          for (const a of el.attributes) if (a.name !== 'prerendered') copy.setAttribute(a.name, a.value);
          copy.setAttribute('now', publishedAt);
          provider.append(copy);
          liveDoc.body.append(provider);
        }
        const script = liveDoc.createElement('script');
        script.type = 'module';
        script.src = '/dist/biebkit.js';
        liveDoc.head.append(script);
        const copies = [...liveDoc.querySelectorAll('library-feed > *')] as (Element & { hasUpdated?: boolean })[];
        await waitUntil(
          () => copies.every((c) => c.hasUpdated && c.shadowRoot && !c.shadowRoot.querySelector('[part=loading]')),
          'the live elements rendered',
          { timeout: 20_000 },
        );
        prerendered.forEach((el, i) => {
          expect(withoutStamps(deepText(el.shadowRoot!)), `${el.localName} ${el.getAttribute('branch') ?? el.getAttribute('theme') ?? ''}`).to.equal(
            withoutStamps(deepText(copies[i]!.shadowRoot!)),
          );
        });

        // axe in this window, on the static page moved here as it is (no element is defined in this window).
        const container = document.createElement('div');
        container.lang = lang;
        container.append(...[...doc.body.childNodes].map((n) => document.adoptNode(n)));
        document.body.append(container);
        try {
          expect(customElements.get('opening-hours')).to.equal(undefined);
          await expect(container).to.be.accessible();
        } finally {
          container.remove();
        }
      } finally {
        staticFrame.remove();
        live.frame.remove();
      }
    });
  }

  it('the site’s index page, with every snippet, passes axe', async () => {
    const html = await (await fetch(`${SITE}index.html`)).text();
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelectorAll('pre code').length).to.be.greaterThan(2);
    expect(doc.body.textContent).to.contain('integrity=').and.contain('<iframe').and.contain("'unsafe-hashes'");
    const container = document.createElement('div');
    container.lang = 'nl';
    container.append(...[...doc.body.childNodes].map((n) => document.adoptNode(n)));
    document.body.append(container);
    try {
      await expect(container).to.be.accessible();
    } finally {
      container.remove();
    }
  });

  it('with the bundle the prerendered elements are taken over: no console error, no CSP violation, no layout shift', async () => {
    await site(SITE);
    for (const [path, width] of [
      [`${SITE}nl/GM0397/index.html`, 1280],
      [`${SITE}nl/GM0397/index.html`, 390],
      [`${SITE_EN}en/all/index.html`, 1280],
    ] as const) {
      const html = await (await fetch(path)).text();
      // The page as published, with the probe first (before its CSP, which allows it: same origin).
      const page = html.replace('<head>', `<head><base href="${new URL(path, location.href).href}"><script src="/test/fixtures/publish-probe.js"></script>`);
      const { frame: f, loaded } = frame({ srcdoc: page }, width, 900);
      try {
        await loaded;
        const win = f.contentWindow as Window & { __probe: { errors: string[]; violations: string[]; shifts: number[]; moved: string[] } };
        const elements = [...f.contentDocument!.querySelectorAll('library-feed > *')] as (Element & { hasUpdated?: boolean })[];
        expect(elements.length).to.be.greaterThan(3);
        await waitUntil(() => elements.every((el) => el.hasUpdated), 'every element took over its prerendered content', { timeout: 20_000 }).catch((error: Error) => {
          throw new Error(`${error.message}: not ${elements.filter((el) => !el.hasUpdated).map((el) => el.localName).join(', ')}; ${win.__probe.errors.join('; ')}`);
        });
        await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
        expect(deepText(f.contentDocument!.body), 'live text has no stamps').to.not.match(/Stand op \d+|As of \d+/);
        expect(win.__probe.errors, `${path} errors`).to.deep.equal([]);
        expect(win.__probe.violations, `${path} CSP violations`).to.deep.equal([]);
        expect(win.__probe.shifts.reduce((a, b) => a + b, 0), `${path} at ${width} px: CLS (moved: ${win.__probe.moved.join('; ')})`).to.equal(0);
      } finally {
        f.remove();
      }
    }
  });

  it('an iframe embed grows to its content, in the language and colour scheme asked for', async () => {
    const { cdn } = await site(SITE);
    const script = document.createElement('script');
    script.src = `${SITE}${cdn.embed.resize.path}`;
    script.integrity = cdn.embed.resize.integrity;
    script.crossOrigin = 'anonymous';
    const scriptLoaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
    document.head.append(script);
    await scriptLoaded;
    const { frame: f, loaded } = frame({
      'data-biebkit': '',
      title: 'Opening hours',
      src: `${SITE}embed/opening-hours.html?branch=plein-1&municipality=GM0397&lang=en&color-scheme=dark`,
    }, 700, 150);
    try {
      await loaded;
      const doc = f.contentDocument!;
      await waitUntil(() => doc.querySelector('opening-hours')?.shadowRoot?.querySelector('[part=status]'), 'the element rendered', { timeout: 20_000 });
      const content = () => Math.ceil(doc.documentElement.getBoundingClientRect().height);
      await waitUntil(() => Math.abs(f.clientHeight - content()) <= 1, 'the iframe is as tall as its content', { timeout: 10_000 }).catch((e: Error) => {
        throw new Error(`${e.message}: iframe ${f.clientHeight} px, content ${content()} px`);
      });
      expect(content()).to.be.greaterThan(300);
      expect(doc.documentElement.lang).to.equal('en');
      expect(deepText(doc.body)).to.contain('Opening hours of');
      expect(doc.defaultView!.getComputedStyle(doc.documentElement).colorScheme).to.equal('dark');
      expect(doc.querySelector('library-feed')!.getAttribute('src')).to.match(/\/feed\.GM0397\.json$/);
    } finally {
      f.remove();
    }
  });

  it('the calendars parse with ical.js and hold exactly the occurrences the calendar shows', async () => {
    const { publishedAt } = await site(SITE);
    const now = Date.parse(publishedAt);
    const feed = (await (await fetch(`${SITE}feed.json`)).json()) as Feed;
    const to = now + 90 * 86_400_000;
    const expected = listOccurrences(feed, { fromMs: now, toMs: to, nowMs: now }).map((o) => `${o.activity.id}@${o.startMs}`);
    expect(expected.length).to.be.greaterThan(5);
    const text = await (await fetch(`${SITE}ics/agenda.ics`)).text();
    const calendar = new ICAL.Component(ICAL.parse(text));
    ICAL.TimezoneService.register(new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!), 'Europe/Amsterdam');
    // An all-day date starts at midnight in Amsterdam, whatever the zone of this browser.
    const instant = (t: ICAL.Time) => (t.isDate ? fromWall(t.year, t.month, t.day, 0, 0, 0) : t.toUnixTime() * 1000);
    const found: string[] = [];
    const uids = new Set<string>();
    for (const vevent of calendar.getAllSubcomponents('vevent')) {
      const event = new ICAL.Event(vevent);
      expect(uids.has(event.uid), `one VEVENT per UID: ${event.uid}`).to.equal(false);
      uids.add(event.uid);
      expect(vevent.getFirstPropertyValue('sequence')).to.be.a('number');
      const id = event.uid.replace(/@.*$/, '');
      const duration = event.duration.toSeconds() * 1000 || ASSUMED_DURATION_MS;
      const iterator = event.iterator();
      for (let next = iterator.next(); next && instant(next) < to; next = iterator.next()) {
        const start = instant(next);
        // Going on at some point from now on, as the agenda lists them.
        if (start + duration > now) found.push(`${id}@${start}`);
      }
    }
    expect(found.sort()).to.deep.equal([...expected].sort());
    // And the prerendered agenda shows the first of them, in that order.
    const page = await (await fetch(`${SITE}nl/all/activities.html`)).text();
    const keys = [...page.matchAll(/data-key="([^"]+)"/g)].map((m) => m[1]);
    expect(keys.length).to.be.greaterThan(0);
    expect(keys).to.deep.equal(expected.slice(0, keys.length));
  });
});
