/** <branch-map> with facilities (list, filter, JSON-LD) and a mobile library's stops. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { clearFeedResources } from '@biebkit/feed';
import './define.js';
import type { BranchMap } from './branch-map.js';

const FEED = '/test/fixtures/additions-feed.json';

async function show(template: ReturnType<typeof html>): Promise<BranchMap> {
  const el = await fixture<BranchMap>(template);
  await waitUntil(() => el.shadowRoot?.querySelector('[part=list], [part=notice]'), 'rendered', { timeout: 5000 });
  await el.updateComplete;
  return el;
}
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const ids = (el: BranchMap) => [...el.shadowRoot!.querySelectorAll('[part=item]')].map((n) => n.getAttribute('data-branch'));

describe('<branch-map>: facilities and a mobile library', () => {
  beforeEach(() => clearFeedResources());

  it('lists each branch with its facilities and accessibility, and a mobile library as its stops', async () => {
    const el = await show(html`<branch-map src=${FEED} map="none" now="2027-06-15T10:00"></branch-map>`);
    expect(ids(el)).to.deep.equal(['bibliobus--de-wijk', 'bibliobus--koekange', 'bibliobus--ruinerwold', 'plein-1', 'zuidwolde', 'kerkrade']);
    const facilities = [...el.shadowRoot!.querySelectorAll('[data-branch=plein-1] [part=facilities] li')].map(text);
    expect(facilities).to.deep.equal([
      'Rolstoeltoegankelijk',
      'Invalidentoilet',
      'Ringleiding',
      'Wifi',
      '40 studieplekken',
      '8 computers',
      'Printen en kopiëren',
      'Geen parkeerplaats',
      'Openbaar vervoer: Bushalte Julianaplein (lijn 2, 10)',
      'Kinderhoek',
      'Ingang aan het plein; lift naar de eerste verdieping',
    ]);
    const stop = el.shadowRoot!.querySelector('[data-branch="bibliobus--ruinerwold"]')!;
    expect(text(stop.querySelector('.name'))).to.equal('Bibliobus De Wolden: Ruinerwold, Dorpsstraat');
    expect(text(stop)).to.contain('Dorpsstraat 12, 7961 AG Ruinerwold').and.contain('Nu hier, tot 11:00').and.contain('Halte: di 09:30–11:00').and.contain('Niet rolstoeltoegankelijk');
    expect(text(el.shadowRoot!.querySelector('[data-branch="bibliobus--koekange"]'))).to.contain('Volgende keer hier: donderdag om 10:00');
    // The stops are drawn where they are, with the status by shape.
    expect(el.shadowRoot!.querySelector('svg.overview [data-branch="bibliobus--ruinerwold"] circle')).to.not.equal(null);
    expect(el.shadowRoot!.querySelector('svg.overview [data-branch="bibliobus--de-wijk"] rect')).to.not.equal(null);
    await expect(el).to.be.accessible();
    // When the bus leaves Ruinerwold at 11:00 the stops' words change; a minute before, they still hold.
    el.now = '2027-06-15T10:59';
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('[data-branch="bibliobus--ruinerwold"]'))).to.contain('Nu hier, tot 11:00');
    el.now = '2027-06-15T11:00';
    await el.updateComplete;
    const left = text(el.shadowRoot!.querySelector('[data-branch="bibliobus--ruinerwold"]'));
    expect(left).to.not.contain('Nu hier').and.contain('Volgende keer hier: dinsdag 22 juni om 09:30');
  });

  it('filters the list by facility with checkboxes, and by the facilities attribute', async () => {
    const el = await show(html`<branch-map src=${FEED} map="none" now="2027-06-15T10:00"></branch-map>`);
    const boxes = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part=facility-filter] input')];
    expect(boxes.map((b) => text(b.parentElement))).to.deep.equal(['Rolstoeltoegankelijk', 'Invalidentoilet', 'Ringleiding', 'Wifi', 'Studieplekken', 'Computers', 'Printen en kopiëren', 'Parkeren', 'Kinderhoek']);
    boxes[0]!.checked = true;
    boxes[0]!.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(el.getAttribute('facilities')).to.equal('wheelchairAccessible');
    expect(ids(el)).to.deep.equal(['plein-1', 'zuidwolde']);
    boxes[2]!.checked = true;
    boxes[2]!.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['plein-1']);
    await expect(el).to.be.accessible();
    const parking = await show(html`<branch-map src=${FEED} map="none" facilities="parking" now="2027-06-15T10:00"></branch-map>`);
    expect(ids(parking)).to.deep.equal(['zuidwolde']);
    expect(parking.shadowRoot!.querySelector<HTMLInputElement>('input[value=parking]')!.checked).to.equal(true);
    const none = await show(html`<branch-map src=${FEED} map="none" facilities="parking hearingLoop" now="2027-06-15T10:00"></branch-map>`);
    expect(ids(none)).to.deep.equal([]);
    expect(text(none.shadowRoot!.querySelector('[role=status]'))).to.equal('Er zijn geen vestigingen om te tonen.');
    await expect(none).to.be.accessible();
  });

  it("shows a visiting mobile library's stops on the site of the municipality they are in", async () => {
    const feed = await (await fetch(FEED)).json();
    feed.branches[3].stops[1].municipality = 'GM0397';
    const el = await show(html`<branch-map .feed=${feed} municipality="GM0397" map="none" now="2027-06-15T10:00"></branch-map>`);
    expect(ids(el)).to.deep.equal(['bibliobus--de-wijk', 'plein-1']);
  });

  it('puts the facilities in the Library JSON-LD as amenityFeature, and the stops as places', async () => {
    await show(html`<branch-map src=${FEED} map="none" now="2027-06-15T10:00"></branch-map>`);
    const ld = (id: string) => JSON.parse(document.querySelector(`script[data-biebkit-jsonld="bieb-extra/${id}"]`)!.textContent!);
    await waitUntil(() => document.querySelector('script[data-biebkit-jsonld="bieb-extra/bibliobus"]'), 'JSON-LD', { timeout: 5000 });
    expect(ld('plein-1').amenityFeature).to.deep.include({ '@type': 'LocationFeatureSpecification', name: 'Ringleiding', value: true });
    expect(ld('plein-1').amenityFeature).to.have.length(10);
    const bus = ld('bibliobus');
    expect(bus.location.map((p: { name: string }) => p.name)).to.deep.equal(['Ruinerwold, Dorpsstraat', 'De Wijk, Julianaplein', 'Koekange, Schoolstraat']);
    expect(bus.location[0].openingHoursSpecification[0]).to.deep.equal({ '@type': 'OpeningHoursSpecification', dayOfWeek: ['https://schema.org/Tuesday'], opens: '09:30', closes: '11:00' });
  });
});
