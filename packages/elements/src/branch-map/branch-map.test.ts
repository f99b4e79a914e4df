import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { clearFeedResources, fromWall } from '@biebkit/feed';
import './define.js';
import type { BranchMap } from './branch-map.js';

const FEED = '/test/fixtures/hours-feed.json';

async function show(template: ReturnType<typeof html>): Promise<BranchMap> {
  const el = await fixture<BranchMap>(template);
  await waitUntil(() => el.shadowRoot?.querySelector('[part=list], [part=notice]'), 'rendered', { timeout: 5000 });
  await el.updateComplete;
  return el;
}
const names = (el: BranchMap) => [...el.shadowRoot!.querySelectorAll('[part=item] .name')].map((n) => n.textContent);
const tileRequests = () => performance.getEntriesByType('resource').filter((r) => r.name.includes('pdok') || r.name.includes('tile')).length;

describe('<branch-map>', () => {
  beforeEach(() => clearFeedResources());

  it('lists the branches first, by name, with address, status now and today, and draws them where they are without any tiles', async () => {
    const el = await show(html`<branch-map src=${FEED} now="2026-11-23T09:00"></branch-map>`);
    expect(names(el)).to.deep.equal([
      'Bibliotheek Haarlem Centrum',
      'Bibliotheek Noord',
      'Bibliotheek Plein 1',
      'Bibliotheek Schalkwijk',
      'Bibliotheek Zuid',
      'Servicepunt Bosch en Vaart',
    ]);
    const plein = el.shadowRoot!.querySelector('[data-branch=plein-1]')!;
    expect(plein.textContent!.replace(/\s+/g, ' ')).to.contain('Julianaplein 1, 2101 AA Heemstede').and.contain('Open zonder personeel tot 22:00 · bemand vanaf 14:00').and.contain('Vandaag: 08:00–22:00');
    // The list comes before the map in the DOM (and so in reading order).
    const list = el.shadowRoot!.querySelector('[part=list]')!;
    const svgEl = el.shadowRoot!.querySelector('svg.overview')!;
    expect(list.compareDocumentPosition(svgEl) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    // True relative positions: Noord (52.397 N) above Bosch en Vaart (52.348 N); Schalkwijk (4.664 E) right of Plein 1 (4.622 E).
    const pos = (id: string) => svgEl.querySelector(`[data-branch=${id}]`)!.getAttribute('transform')!.match(/[\d.]+/g)!.map(Number);
    expect(pos('noord')[1]!).to.be.lessThan(pos('servicepunt-bos')[1]!);
    expect(pos('schalkwijk')[0]!).to.be.greaterThan(pos('plein-1')[0]!);
    // Status by shape, not only colour: a filled circle for open, a square for closed, a dashed ring for unknown.
    expect(svgEl.querySelector('[data-branch=plein-1] circle')).to.not.equal(null);
    expect(svgEl.querySelector('[data-branch=zuid] rect')).to.not.equal(null);
    const ring = svgEl.querySelector('[data-branch=noord] circle')!;
    expect(getComputedStyle(ring).strokeDasharray).to.not.equal('none');
    expect(getComputedStyle(svgEl.querySelector('[data-branch=plein-1] circle')!).strokeDasharray).to.equal('none');
    expect(el.shadowRoot!.querySelector('[part=show-map]')!.textContent!.trim()).to.equal('Toon kaart');
    expect(el.shadowRoot!.querySelector('.leaflet-container')).to.equal(null);
    expect(tileRequests()).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('sorts by "open now"', async () => {
    const el = await show(html`<branch-map src=${FEED} now="2026-11-23T09:00"></branch-map>`);
    const select = el.shadowRoot!.querySelector('select')!;
    select.value = 'open';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.getAttribute('sort')).to.equal('open');
    expect(names(el)).to.deep.equal([
      'Bibliotheek Plein 1',
      'Bibliotheek Schalkwijk',
      'Bibliotheek Noord',
      'Bibliotheek Haarlem Centrum',
      'Bibliotheek Zuid',
      'Servicepunt Bosch en Vaart',
    ]);
  });

  it('narrows to a municipality and a kind, in English', async () => {
    const el = await show(html`<branch-map src=${FEED} municipality="GM0397" now="2026-11-25T15:00" lang="en"></branch-map>`);
    expect(names(el)).to.deep.equal(['Bibliotheek Plein 1', 'Servicepunt Bosch en Vaart']);
    expect(el.shadowRoot!.querySelector('[data-branch=servicepunt-bos]')!.textContent).to.contain('By appointment · until 17:00 (call ahead)');
    expect(el.shadowRoot!.querySelector('[part=show-map]')!.textContent!.trim()).to.equal('Show map');
    el.kind = 'service-point';
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Servicepunt Bosch en Vaart']);
    await expect(el).to.be.accessible();
  });

  it('loads Leaflet only on "Toon kaart"; markers carry shape and name; keyboard goes from list to marker and back', async () => {
    const el = await show(html`<branch-map src=${FEED} tiles="none" now="2026-11-23T09:00"></branch-map>`);
    expect(el.shadowRoot!.querySelector('.leaflet-container')).to.equal(null);
    const ready = oneEvent(el, 'map-ready');
    (el.shadowRoot!.querySelector('[part=show-map]') as HTMLButtonElement).click();
    await ready;
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelector('.leaflet-container')).to.not.equal(null);
    const markers = [...root.querySelectorAll<HTMLElement>('.leaflet-marker-icon')];
    expect(markers).to.have.length(6);
    const plein = root.querySelector<HTMLElement>('.bk-pin--open[aria-label^="Bibliotheek Plein 1"]')!;
    expect(plein.getAttribute('aria-label')).to.equal('Bibliotheek Plein 1: open');
    expect(plein.textContent).to.equal('✓');
    expect(root.querySelector('.bk-pin--closed[aria-label^="Bibliotheek Zuid"]')!.textContent).to.equal('✕');
    expect(root.querySelector('.leaflet-control-attribution')).to.not.equal(null);
    // From the list to the marker: its popup says what the list says.
    const toMap = root.querySelector<HTMLButtonElement>('[data-branch=plein-1] .to-map')!;
    expect(toMap.textContent).to.equal('Toon Bibliotheek Plein 1 op de kaart');
    toMap.click();
    expect(root.activeElement).to.equal(plein);
    const popup = root.querySelector('.bk-popup')!;
    expect(popup.textContent).to.contain('Open zonder personeel tot 22:00 · bemand vanaf 14:00');
    // And back: the popup's button, or Escape on the marker.
    (popup.querySelector('button') as HTMLButtonElement).click();
    expect(root.activeElement).to.equal(toMap);
    toMap.click();
    plein.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(root.activeElement).to.equal(toMap);
    expect(tileRequests()).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('loads the map at once with map="eager", with the configured attribution as text', async () => {
    const el = await fixture<BranchMap>(
      html`<branch-map src=${FEED} map="eager" tiles="none" tiles-attribution="<b>Kaart</b> © Test" now="2026-11-23T09:00"></branch-map>`,
    );
    await oneEvent(el, 'map-ready');
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('.leaflet-marker-icon')).to.have.length(6);
    expect(root.querySelector('[part=show-map]')).to.equal(null);
  });

  it('map="none" keeps the drawn overview only', async () => {
    const el = await show(html`<branch-map src=${FEED} map="none" now="2026-11-23T09:00"></branch-map>`);
    expect(el.shadowRoot!.querySelector('[part=show-map]')).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('svg.overview g.pin')).to.have.length(6);
    await expect(el).to.be.accessible();
  });

  it('keeps the names of the branches at the far left and right inside the drawing', async () => {
    const feed = await (await fetch(FEED)).json();
    const [west, east] = feed.branches as { name: string; geo: { lat: number; lon: number } }[];
    Object.assign(west!, { name: 'Bibliobus Duinstreek: Bentveld, Dorpsplein', geo: { lat: 52.36, lon: 4.5 } });
    Object.assign(east!, { name: 'Bibliobus Duinstreek: Overveen, Kerkplein', geo: { lat: 52.4, lon: 4.7 } });
    feed.branches = [west, east];
    const el = await show(html`<branch-map .feed=${feed} map="none" now="2026-11-23T09:00"></branch-map>`);
    const labels = [...el.shadowRoot!.querySelectorAll('svg.overview text.label')];
    expect(labels).to.have.length(2);
    // The drawing's ground: where the SVG is as narrow as its container, what is outside it is cut off.
    const drawing = el.shadowRoot!.querySelector('svg.overview .ground')!.getBoundingClientRect();
    for (const label of labels) {
      const box = label.getBoundingClientRect();
      expect(box.left, label.textContent!).to.be.at.least(drawing.left - 0.5);
      expect(box.right, label.textContent!).to.be.at.most(drawing.right + 0.5);
    }
  });

  it('puts JSON-LD for every branch in scope into the page, once each', async () => {
    await show(html`<branch-map src=${FEED} now="2026-11-23T09:00"></branch-map>`);
    await show(html`<branch-map src=${FEED} municipality="GM0392" now="2026-11-23T09:00"></branch-map>`);
    const all = () => [...document.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"][data-biebkit-jsonld^="bieb-uren-test/"]')];
    // Written when the page is idle, after the list is on screen.
    await waitUntil(() => all().length === 6, 'JSON-LD for the six branches', { timeout: 5000 });
    const scripts = all();
    expect(scripts.map((s) => s.dataset['biebkitJsonld']).sort()).to.deep.equal(
      ['centrum', 'noord', 'plein-1', 'schalkwijk', 'servicepunt-bos', 'zuid'].map((id) => `bieb-uren-test/${id}`),
    );
    const zuid = JSON.parse(scripts.find((s) => s.dataset['biebkitJsonld'] === 'bieb-uren-test/zuid')!.textContent!);
    expect(zuid.specialOpeningHoursSpecification[0]).to.deep.equal({
      '@type': 'OpeningHoursSpecification',
      validFrom: '2026-11-23',
      validThrough: '2026-11-23',
      opens: '00:00',
      closes: '00:00',
    });
  });

  describe('a national network (1,300 branches)', function () {
    this.timeout(60_000);
    /** The fixture's branches copied to 1,300 with their own ids, names and positions. */
    async function network(): Promise<Record<string, unknown>> {
      const feed = (await (await fetch(FEED)).json()) as { branches: Record<string, unknown>[] };
      const templates = feed.branches;
      const branches = Array.from({ length: 1300 }, (_, i) => ({
        ...templates[i % templates.length]!,
        id: `b-${String(i).padStart(4, '0')}`,
        name: `Vestiging ${String(i).padStart(4, '0')}`,
        geo: { lat: 50.8 + ((i * 7919) % 2600) / 1000, lon: 3.4 + ((i * 104729) % 3700) / 1000 },
      }));
      return { ...feed, branches };
    }

    it('shows the first screen at once, adds the rest below in order (busy until then), and draws every mark after', async () => {
      const feed = await network();
      const el = await fixture<BranchMap>(html`<branch-map map="none" no-structured-data now="2026-11-23T09:55"></branch-map>`);
      el.feed = feed;
      await waitUntil(() => el.shadowRoot!.querySelector('[part=item]'), 'first rows', { timeout: 10_000 });
      const list = el.shadowRoot!.querySelector('[part=list]')!;
      const first = names(el).length;
      expect(first, 'a first screen, not the whole list').to.be.within(10, 300);
      expect(list.getAttribute('aria-busy')).to.equal('true');
      // The drawing keeps its room while the list fills, and is complete after.
      expect(el.shadowRoot!.querySelector('svg.overview')).to.not.equal(null);
      await waitUntil(() => names(el).length === 1300, 'the whole list', { timeout: 20_000 });
      await el.updateComplete;
      expect(list.getAttribute('aria-busy')).to.equal('false');
      const all = names(el);
      expect(all[0]).to.equal('Vestiging 0000');
      expect(all).to.deep.equal([...all].sort((a, b) => a!.localeCompare(b!, 'nl')));
      // Every row is in the document (find in page, screen readers), in reading order.
      expect(el.shadowRoot!.querySelectorAll('[part=item]')).to.have.length(1300);
      // Marks drawn in four paths, one per state present, not 1,300 groups.
      const paths = el.shadowRoot!.querySelectorAll('svg.overview path.marks');
      expect(paths.length).to.be.within(1, 4);
      expect(el.shadowRoot!.querySelectorAll('svg.overview g.pin')).to.have.length(0);
      const marksDrawn = [...paths].reduce((n, p) => n + (p.getAttribute('d')!.match(/M/g)?.length ?? 0), 0);
      expect(marksDrawn).to.equal(1300);
      await expect(el).to.be.accessible({ ignoredRules: ['region'] });
    });

    it('re-renders itself when the first status changes, with one timer, gone when the element is', async () => {
      const realNow = Date.now;
      let clock = fromWall(2026, 11, 23, 9, 55);
      Date.now = () => clock;
      try {
        const feed = await network();
        const el = await fixture<BranchMap>(html`<branch-map map="none" no-structured-data></branch-map>`);
        el.feed = feed;
        await waitUntil(() => names(el).length === 1300, 'the whole list', { timeout: 20_000 });
        await el.updateComplete;
        const nextUpdate = el.nextUpdate!;
        expect(nextUpdate).to.be.greaterThan(clock);
        const states = () => [...el.shadowRoot!.querySelectorAll('[part=item] .state')].map((s) => s.textContent);
        const before = states();
        // The change falls due (the test moves the clock and renders, as the element's own timer does then).
        clock = nextUpdate;
        el.requestUpdate();
        await el.updateComplete;
        expect(el.nextUpdate).to.be.greaterThan(nextUpdate);
        expect(states()).to.not.deep.equal(before);
        el.remove();
        expect(el.nextUpdate).to.equal(undefined);
      } finally {
        Date.now = realNow;
      }
    });
  });
});
