import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { Chart } from 'chart.js';
import './define.js';
import type { KpiTile } from './kpi-tile.js';
import type { KpiSparkline } from './kpi-sparkline.js';

const FEED = '/test/fixtures/kpi-feed.json';
const NOW = '2026-11-21T12:00';

const root = (el: Element) => el.shadowRoot!;
const text = (el: Element, selector: string) => root(el).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const all = (el: Element, selector: string) => [...root(el).querySelectorAll(selector)].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());

async function tile(template: ReturnType<typeof html>): Promise<KpiTile> {
  const el = await fixture<KpiTile>(template);
  await waitUntil(() => root(el).querySelector('.tile, .bk-notice, .bk-error'), 'tile rendered', { timeout: 5000 });
  return el;
}

describe('<kpi-tile>', () => {
  it('shows the latest value, its period and the change against the year before, with words', async () => {
    const el = await tile(html`<kpi-tile src=${FEED} now=${NOW} kpi="bezoek-plein-1"></kpi-tile>`);
    expect(text(el, '[part~=label]')).to.equal('Bezoeken Plein 1');
    expect(text(el, '[part~=value]')).to.equal('108.250');
    expect(text(el, '[part~=period-label]')).to.equal('2025');
    expect(all(el, '.delta')).to.deep.equal(['↑ +7,2% (+7.250) t.o.v. 2024 · beter']);
    expect(root(el).querySelector('.delta')!.classList.contains('good')).to.be.true;
    expect(root(el).querySelector('.delta .arrow')!.getAttribute('aria-hidden')).to.equal('true');
    expect(text(el, '[part~=source]')).to.equal('Bron: Poortellers');
    expect(root(el).querySelector('[part~=target]')).to.equal(null, 'no target without show-target');
    await expect(el).to.be.accessible();
  });

  it('with show-target: the target, behind schedule and by how much', async () => {
    const el = await tile(html`<kpi-tile src=${FEED} now=${NOW} kpi="bezoek-plein-1" show-target></kpi-tile>`);
    // From 95.000 (end 2022) to 120.000 (end 2027, 1826 days): at end 2025 (day 1096) the line is at
    // 110.005,5; 108.250 is 1.755 short, and 13.250 of 25.000 is 53% of the way.
    expect(text(el, '[part~=target]')).to.equal('Doel 120.000 op 31 dec 2027 ! achter op schema 53% van de weg · 1.755 achter');
    expect(root(el).querySelector('.target')!.classList.contains('status-behind')).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('quarters: both changes by default, one with compare, none with compare="none"; English', async () => {
    const el = await tile(html`<kpi-tile src=${FEED} now=${NOW} kpi="uitleningen" lang="en"></kpi-tile>`);
    expect(text(el, '[part~=period-label]')).to.equal('Q3 2026 (provisional)');
    expect(all(el, '.delta')).to.deep.equal(['↓ -9.1% (-3,850) vs Q2 2026 · worse', '↑ +5% (+1,820) vs Q3 2025 · better']);
    expect(root(el).querySelector('.delta')!.classList.contains('bad')).to.be.true;
    el.compare = 'year';
    await el.updateComplete;
    expect(all(el, '.delta')).to.deep.equal(['↑ +5% (+1,820) vs Q3 2025 · better']);
    el.compare = 'none';
    await el.updateComplete;
    expect(root(el).querySelector('.deltas')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('percent KPIs change in percentage points; lower is better turns a fall into good news', async () => {
    const pleasure = await tile(html`<kpi-tile src=${FEED} now=${NOW} kpi="leesplezier-12"></kpi-tile>`);
    expect(text(pleasure, '[part~=value]')).to.equal('59%');
    expect(all(pleasure, '.delta')).to.deep.equal(['↑ +2 procentpunten t.o.v. 2024 · beter']);
    const digital = await tile(html`<kpi-tile src=${FEED} now=${NOW} kpi="digitaal-laag"></kpi-tile>`);
    expect(text(digital, '[part~=value]')).to.equal('20,0%');
    expect(all(digital, '.delta')).to.deep.equal(['↓ -1,0 procentpunten t.o.v. 2024 · beter']);
    expect(root(digital).querySelector('.delta')!.classList.contains('good')).to.be.true;
    await expect(digital).to.be.accessible();
  });

  it('euro, hours and a single measurement', async () => {
    const budget = await tile(html`<kpi-tile src=${FEED} now=${NOW} kpi="budget" variant="compact"></kpi-tile>`);
    expect(text(budget, '[part~=value]')).to.equal('€ 1,2 mln');
    expect(all(budget, '.delta')).to.deep.equal(['↑ +5,1% t.o.v. 2025 · beter']);
    const hours = await tile(html`<kpi-tile src=${FEED} now=${NOW} kpi="bemande-uren"></kpi-tile>`);
    expect(text(hours, '[part~=value]')).to.equal('38,5 uur');
    expect(all(hours, '.delta')).to.deep.equal(['→ 0% (0 uur) t.o.v. 2025 · gelijk']);
    const single = await tile(html`<kpi-tile src=${FEED} now=${NOW} kpi="tevredenheid" variant="chart"></kpi-tile>`);
    expect(text(single, '[part~=value]')).to.equal('7,8');
    expect(root(single).querySelector('.deltas, kpi-sparkline')).to.equal(null, 'no change and no chart for one measurement');
    await expect(single).to.be.accessible();
  });

  it('no data for the requested period, or none at all', async () => {
    const el = await tile(html`<kpi-tile src=${FEED} now=${NOW} kpi="uitleningen" period="2024-Q3"></kpi-tile>`);
    expect(text(el, '[part~=no-data]')).to.equal('Geen meting voor Q3 2024. Laatste meting: Q3 2026.');
    expect(text(el, '[part~=label]')).to.equal('Uitleningen');
    await expect(el).to.be.accessible();
    el.period = '2025-Q3';
    await el.updateComplete;
    expect(text(el, '[part~=value]')).to.equal('36.480');
    const empty = await tile(html`<kpi-tile src=${FEED} now=${NOW} kpi="nog-leeg"></kpi-tile>`);
    expect(text(empty, '[part~=no-data]')).to.equal('Nog geen metingen.');
  });

  it('names an unknown KPI id, also when scoping leaves it out', async () => {
    const el = await tile(html`<kpi-tile src=${FEED} now=${NOW} kpi="bezoekers-typo"></kpi-tile>`);
    expect(text(el, '[part~=notice]')).to.equal('Er staat geen KPI met id “bezoekers-typo” in deze feed.');
    expect(root(el).querySelector('[part~=notice]')!.getAttribute('role')).to.equal('status');
    await expect(el).to.be.accessible();
    const scoped = await tile(html`<kpi-tile src=${FEED} now=${NOW} kpi="bezoek-plein-1" municipality="GM0392" lang="en"></kpi-tile>`);
    expect(text(scoped, '[part~=notice]')).to.equal('There is no KPI with id “bezoek-plein-1” in this feed.');
  });

  it('shows the feed error', async () => {
    const el = await tile(html`<kpi-tile src="/test/fixtures/kpi-missing.json" kpi="x"></kpi-tile>`);
    expect(text(el, '[role=alert]')).to.contain('HTTP 404');
    await expect(el).to.be.accessible();
  });

  it('reserves its space while loading, so the page does not jump', async () => {
    const el = await fixture<KpiTile>(html`<kpi-tile src="${FEED}?slow" now=${NOW} kpi="budget" variant="compact"></kpi-tile>`);
    const loading = root(el).querySelector('.bk-loading') as HTMLElement;
    expect(loading, 'loading state first').to.exist;
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    const loadingHeight = el.getBoundingClientRect().height;
    expect(loadingHeight).to.equal(6.5 * rem);
    await expect(el).to.be.accessible();
    await waitUntil(() => root(el).querySelector('.tile'), 'ready', { timeout: 5000 });
    expect(el.getBoundingClientRect().height).to.equal(loadingHeight, 'a compact tile keeps the reserved height');
  });

  describe('variant="chart"', () => {
    afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

    const sparklineOf = (el: KpiTile) => root(el).querySelector('kpi-sparkline') as KpiSparkline;
    const canvasOf = (el: KpiTile) => sparklineOf(el).shadowRoot!.querySelector('canvas')!;

    it('draws a sparkline, gives the numbers as text and as a table, resizes with its container and cleans up', async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="inline-size: 400px">
        <kpi-tile src=${FEED} now=${NOW} kpi="bezoek-plein-1" variant="chart"></kpi-tile>
      </div>`);
      const el = box.querySelector('kpi-tile')!;
      await waitUntil(() => root(el).querySelector('.tile') && sparklineOf(el)?.chart, 'chart drawn', { timeout: 5000 });
      const canvas = canvasOf(el);
      expect(Chart.getChart(canvas)).to.equal(sparklineOf(el).chart);
      expect(sparklineOf(el).chart!.data.datasets[0]!.data).to.deep.equal([95000, 99100, 101000, 108250]);
      expect(sparklineOf(el).getAttribute('aria-hidden')).to.equal('true');
      expect(text(el, '.trend .visually-hidden')).to.equal(
        'Van 2022 tot 2025: van 95.000 naar 108.250. Hoogste 108.250 (2025), laagste 95.000 (2022).',
      );
      const details = root(el).querySelector('details')!;
      expect(details.open).to.be.false;
      expect(text(el, 'summary')).to.equal('Cijfers als tabel');
      (root(el).querySelector('summary') as HTMLElement).click();
      expect(details.open).to.be.true;
      expect(all(el, 'tbody tr')).to.deep.equal(['2022 95.000', '2023 99.100', '2024 101.000', '2025 108.250']);
      expect(all(el, 'thead th')).to.deep.equal(['Periode', 'Waarde']);
      await expect(el).to.be.accessible();

      const before = canvas.getBoundingClientRect().width;
      box.style.inlineSize = '250px';
      await waitUntil(() => Math.abs(canvas.getBoundingClientRect().width - before) > 100, 'canvas follows its container', { timeout: 10_000 });
      expect(Math.round(canvas.getBoundingClientRect().width)).to.be.closeTo(250 - 2 * 13, 14);

      el.remove();
      expect(Chart.getChart(canvas)).to.equal(undefined, 'chart destroyed when the tile leaves the page');
      expect(sparklineOf(el).chart).to.equal(undefined);
    });

    it('does not draw (or load chart.js for) a sparkline until it is on screen', async () => {
      const el = await fixture<KpiTile>(html`<div style="margin-block-start: 300vh">
        <kpi-tile src=${FEED} now=${NOW} kpi="uitleningen" variant="chart"></kpi-tile>
      </div>`);
      const t = el.querySelector('kpi-tile')!;
      await waitUntil(() => root(t).querySelector('kpi-sparkline'), 'tile rendered', { timeout: 5000 });
      // An IntersectionObserver of our own, made after the sparkline's, reports after it: once ours has said
      // "not in view", the sparkline has had its answer too and must not have drawn.
      const spark = sparklineOf(t);
      const seen = await new Promise<boolean>((resolve) => {
        const io = new IntersectionObserver((entries) => {
          io.disconnect();
          resolve(entries.some((e) => e.isIntersecting));
        });
        io.observe(spark);
      });
      expect(seen, 'the sparkline starts off screen').to.equal(false);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      expect(spark.chart).to.equal(undefined);
      t.scrollIntoView();
      await waitUntil(() => sparklineOf(t).chart, 'drawn once scrolled into view', { timeout: 5000 });
    });

    it('does not animate when the visitor prefers reduced motion', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await tile(html`<kpi-tile src=${FEED} now=${NOW} kpi="leesplezier-12" variant="chart"></kpi-tile>`);
      await waitUntil(() => sparklineOf(el)?.chart, 'chart drawn', { timeout: 5000 });
      expect(sparklineOf(el).chart!.options.animation).to.equal(false);
    });
  });

  it('can be defined twice without throwing', async () => {
    const { defineElement } = await import('../shared/define.js');
    const { KpiTile } = await import('./kpi-tile.js');
    expect(() => defineElement('kpi-tile', class extends KpiTile {})).not.to.throw();
    expect(customElements.get('kpi-tile')).to.equal(KpiTile);
  });
});

/** The version 1 additions: a measurement's as-of date and note, a regional scope, a KPI counted from the activities. */
const ADDITIONS = '/test/fixtures/additions-feed.json';
const LATER = '2027-06-14T12:00';

describe('<kpi-tile>: as-of dates, notes, regions, counts from the activities', () => {
  it('shows the date a provisional figure was read and its note', async () => {
    const el = await tile(html`<kpi-tile src=${ADDITIONS} now=${LATER} kpi="bezoeken-plein-1"></kpi-tile>`);
    expect(text(el, '[part~=value]')).to.equal('52.300');
    expect(text(el, '[part~=period-label]')).to.equal('2027 (voorlopig), stand 1 jun 2027');
    expect(all(el, '[part~=note]')).to.deep.equal(['Tot en met mei']);
    await expect(el).to.be.accessible();
    const en = await tile(html`<kpi-tile src=${ADDITIONS} now=${LATER} kpi="bezoeken-plein-1" lang="en"></kpi-tile>`);
    expect(text(en, '[part~=period-label]')).to.equal('2027 (provisional), as of 1 Jun 2027');
  });

  it('names the region of a regional figure', async () => {
    const el = await tile(html`<kpi-tile src=${ADDITIONS} now=${LATER} kpi="eenzaamheid-parkstad"></kpi-tile>`);
    expect(all(el, '[part~=note]')).to.deep.equal(['Parkstad Limburg', 'GGD-gezondheidsmonitor']);
    expect(text(el, '[part~=value]')).to.equal('47%');
    await expect(el).to.be.accessible();
  });

  it('shows a KPI counted from the activities like any other, with where it comes from', async () => {
    // Every Tuesday of 2025 in Heemstede (52), less three exception dates: 49.
    const feed = {
      version: 1,
      organization: { id: 't', name: 'T', municipalities: [{ id: 'GM0397', name: 'Heemstede' }] },
      branches: [{ id: 'plein-1', name: 'Plein 1', kind: 'branch', municipality: 'GM0397' }],
      kpis: [{ id: 'lezen', label: 'Activiteiten lezen en literatuur', unit: 'count', direction: 'higher', theme: 'literate-society', level: 'output', scope: { municipalities: ['GM0397'] }, derived: { from: 'activities', function: 'reading-literature' }, series: [] }],
      activities: [{ id: 'v', title: 'Voorlezen', start: '2025-01-07T10:00', branch: 'plein-1', function: 'reading-literature', recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20251231', exdates: ['2025-12-23', '2025-12-30', '2025-04-22'] } }],
    };
    const el = await tile(html`<kpi-tile .feed=${feed} now=${LATER} kpi="lezen" period="2025"></kpi-tile>`);
    expect(text(el, '[part~=value]')).to.equal('49');
    expect(text(el, '[part~=period-label]')).to.equal('2025');
    expect(text(el, '[part~=source]')).to.equal('Bron: Geteld uit de activiteiten in deze feed');
    await expect(el).to.be.accessible();
  });
});
