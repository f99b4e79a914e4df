/** <kpi-tile> with a measurement's as-of date and note, a regional scope, and a KPI counted from the activities. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './define.js';
import type { KpiTile } from './kpi-tile.js';

const FEED = '/test/fixtures/additions-feed.json';
const NOW = '2027-06-14T12:00';

const root = (el: Element) => el.shadowRoot!;
const text = (el: Element, selector: string) => root(el).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const all = (el: Element, selector: string) => [...root(el).querySelectorAll(selector)].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());

async function tile(template: ReturnType<typeof html>): Promise<KpiTile> {
  const el = await fixture<KpiTile>(template);
  await waitUntil(() => root(el).querySelector('.tile, .bk-notice, .bk-error'), 'tile rendered', { timeout: 5000 });
  return el;
}

describe('<kpi-tile>: as-of dates, notes, regions, counts from the activities', () => {
  it('shows the date a provisional figure was read and its note', async () => {
    const el = await tile(html`<kpi-tile src=${FEED} now=${NOW} kpi="bezoeken-plein-1"></kpi-tile>`);
    expect(text(el, '[part~=value]')).to.equal('52.300');
    expect(text(el, '[part~=period-label]')).to.equal('2027 (voorlopig), stand 1 jun 2027');
    expect(all(el, '[part~=note]')).to.deep.equal(['Tot en met mei']);
    await expect(el).to.be.accessible();
    const en = await tile(html`<kpi-tile src=${FEED} now=${NOW} kpi="bezoeken-plein-1" lang="en"></kpi-tile>`);
    expect(text(en, '[part~=period-label]')).to.equal('2027 (provisional), as of 1 Jun 2027');
  });

  it('names the region of a regional figure', async () => {
    const el = await tile(html`<kpi-tile src=${FEED} now=${NOW} kpi="eenzaamheid-parkstad"></kpi-tile>`);
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
    const el = await tile(html`<kpi-tile .feed=${feed} now=${NOW} kpi="lezen" period="2025"></kpi-tile>`);
    expect(text(el, '[part~=value]')).to.equal('49');
    expect(text(el, '[part~=period-label]')).to.equal('2025');
    expect(text(el, '[part~=source]')).to.equal('Bron: Geteld uit de activiteiten in deze feed');
    await expect(el).to.be.accessible();
  });
});
