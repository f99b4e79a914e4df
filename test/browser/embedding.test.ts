/**
 * The CDN bundle on a page we do not control: two copies (two versions) of it on one page, elements in
 * the HTML before the script and created after it, strict CSP, right-to-left pages, and elements moved
 * out of and into the DOM again and again without leaving timers or observers behind.
 * Needs the built bundle (npm test builds first).
 */
import { expect, waitUntil } from '@open-wc/testing';

interface Probe {
  timers: Map<number, number>;
  observers: Set<unknown>;
  errors: string[];
  cspViolations: string[];
}
type PageWindow = Window & typeof globalThis & { __probe: Probe };

async function openPage(query = ''): Promise<{ frame: HTMLIFrameElement; win: PageWindow; doc: Document }> {
  const built = await fetch('/dist/biebkit.js', { method: 'HEAD' });
  if (!built.ok) throw new Error('dist/biebkit.js is missing: run `npm run build` before the browser tests');
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '1000px';
  frame.style.blockSize = '800px';
  frame.src = `/test/fixtures/embed-page.html${query}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as PageWindow;
  return { frame, win, doc: frame.contentDocument! };
}

/** Two animation frames of the page: whatever a render or an observer queued has run. */
function frames(win: Window): Promise<void> {
  return new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(() => resolve())));
}

const shadowText = (el: Element | null) => el?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';

async function rendered(doc: Document) {
  await waitUntil(
    () =>
      shadowText(doc.querySelector('kpi-tile')).includes('38,5 uur') &&
      // Drawn, not only rendered: until chart.js has drawn, the sparkline still holds its IntersectionObserver
      // and not yet its ResizeObserver, so counting observers before that compares two different states.
      (doc.querySelector('kpi-tile[variant=chart]')?.shadowRoot?.querySelector('kpi-sparkline') as (Element & { chart?: unknown }) | null)?.chart &&
      shadowText(doc.querySelector('opening-hours')).includes('Plein 1') &&
      doc.querySelector('activity-calendar')?.shadowRoot?.querySelector('.item'),
    'the elements rendered the feed',
    { timeout: 15_000 },
  );
}

describe('embedding the CDN bundle', function () {
  this.timeout(30_000);

  it('two copies on one page: no error, one definition each, one fetch of the feed, elements before and after the script', async () => {
    const { frame, win, doc } = await openPage();
    try {
      await rendered(doc);
      // Created after the script ran, outside the provider, with their own src: the same feed URL.
      const later = doc.getElementById('later')!;
      later.innerHTML = '<goal-progress src="/demo/feeds/zuid-kennemerland.json" now="2026-11-24T10:00"></goal-progress>';
      await waitUntil(() => later.querySelector('goal-progress')?.shadowRoot?.querySelector('[role=progressbar]'), 'a late element rendered', { timeout: 10_000 });
      const fetches = win.performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/demo/feeds/zuid-kennemerland.json'));
      expect(fetches.length, 'fetches of the feed').to.equal(1);
      // Each copy: the stable address, then the versioned entry it loads (dist/biebkit@<version>/biebkit.js).
      const bundles = win.performance.getEntriesByType('resource').filter((e) => /\/biebkit(@[^/]+\/biebkit)?\.js$/.test(e.name));
      expect(bundles.map((e) => new URL(e.name).pathname.replace(/@[^/]+\//, '@<version>/')).sort()).to.deep.equal([
        '/dist/biebkit.js',
        '/dist/biebkit@<version>/biebkit.js',
        '/v2/dist/biebkit.js',
        '/v2/dist/biebkit@<version>/biebkit.js',
      ]);
      // The chart variant's sparkline is defined from its own lazy chunk and draws with chart.js.
      const chartTile = doc.querySelector('kpi-tile[variant=chart]')!;
      await waitUntil(() => chartTile.shadowRoot?.querySelector('kpi-sparkline')?.shadowRoot?.querySelector('canvas'), 'the sparkline drew', { timeout: 10_000 });
      expect(win.customElements.get('kpi-sparkline')).to.not.equal(undefined);
      expect(win.__probe.errors).to.deep.equal([]);
      expect(win.__probe.cspViolations).to.deep.equal([]);
      // Each tag has one definition, from whichever copy came first.
      const ctor = win.customElements.get('kpi-tile');
      expect(ctor).to.not.equal(undefined);
      expect(doc.querySelector('kpi-tile')).to.be.instanceOf(ctor!);
    } finally {
      frame.remove();
    }
  });

  it('elements moved out and back in twenty times leave no timers or observers behind', async () => {
    const { frame, win, doc } = await openPage();
    try {
      await rendered(doc);
      const provider = doc.getElementById('provider')!;
      const baseline = { timers: win.__probe.timers.size, observers: win.__probe.observers.size };
      // The settled page holds two: the calendar's ResizeObserver and the drawn sparkline's.
      expect(baseline.observers, 'observers of the settled page').to.equal(2);
      // A move every frame: out and back in while renders, chunk loads and chart drawing are still under way.
      for (let i = 0; i < 20; i++) {
        provider.remove();
        await frames(win);
        doc.body.prepend(provider);
        await frames(win);
      }
      await rendered(doc);
      await frames(win);
      expect(win.__probe.timers.size, 'pending timers').to.be.at.most(baseline.timers);
      expect(win.__probe.observers.size, 'live observers').to.be.at.most(baseline.observers);
      provider.remove();
      await frames(win);
      expect(win.__probe.timers.size, 'timers once the elements are gone').to.equal(0);
      expect(win.__probe.observers.size, 'observers once the elements are gone').to.equal(0);
      expect(win.__probe.errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('a right-to-left page: the elements follow its direction and still render', async () => {
    const { frame, doc } = await openPage('?dir=rtl');
    try {
      await rendered(doc);
      const table = doc.querySelector('opening-hours')!.shadowRoot!.querySelector('table')!;
      expect(getComputedStyle(table).direction).to.equal('rtl');
      const cells = table.querySelectorAll('tbody tr:first-child > *');
      // In right-to-left order the day (first column) stands at the right.
      expect(cells[0]!.getBoundingClientRect().left).to.be.greaterThan(cells[1]!.getBoundingClientRect().left);
    } finally {
      frame.remove();
    }
  });
});
