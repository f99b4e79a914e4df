import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './define.js';
import type { KpiTileGroup } from './kpi-tile-group.js';

const FEED = '/test/fixtures/kpi-feed.json';
const NOW = '2026-11-21T12:00';
const root = (el: Element) => el.shadowRoot!;
const labels = (el: Element) => [...root(el).querySelectorAll('[part~=label]')].map((n) => n.textContent!.trim());

async function group(template: ReturnType<typeof html>): Promise<KpiTileGroup> {
  const el = await fixture<KpiTileGroup>(template);
  await waitUntil(() => root(el).querySelector('.grid, .bk-notice, .bk-error'), 'group rendered', { timeout: 5000 });
  return el;
}

describe('<kpi-tile-group>', () => {
  it('lays out every KPI of a theme as tiles, in feed order', async () => {
    const el = await group(html`<kpi-tile-group src=${FEED} now=${NOW} theme="robust-library" show-target></kpi-tile-group>`);
    expect(labels(el)).to.deep.equal(['Bezoeken Plein 1', 'Gemeentelijke bijdrage', 'Bemande uren per week', 'Tevredenheid bezoekers']);
    const grid = root(el).querySelector('.grid')!;
    expect(grid.getAttribute('aria-label')).to.equal('Robuuste bibliotheekvoorziening');
    expect(root(el).querySelectorAll('li > article[part~=tile]')).to.have.length(4);
    expect(root(el).querySelector('[part~=target]')!.textContent).to.contain('achter op schema');
    // Every tile's label has its own id.
    const ids = [...root(el).querySelectorAll('[part~=label]')].map((n) => n.id);
    expect(new Set(ids).size).to.equal(4);
    await expect(el).to.be.accessible();
  });

  it('filters by level, and by theme and level together', async () => {
    const el = await group(html`<kpi-tile-group src=${FEED} now=${NOW} level="outcome" lang="en"></kpi-tile-group>`);
    expect(labels(el)).to.deep.equal(['Reading pleasure at 12', 'Inhabitants with low digital skills', 'Visitor satisfaction']);
    el.theme = 'literate-society';
    await el.updateComplete;
    expect(labels(el)).to.deep.equal(['Reading pleasure at 12']);
    expect(root(el).querySelector('.grid')!.getAttribute('aria-label')).to.equal('Literate society · Outcome');
  });

  it('puts tiles side by side when there is room, one per row on a phone', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="inline-size: 900px">
      <kpi-tile-group src=${FEED} now=${NOW} theme="robust-library" variant="compact"></kpi-tile-group>
    </div>`);
    const el = box.querySelector('kpi-tile-group')!;
    await waitUntil(() => root(el).querySelector('.grid'), 'rendered', { timeout: 5000 });
    const tops = () => [...root(el).querySelectorAll('.grid > li')].map((li) => Math.round(li.getBoundingClientRect().top));
    expect(new Set(tops()).size).to.equal(2, '900px: three columns, two rows');
    box.style.inlineSize = '320px';
    await new Promise((r) => requestAnimationFrame(r));
    expect(new Set(tops()).size).to.equal(4, '320px: one column');
  });

  it('says so when nothing matches', async () => {
    const el = await group(html`<kpi-tile-group src=${FEED} now=${NOW} theme="information-society" level="output"></kpi-tile-group>`);
    expect(root(el).querySelector('[part~=notice]')!.textContent!.trim()).to.equal('Er staan geen KPI’s voor deze selectie in de feed.');
    await expect(el).to.be.accessible();
  });

  it('shows the feed error', async () => {
    const el = await group(html`<kpi-tile-group src="/test/fixtures/kpi-missing.json"></kpi-tile-group>`);
    expect(root(el).querySelector('[role=alert]')!.textContent).to.contain('HTTP 404');
    await expect(el).to.be.accessible();
  });
});
