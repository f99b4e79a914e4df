import { expect, fixture, html, waitUntil, oneEvent } from '@open-wc/testing';
import { clearFeedResources } from '@biebkit/feed';
import './define.js';
import type { ActivityCalendar } from './activity-calendar.js';

const FEED = '/test/fixtures/activities-basic.json';
const NOW = '2026-11-26T14:00'; // Thursday

const root = (el: Element) => el.shadowRoot!;
const ready = (el: ActivityCalendar) => waitUntil(() => root(el).querySelector('.calendar'), 'calendar rendered', { timeout: 5000 });
const texts = (el: Element, sel: string) => [...root(el).querySelectorAll(sel)].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());
const wide = (content: unknown) => html`<div style="inline-size: 900px">${content}</div>`;

async function make(template: unknown): Promise<ActivityCalendar> {
  const wrap = await fixture(wide(template));
  const el = wrap.querySelector('activity-calendar')!;
  await ready(el);
  await el.updateComplete;
  return el;
}

function key(el: ActivityCalendar, k: string) {
  const cell = root(el).activeElement as HTMLElement;
  cell.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));
  return el.updateComplete;
}

describe('<activity-calendar>', () => {
  beforeEach(() => clearFeedResources());

  it('lists upcoming activities under Vandaag, Morgen and za 28 november, with status, labels and price', async () => {
    const el = await make(html`<activity-calendar src=${FEED} now=${NOW}></activity-calendar>`);
    expect(texts(el, '.day-heading').slice(0, 3)).to.deep.equal(['Vandaag', 'Morgen', 'za 28 november']);
    const items = texts(el, '.item');
    expect(items[0]).to.contain('13:30–15:00').and.contain('Taalcafé').and.contain('bezig').and.contain('HuB.Bibliotheek Kerkrade').and.contain('Gratis');
    expect(items[0]).to.contain('Laaggeletterde volwassenen').and.contain('Geletterde samenleving');
    expect(items.some((i) => i.includes('Haakcafé'))).to.equal(false, 'this morning is over');
    const dnd = items.find((i) => i.includes('Dungeons'))!;
    expect(dnd).to.contain('Vol').and.contain('€ 2,50');
    const lezing = items.find((i) => i.includes('Parkstad'))!;
    expect(lezing).to.contain('Geannuleerd').and.contain('De spreker is ziek.');
    expect(items.find((i) => i.includes('DigiVitaler'))).to.contain('Gewijzigd').and.contain('zaal 2');
    await expect(el).to.be.accessible();
  });

  it('speaks English with lang="en"', async () => {
    const el = await make(html`<activity-calendar src=${FEED} now=${NOW} lang="en"></activity-calendar>`);
    expect(texts(el, '.day-heading').slice(0, 3)).to.deep.equal(['Today', 'Tomorrow', 'Sat 28 November']);
    expect(texts(el, '.item')[0]).to.contain('Language café').and.contain('on now').and.contain('Free');
    await expect(el).to.be.accessible();
  });

  it('filters by attributes (youth in Brunssum) and by the visitor, and offers to clear an empty result', async () => {
    const el = await make(html`<activity-calendar src=${FEED} now=${NOW} branch="brunssum" audience="youth"></activity-calendar>`);
    expect(texts(el, '.item .title')).to.deep.equal(['Dungeons & Dragons']);
    const q = root(el).querySelector<HTMLInputElement>('#q')!;
    q.value = 'bestaat niet';
    q.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(root(el).querySelector('.empty')!.textContent).to.contain('Geen activiteiten gevonden met deze filters.');
    await expect(el).to.be.accessible();
    root(el).querySelector<HTMLButtonElement>('.empty button')!.click();
    await el.updateComplete;
    expect(root(el).querySelectorAll('.item').length).to.be.greaterThan(5);
    const aud = root(el).querySelector<HTMLSelectElement>('#f-aud')!;
    aud.value = 'seniors';
    aud.dispatchEvent(new Event('change'));
    await el.updateComplete;
    // "Iedereen" suits seniors too.
    expect(texts(el, '.item .title')).to.deep.equal(['Spreekuur Informatiepunt Digitale Overheid', 'DigiVitaler: gezondheid online', 'Boekenmarkt']);
  });

  it('pages a long agenda and moves focus to the first new activity', async () => {
    const el = await make(html`<activity-calendar src=${FEED} now=${NOW} page-size="3"></activity-calendar>`);
    expect(root(el).querySelectorAll('.item').length).to.equal(3);
    root(el).querySelector<HTMLButtonElement>('.more button')!.click();
    await el.updateComplete;
    expect(root(el).querySelectorAll('.item').length).to.equal(6);
    expect((root(el).activeElement as HTMLElement).closest('.item')!.getAttribute('data-index')).to.equal('3');
  });

  it('month view: a grid with roving tabindex, arrows, Home/End, PageUp/PageDown, Enter, and announced months', async () => {
    const el = await make(html`<activity-calendar src=${FEED} now=${NOW} view="month"></activity-calendar>`);
    const grid = root(el).querySelector('table[role=grid]')!;
    expect(grid).to.exist;
    expect(root(el).querySelectorAll('td[tabindex="0"]').length).to.equal(1);
    expect(root(el).querySelector('td[tabindex="0"]')!.getAttribute('data-date')).to.equal('2026-11-26');
    expect(root(el).querySelector('td[aria-current=date]')!.getAttribute('data-date')).to.equal('2026-11-26');
    expect(texts(el, '.period-title')[0]).to.equal('november 2026');
    await expect(el).to.be.accessible();
    (root(el).querySelector('td[tabindex="0"]') as HTMLElement).focus();
    await key(el, 'ArrowRight');
    expect((root(el).activeElement as HTMLElement).dataset['date']).to.equal('2026-11-27');
    await key(el, 'ArrowDown');
    expect((root(el).activeElement as HTMLElement).dataset['date']).to.equal('2026-12-04');
    // Crossing into December shows December and announces it politely.
    expect(texts(el, '.period-title')[0]).to.equal('december 2026');
    expect(root(el).querySelector('[aria-live=polite]')!.textContent!.trim()).to.equal('december 2026');
    await key(el, 'Home');
    expect((root(el).activeElement as HTMLElement).dataset['date']).to.equal('2026-11-30');
    await key(el, 'End');
    expect((root(el).activeElement as HTMLElement).dataset['date']).to.equal('2026-12-06');
    await key(el, 'PageUp');
    expect((root(el).activeElement as HTMLElement).dataset['date']).to.equal('2026-11-06');
    await key(el, 'ArrowLeft');
    await key(el, 'ArrowUp');
    await key(el, 'PageDown');
    await key(el, 'PageUp');
    expect((root(el).activeElement as HTMLElement).dataset['date']).to.equal('2026-10-29');
    expect(root(el).querySelectorAll('td[tabindex="0"]').length).to.equal(1);
    // Back to 28 November and open it with Enter.
    await key(el, 'PageDown');
    await key(el, 'ArrowLeft');
    expect((root(el).activeElement as HTMLElement).dataset['date']).to.equal('2026-11-28');
    await key(el, 'Enter');
    expect((root(el).activeElement as HTMLElement).id).to.equal('day-list-title');
    expect(texts(el, '.day-list .item .title')).to.deep.equal(['Voorlezen voor peuters', 'Parkstad in Gesprek: de toekomst van de mijnstreek']);
    expect(root(el).querySelector('td[data-date="2026-11-28"]')!.textContent).to.contain('2 activiteiten');
    await expect(el).to.be.accessible();
  });

  it('month view shows "+N meer" in a crowded day', async () => {
    const feed = await (await fetch(FEED)).json();
    for (let i = 0; i < 5; i++) feed.activities.push({ id: `extra-${i}`, title: `Extra ${i}`, start: `2026-11-30T1${i}:00`, branch: 'brunssum' });
    const wrap = await fixture(wide(html`<activity-calendar now=${NOW} view="month" .feed=${feed}></activity-calendar>`));
    const el = wrap.querySelector('activity-calendar')!;
    await waitUntil(() => root(el).querySelector('td[data-date="2026-11-30"]'), 'grid', { timeout: 5000 });
    const cell = root(el).querySelector('td[data-date="2026-11-30"]')!;
    expect(cell.querySelectorAll('.chip:not(.more-n)').length).to.equal(2);
    expect(cell.querySelector('.more-n')!.textContent).to.equal('+3 meer');
    expect(cell.textContent).to.contain('5 activiteiten');
  });

  it('falls back from the month grid to the agenda in a narrow container, whatever the viewport', async () => {
    const wrap = await fixture(html`<div style="inline-size: 320px"><activity-calendar src=${FEED} now=${NOW} view="month"></activity-calendar></div>`);
    const el = wrap.querySelector('activity-calendar')!;
    await waitUntil(() => root(el).querySelector('.agenda'), 'agenda shown when narrow', { timeout: 5000 });
    expect(root(el).querySelector('table')).to.equal(null);
    (wrap as HTMLElement).style.inlineSize = '900px';
    await waitUntil(() => root(el).querySelector('table[role=grid]'), 'grid back when wide', { timeout: 5000 });
  });

  it('week view: seven days with the activities in time order', async () => {
    const el = await make(html`<activity-calendar src=${FEED} now=${NOW} view="week"></activity-calendar>`);
    expect(root(el).querySelectorAll('.week-day').length).to.equal(7);
    expect(texts(el, '.period-title')[0]).to.equal('23 – 29 november 2026');
    const thursday = root(el).querySelector('.week-day[data-date="2026-11-26"]')!;
    // The week shows the whole week: what already ended today is there too, marked as ended.
    const items = [...thursday.querySelectorAll('.item')];
    const upcoming = items.filter((i) => !i.classList.contains('past')).map((i) => i.querySelector('.title')!.textContent);
    expect(upcoming).to.deep.equal(['Taalcafé', 'Spreekuur Informatiepunt Digitale Overheid']);
    const ended = items.filter((i) => i.classList.contains('past'));
    expect(ended.length).to.be.greaterThan(0);
    for (const i of ended) expect(i.querySelector('[part~=badge-past]')!.textContent).to.equal('afgelopen');
    await expect(el).to.be.accessible();
    root(el).querySelectorAll<HTMLButtonElement>('.nav button')[1]!.click();
    await el.updateComplete;
    expect(texts(el, '.period-title')[0]).to.equal('30 november – 6 december 2026');
  });

  it('details in a modal dialog: description, address, that day’s opening hours, links; focus returns on close', async () => {
    const el = await make(html`<activity-calendar src=${FEED} now=${NOW}></activity-calendar>`);
    const trigger = root(el).querySelector<HTMLButtonElement>('.item .title')!;
    trigger.focus();
    trigger.click();
    await el.updateComplete;
    const dialog = root(el).querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    const text = dialog.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Taalcafé').and.contain('Markt 31').and.contain('6461 EC Kerkrade');
    expect(text).to.contain('Open op do 26 november').and.contain('Bemand: 10:00–20:00');
    expect(dialog.querySelector('.description')!.textContent).to.equal('Oefen Nederlands in een ontspannen sfeer.\nKoffie en thee staan klaar.');
    expect(root(el).activeElement).to.equal(dialog.querySelector('.close'));
    await expect(el).to.be.accessible();
    const downloading = oneEvent(el, 'calendar-download');
    dialog.querySelector<HTMLButtonElement>('[part=add-to-calendar]')!.click();
    const event = (await downloading) as CustomEvent<{ filename: string; text: string }>;
    event.preventDefault();
    expect(event.detail.filename).to.equal('taalcafe-2026-11-26.ics');
    expect(event.detail.text).to.contain('DTSTART;TZID=Europe/Amsterdam:20261126T133000');
    dialog.querySelector<HTMLButtonElement>('.close')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
    expect(root(el).activeElement).to.equal(trigger);
  });

  it('"Download .ics" exports the current filter with RRULEs kept', async () => {
    const el = await make(html`<activity-calendar src=${FEED} now=${NOW} theme="literate-society"></activity-calendar>`);
    const downloading = oneEvent(el, 'calendar-download');
    root(el).querySelector<HTMLButtonElement>('.download')!.click();
    const event = (await downloading) as CustomEvent<{ filename: string; text: string }>;
    event.preventDefault();
    expect(event.detail.text.match(/BEGIN:VEVENT/g)).to.have.length(2);
    expect(event.detail.text).to.contain('RRULE:FREQ=WEEKLY;BYDAY=TH').and.contain('SUMMARY:Voorlezen voor peuters');
  });

  it('"Abonneren" beside "Download .ics" when it knows the published calendar: webcal:// and the https address', async () => {
    let el = await make(html`<activity-calendar src=${FEED} now=${NOW}></activity-calendar>`);
    expect(root(el).querySelector('[part=subscribe]'), 'no address, no subscription').to.equal(null);
    el = await make(html`<activity-calendar src=${FEED} now=${NOW} subscribe="https://bieb.example.nl/biebkit/ics/agenda.ics"></activity-calendar>`);
    const details = root(el).querySelector<HTMLDetailsElement>('details[part=subscribe]')!;
    expect(details.querySelector('summary')!.textContent!.trim()).to.equal('Abonneren');
    expect(details.previousElementSibling?.getAttribute('part'), 'beside the download button').to.equal('download');
    expect(details.querySelector('[part=subscribe-link]')!.getAttribute('href')).to.equal('webcal://bieb.example.nl/biebkit/ics/agenda.ics');
    expect([...details.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.include('https://bieb.example.nl/biebkit/ics/agenda.ics');
    details.open = true;
    await expect(el).to.be.accessible();
    // A relative address resolves against the page; anything but http(s) is no subscription.
    el = await make(html`<activity-calendar src=${FEED} now=${NOW} subscribe="ics/agenda.ics" lang="en"></activity-calendar>`);
    const link = root(el).querySelector('[part=subscribe-link]')!;
    expect(link.getAttribute('href')).to.equal(new URL('ics/agenda.ics', document.baseURI).href.replace(/^https?:/, 'webcal:'));
    expect(root(el).querySelector('[part=subscribe] summary')!.textContent!.trim()).to.equal('Subscribe');
    el = await make(html`<activity-calendar src=${FEED} now=${NOW} subscribe="javascript:alert(1)"></activity-calendar>`);
    expect(root(el).querySelector('[part=subscribe]')).to.equal(null);
  });

  it('puts one JSON-LD script in the light DOM, replaces it on updates, removes it on disconnect', async () => {
    const el = await make(html`<activity-calendar src=${FEED} now=${NOW}></activity-calendar>`);
    const scripts = () => el.querySelectorAll('script[type="application/ld+json"]');
    expect(scripts().length).to.equal(1);
    const first = JSON.parse(scripts()[0]!.textContent!);
    expect(first['@graph'][0]).to.include({ '@type': 'Event', name: 'Taalcafé', startDate: '2026-11-26T13:30:00+01:00' });
    el.branch = 'brunssum';
    await el.updateComplete;
    expect(scripts().length).to.equal(1);
    const names = JSON.parse(scripts()[0]!.textContent!)['@graph'].map((e: { name: string }) => e.name);
    expect(names).to.deep.equal(['Dungeons & Dragons', 'Parkstad in Gesprek: de toekomst van de mijnstreek']);
    const script = scripts()[0]!;
    el.remove();
    expect(script.isConnected).to.equal(false);
    expect(el.querySelectorAll('script').length).to.equal(0);
  });

  it('keeps view and filters in the URL hash only with hash-state', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}`);
    const plain = await make(html`<activity-calendar src=${FEED} now=${NOW}></activity-calendar>`);
    root(plain).querySelectorAll<HTMLButtonElement>('[part=view-button]')[2]!.click();
    await plain.updateComplete;
    expect(location.hash).to.equal('');
    plain.remove();
    const el = await make(html`<activity-calendar src=${FEED} now=${NOW} hash-state=""></activity-calendar>`);
    root(el).querySelectorAll<HTMLButtonElement>('[part=view-button]')[2]!.click();
    await el.updateComplete;
    const aud = root(el).querySelector<HTMLSelectElement>('#f-aud')!;
    aud.value = 'youth';
    aud.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(location.hash).to.contain('agenda-view=week').and.contain('agenda-audience=youth');
    el.remove();
    const again = await make(html`<activity-calendar src=${FEED} now=${NOW} hash-state=""></activity-calendar>`);
    expect(again.view).to.equal('week');
    expect(again.filter.audiences).to.deep.equal(['youth']);
    history.replaceState(null, '', `${location.pathname}${location.search}`);
  });
});
