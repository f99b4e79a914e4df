/** <opening-hours> with seasons, appointment hours in the week, closures for every branch, and a mobile library. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { clearFeedResources } from '@biebkit/feed';
import './define.js';
import type { OpeningHours } from './opening-hours.js';

const FEED = '/test/fixtures/additions-feed.json';

async function show(template: ReturnType<typeof html>): Promise<OpeningHours> {
  const el = await fixture<OpeningHours>(template);
  await waitUntil(() => el.shadowRoot?.querySelector('[part=status], [part=notice], [part=error]'), 'rendered', { timeout: 5000 });
  await el.updateComplete;
  return el;
}
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const statusText = (el: OpeningHours) => text(el.shadowRoot!.querySelector('[part=status]'));
const seasonLines = (el: OpeningHours) => [...el.shadowRoot!.querySelectorAll('[part=season] li')].map(text);

describe('<opening-hours>: seasons, appointments, closures', () => {
  beforeEach(() => clearFeedResources());

  it('announces the coming summer hours of the staffed layer, with the hours of that season', async () => {
    const el = await show(html`<opening-hours src=${FEED} branch="plein-1" now="2027-06-14T11:00"></opening-hours>`);
    expect(statusText(el)).to.equal('Open zonder personeel tot 22:00 · bemand vanaf 13:30');
    expect(seasonLines(el)).to.deep.equal(['Bemand: Vanaf 1 juli zomertijden: di–vr 10:00–16:00']);
    expect(el.shadowRoot!.querySelector('[part=season] li')!.getAttribute('data-from')).to.equal('2027-07-01');
    await expect(el).to.be.accessible();
  });

  it('in the summer: the season in force, the week with its hours, and the way back', async () => {
    const el = await show(html`<opening-hours src=${FEED} branch="plein-1" now="2027-07-13T11:00"></opening-hours>`);
    expect(seasonLines(el)).to.deep.equal([
      'Bemand: Nu zomertijden, t/m 31 augustus',
      'Bemand: Vanaf 1 september weer de gewone openingstijden: ma 13:30–17:30 · di–vr 10:00–17:30 · za 10:00–14:30',
    ]);
    const today = el.shadowRoot!.querySelector('tr[aria-current=date]')!;
    expect(text(today)).to.contain('10:00–16:00');
    expect(statusText(el)).to.equal('Nu open · tot 22:00 · bemand tot 16:00');
    await expect(el).to.be.accessible();
  });

  it('new hours from a date on, in English, for a branch with one layer', async () => {
    const el = await show(html`<opening-hours src=${FEED} branch="kerkrade" now="2027-06-28T11:00" lang="en"></opening-hours>`);
    expect(seasonLines(el)).to.deep.equal(['From 5 July longer opening hours: Mon–Thu 10:00–20:00 · Fri, Sat 10:00–17:00 · Sun 12:00–16:00']);
  });

  it('shows appointment hours of the normal week, and a staff day set once for every branch', async () => {
    const el = await show(html`<opening-hours src=${FEED} branch="plein-1" now="2027-06-24T11:00"></opening-hours>`);
    expect(statusText(el)).to.equal('Open zonder personeel tot 22:00');
    const today = el.shadowRoot!.querySelector('tr[aria-current=date]')!;
    const cells = [...today.querySelectorAll('td')].map(text);
    expect(cells[1]).to.contain('gesloten').and.contain('Teamdag: zelf lenen kan gewoon');
    expect(cells[2]).to.equal('op afspraak 09:00–12:00');
    await expect(el).to.be.accessible();
  });
});

describe('<opening-hours>: a mobile library', () => {
  beforeEach(() => clearFeedResources());

  it('says where the bus is now and where next, and lists its stops with their timetable and next visit', async () => {
    const el = await show(html`<opening-hours src=${FEED} branch="bibliobus" now="2027-06-15T10:00"></opening-hours>`);
    expect(statusText(el)).to.equal('Nu in Ruinerwold, Dorpsstraat tot 11:00 · daarna De Wijk, Julianaplein om 13:00');
    expect(el.getAttribute('state')).to.equal('open');
    const rows = [...el.shadowRoot!.querySelectorAll('[part=stops] tbody tr')];
    expect(rows.map((r) => r.getAttribute('data-stop'))).to.deep.equal(['ruinerwold', 'de-wijk', 'koekange']);
    expect(text(rows[0]!)).to.contain('Dorpsstraat 12, Ruinerwold').and.contain('di 09:30–11:00');
    expect(text(rows[2]!)).to.contain('do 10:00–12:00 (even weken)').and.contain('donderdag 17 juni, 10:00–12:00');
    await expect(el).to.be.accessible();
  });

  it('skips a stop on a day it is cancelled', async () => {
    const el = await show(html`<opening-hours src=${FEED} branch="bibliobus" now="2027-06-22T11:30"></opening-hours>`);
    expect(statusText(el)).to.not.contain('De Wijk');
    expect(el.getAttribute('state')).to.equal('closed');
    const deWijk = el.shadowRoot!.querySelector('[data-stop=de-wijk]')!;
    expect(text(deWijk)).to.contain('dinsdag 29 juni');
  });

  it('"next stop here" for one stop, in Dutch and English', async () => {
    const el = await show(html`<opening-hours src=${FEED} branch="bibliobus" stop="koekange" now="2027-06-15T10:00"></opening-hours>`);
    expect(statusText(el)).to.equal('Volgende keer hier: donderdag om 10:00');
    expect(el.shadowRoot!.querySelectorAll('[part=stops] tbody tr')).to.have.length(1);
    await expect(el).to.be.accessible();
    const here = await show(html`<opening-hours src=${FEED} branch="bibliobus" stop="ruinerwold" now="2027-06-15T10:00" lang="en"></opening-hours>`);
    expect(statusText(here)).to.equal('Here now, until 11:00');
    expect(here.getAttribute('state')).to.equal('open');
  });

  it("is found on the site of a municipality it stops in, though registered in another", async () => {
    const feed = await (await fetch(FEED)).json();
    feed.branches[3].stops[0].municipality = 'GM0397';
    const el = await show(html`<opening-hours .feed=${feed} municipality="GM0397" branch="bibliobus" now="2027-06-15T10:00"></opening-hours>`);
    expect(statusText(el)).to.contain('Nu in Ruinerwold');
  });
});
