/**
 * <activity-calendar> with the richer event fields: image (only from the feed's own site unless allowed),
 * organizer and performers, online and mixed attendance, places left and full, registration that opens later,
 * a moved activity's previous date and place, the school-holiday rule; and the Event JSON-LD with them.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { clearFeedResources } from '@biebkit/feed';
import './define.js';
import type { ActivityCalendar } from './activity-calendar.js';

const FEED = '/test/fixtures/additions-feed.json';
const NOW = '2027-06-14T11:00';

const root = (el: Element) => el.shadowRoot!;
const text = (n: Element | null | undefined) => n?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const items = (el: Element) => [...root(el).querySelectorAll('.item')].map(text);
/** The dialog's facts as "term: description" lines. */
const facts = (dialog: Element) => [...dialog.querySelectorAll('.facts dt')].map((dt) => `${text(dt)}: ${(dt.nextElementSibling as HTMLElement).innerText.replace(/\s+/g, ' ').trim()}`);

async function make(template: unknown): Promise<ActivityCalendar> {
  const wrap = await fixture(html`<div style="inline-size: 900px">${template}</div>`);
  const el = wrap.querySelector('activity-calendar')!;
  await waitUntil(() => root(el).querySelector('.calendar'), 'calendar rendered', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

async function openDetails(el: ActivityCalendar, title: string): Promise<HTMLDialogElement> {
  const button = [...root(el).querySelectorAll<HTMLButtonElement>('.item .title')].find((b) => b.textContent!.includes(title))!;
  button.click();
  await el.updateComplete;
  const dialog = root(el).querySelector('dialog')!;
  await waitUntil(() => dialog.open, 'dialog open');
  return dialog;
}

describe('<activity-calendar>: richer events', () => {
  beforeEach(() => clearFeedResources());

  it('shows places left, full, and the school-holiday rule in the agenda', async () => {
    const el = await make(html`<activity-calendar src=${FEED} now=${NOW} days="60"></activity-calendar>`);
    const all = items(el);
    expect(all.find((i) => i.includes('Lezing'))).to.contain('Nog 7 plaatsen').and.contain('Gewijzigd');
    expect(all.find((i) => i.includes('podcast'))).to.contain('Vol');
    // "Voorlezen op woensdag" does not meet in the summer holidays (noord: from 10 July); the summer club only then.
    const days = [...root(el).querySelectorAll('.day')].map((d) => [d.querySelector('.day-heading')!.textContent!.trim(), text(d)] as const);
    const voorlezen = days.filter(([, t]) => t.includes('Voorlezen op woensdag')).map(([h]) => h);
    const zomer = days.filter(([, t]) => t.includes('Zomerleesclub')).map(([h]) => h);
    expect(voorlezen).to.deep.equal(['wo 16 juni', 'wo 23 juni', 'wo 30 juni', 'wo 7 juli']);
    expect(zomer).to.deep.equal(['wo 14 juli', 'wo 21 juli', 'wo 28 juli', 'wo 4 augustus', 'wo 11 augustus']);
    await expect(el).to.be.accessible();
  });

  it('details: organizer, performer, online and in the library, places, the previous date and place; no image from another site', async () => {
    const el = await make(html`<activity-calendar src=${FEED} now=${NOW}></activity-calendar>`);
    const dialog = await openDetails(el, 'Lezing');
    expect(facts(dialog).slice(-5)).to.deep.equal([
      'Organisatie: Historische Vereniging Heemstede-Bennebroek',
      'Met: Anna de Vries',
      'Meedoen: In de bibliotheek of online online meedoen',
      'Plaatsen: Nog 7 van de 60 plaatsen vrij',
      'Eerder gepland: do 17 juni, 20:00, Raadhuis Heemstede',
    ]);
    expect(dialog.querySelector('a[href="https://bieb-extra.example.nl/live/lezing"]')).to.not.equal(null);
    expect(dialog.querySelector('a[href="https://hvhb.example.nl/"]')!.textContent).to.equal('Historische Vereniging Heemstede-Bennebroek');
    // The image is on bieb-extra.example.nl, not on the feed's own site (this test server): not loaded.
    expect(dialog.querySelector('img')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('loads the image with images="all", with its alt text, without a referrer', async () => {
    const feed = await (await fetch(FEED)).json();
    feed.activities[2].image.url = new URL('/demo/assets/activity-sample.svg', location.href).href;
    const el = await make(html`<activity-calendar .feed=${feed} now=${NOW} images="all"></activity-calendar>`);
    const dialog = await openDetails(el, 'Lezing');
    const img = dialog.querySelector('img')!;
    expect(img.getAttribute('alt')).to.equal('Het landhuis Groenendaal tussen hoge bomen');
    expect(img.getAttribute('referrerpolicy')).to.equal('no-referrer');
    expect(img.getAttribute('part')).to.equal('image');
    await waitUntil(() => img.complete && img.naturalWidth > 0, 'image loaded');
    await expect(el).to.be.accessible();
    const none = await make(html`<activity-calendar .feed=${feed} now=${NOW} images="none"></activity-calendar>`);
    expect((await openDetails(none, 'Lezing')).querySelector('img')).to.equal(null);
  });

  it('an online activity whose registration opens later, in English', async () => {
    const el = await make(html`<activity-calendar src=${FEED} now=${NOW} lang="en"></activity-calendar>`);
    const dialog = await openDetails(el, 'Webinar');
    expect(facts(dialog)).to.include.members(['Taking part: join online', 'Registration: opens Sun 20 June, 09:00']);
  });

  it('puts the richer fields in the Event JSON-LD', async () => {
    await make(html`<activity-calendar src=${FEED} now=${NOW}></activity-calendar>`);
    const script = document.querySelector('script[data-biebkit="activity-calendar"]')!;
    const graph = JSON.parse(script.textContent!)['@graph'] as Record<string, unknown>[];
    const lezing = graph.find((e) => String(e['name']).startsWith('Lezing'))!;
    expect(lezing['eventAttendanceMode']).to.equal('https://schema.org/MixedEventAttendanceMode');
    expect(lezing['previousStartDate']).to.equal('2027-06-17T20:00:00+02:00');
    expect(lezing['remainingAttendeeCapacity']).to.equal(7);
    expect((lezing['performer'] as Record<string, unknown>[])[0]!['name']).to.equal('Anna de Vries');
    const webinar = graph.find((e) => String(e['name']).startsWith('Webinar'))!;
    expect((webinar['offers'] as Record<string, unknown>)['availability']).to.equal('https://schema.org/PreOrder');
  });
});
