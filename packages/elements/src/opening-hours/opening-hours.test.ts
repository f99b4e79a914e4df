import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { clearFeedResources, fromWall } from '@biebkit/feed';
import './define.js';
import type { OpeningHours } from './opening-hours.js';

const FEED = '/test/fixtures/hours-feed.json';

async function show(template: ReturnType<typeof html>): Promise<OpeningHours> {
  const el = await fixture<OpeningHours>(template);
  await waitUntil(() => el.shadowRoot?.querySelector('[part=status], [part=notice], [part=error]'), 'rendered', { timeout: 5000 });
  await el.updateComplete;
  return el;
}
const statusText = (el: OpeningHours) => el.shadowRoot!.querySelector('[part=status]')?.textContent?.replace(/\s+/g, ' ').trim();

describe('<opening-hours>', () => {
  beforeEach(() => clearFeedResources());

  it('says it is open without staff, with staff coming later, and shows the week Monday first', async () => {
    const el = await show(html`<opening-hours src=${FEED} branch="plein-1" now="2026-11-23T09:00"></opening-hours>`);
    expect(statusText(el)).to.equal('Open zonder personeel tot 22:00 · bemand vanaf 14:00');
    expect(el.getAttribute('state')).to.equal('open');
    expect(el.hasAttribute('staffed')).to.equal(false);
    const root = el.shadowRoot!;
    expect([...root.querySelectorAll('thead th')].map((th) => th.textContent!.trim())).to.deep.equal([
      'Dag',
      'Open (ook zonder personeel)',
      'Bemand',
      'Informatiepunt Digitale Overheid',
      'Taalhuis',
    ]);
    const rows = [...root.querySelectorAll('tbody tr')];
    expect(rows).to.have.length(7);
    expect(rows[0]!.querySelector('th time')!.getAttribute('datetime')).to.equal('2026-11-23');
    expect(rows[0]!.getAttribute('aria-current')).to.equal('date');
    expect(rows[0]!.textContent!.replace(/\s+/g, ' ')).to.contain('08:00–22:00').and.contain('14:00–17:00');
    expect(rows[1]!.hasAttribute('aria-current')).to.equal(false);
    expect(rows[6]!.textContent).to.contain('gesloten');
    expect(rows[0]!.querySelector('td time')!.getAttribute('datetime')).to.equal('08:00');
    await expect(el).to.be.accessible();
  });

  it('reflects staffed while staff are there', async () => {
    const el = await show(html`<opening-hours src=${FEED} branch="plein-1" now="2026-11-23T15:00"></opening-hours>`);
    expect(statusText(el)).to.equal('Nu open · tot 22:00 · bemand tot 17:00');
    expect(el.hasAttribute('staffed')).to.equal(true);
  });

  it("King's Day: closed today, with the reason", async () => {
    const el = await show(html`<opening-hours src=${FEED} branch="centrum" now="2026-04-27T11:00"></opening-hours>`);
    expect(statusText(el)).to.equal('Vandaag gesloten (Koningsdag) · opent morgen om 10:00');
    expect(el.getAttribute('state')).to.equal('closed');
    const today = el.shadowRoot!.querySelector('tr[aria-current=date]')!;
    expect(today.textContent).to.contain('gesloten').and.contain('Koningsdag');
    await expect(el).to.be.accessible();
  });

  it('Christmas Eve in English, with the special days of the coming weeks and their notes', async () => {
    const el = await show(html`<opening-hours src=${FEED} branch="plein-1" now="2026-12-24T14:00" lang="en"></opening-hours>`);
    expect(statusText(el)).to.equal('Open now · until 16:00 (Christmas Eve)');
    expect(el.hasAttribute('staffed')).to.equal(true);
    const special = [...el.shadowRoot!.querySelectorAll('[part=special] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(special[0]).to.equal("Thu 31 December · New Year's Eve · Open (also without staff): 08:00–16:00 · Staffed: 10:00–16:00");
    expect(special[1]).to.contain("Fri 1 January · New Year's Day").and.contain('closed');
    await expect(el).to.be.accessible();
  });

  it('unknown hours', async () => {
    const el = await show(html`<opening-hours src=${FEED} branch="noord" now="2026-11-23T09:00"></opening-hours>`);
    expect(statusText(el)).to.equal('Openingstijden onbekend');
    expect(el.getAttribute('state')).to.equal('unknown');
    expect(el.shadowRoot!.textContent).to.contain('geen openingstijden bekend');
    await expect(el).to.be.accessible();
  });

  it('by appointment', async () => {
    const el = await show(html`<opening-hours src=${FEED} branch="servicepunt-bos" now="2026-11-25T15:00"></opening-hours>`);
    expect(statusText(el)).to.equal('Op afspraak · tot 17:00 (bel vooraf)');
    expect(el.getAttribute('state')).to.equal('appointment');
    expect(el.shadowRoot!.querySelector('tr[aria-current=date]')!.textContent).to.contain('op afspraak');
    await expect(el).to.be.accessible();
  });

  it('self-service only, and compact', async () => {
    const el = await show(html`<opening-hours src=${FEED} branch="schalkwijk" now="2026-11-23T09:00" compact></opening-hours>`);
    expect(statusText(el)).to.equal('Open zonder personeel tot 23:00');
    expect(el.shadowRoot!.querySelector('table')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('a visitor in New York or Tokyo sees Amsterdam hours', async () => {
    // 03:00 in New York and 17:00 in Tokyo are both 09:00 in Amsterdam on 23 November 2026.
    for (const now of ['2026-11-23T03:00:00-05:00', '2026-11-23T17:00:00+09:00']) {
      const el = await show(html`<opening-hours src=${FEED} branch="plein-1" now=${now} compact></opening-hours>`);
      expect(statusText(el)).to.equal('Open zonder personeel tot 22:00 · bemand vanaf 14:00');
    }
  });

  it('an unknown branch gives a notice', async () => {
    const el = await show(html`<opening-hours src=${FEED} branch="nergens"></opening-hours>`);
    expect(el.shadowRoot!.querySelector('[part=notice]')!.textContent).to.contain('"nergens"');
    expect(el.hasAttribute('state')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('sets one timer to the next change, updates itself, re-evaluates on visibilitychange, and clears it on disconnect', async () => {
    // No copy of the feed kept on this device: the element waits for the fetch (whose own timeout timer ends with it).
    localStorage.clear();
    const realNow = Date.now;
    const realSetTimeout = window.setTimeout;
    const realClearTimeout = window.clearTimeout;
    let clock = fromWall(2026, 11, 23, 13, 59);
    const timers = new Map<number, { fn: () => void; delay: number }>();
    const cleared: number[] = [];
    Date.now = () => clock;
    window.setTimeout = ((fn: () => void, delay?: number) => {
      const id = realSetTimeout(() => {}, 0);
      // Long timers are held here (the test fires them); short ones (test helpers) run for real.
      if ((delay ?? 0) > 10_000) timers.set(id, { fn, delay: delay ?? 0 });
      else realSetTimeout(fn, delay);
      return id;
    }) as typeof window.setTimeout;
    window.clearTimeout = ((id: number) => {
      cleared.push(id);
      timers.delete(id);
      realClearTimeout(id);
    }) as typeof window.clearTimeout;
    try {
      const el = await show(html`<opening-hours src=${FEED} branch="plein-1"></opening-hours>`);
      expect(statusText(el)).to.equal('Open zonder personeel tot 22:00 · bemand vanaf 14:00');
      expect(el.nextUpdate).to.equal(fromWall(2026, 11, 23, 14, 0));
      expect(timers.size).to.equal(1);
      const [id, timer] = [...timers][0]!;
      expect(timer!.delay).to.be.within(60_000, 60_100);
      // Time passes to 14:00: the timer fires and the element says staff are there.
      clock = fromWall(2026, 11, 23, 14, 0, 1);
      timers.delete(id!);
      timer!.fn();
      await el.updateComplete;
      expect(statusText(el)).to.equal('Nu open · tot 22:00 · bemand tot 17:00');
      expect(el.hasAttribute('staffed')).to.equal(true);
      expect(el.nextUpdate).to.equal(fromWall(2026, 11, 23, 17, 0));
      expect(timers.size).to.equal(1);
      // The tab slept through the evening: coming back into view re-evaluates at once.
      clock = fromWall(2026, 11, 23, 23, 30);
      document.dispatchEvent(new Event('visibilitychange'));
      await el.updateComplete;
      expect(statusText(el)).to.equal('Gesloten · opent morgen om 08:00');
      expect(el.getAttribute('state')).to.equal('closed');
      // Gone from the page: no timer left.
      el.remove();
      expect(timers.size).to.equal(0);
      expect(el.nextUpdate).to.equal(undefined);
    } finally {
      Date.now = realNow;
      window.setTimeout = realSetTimeout;
      window.clearTimeout = realClearTimeout;
    }
  });

  it('puts schema.org Library JSON-LD in the page once per branch', async () => {
    const box = await fixture(html`<div>
      <opening-hours src=${FEED} branch="centrum" now="2026-11-23T09:00"></opening-hours>
      <opening-hours src=${FEED} branch="centrum" now="2026-11-23T09:00" compact></opening-hours>
    </div>`);
    // Both rendered (an earlier test may have left this branch's script with another date): then the
    // script is theirs, written as they updated.
    const elements = [...box.querySelectorAll('opening-hours')];
    await waitUntil(() => elements.every((el) => el.shadowRoot?.querySelector('[part=status]')), 'both rendered', { timeout: 10_000 });
    await Promise.all(elements.map((el) => el.updateComplete));
    const scripts = document.querySelectorAll('script[type="application/ld+json"][data-biebkit-jsonld="bieb-uren-test/centrum"]');
    expect(scripts).to.have.length(1);
    const ld = JSON.parse(scripts[0]!.textContent!);
    expect(ld['@type']).to.equal('Library');
    expect(ld.name).to.equal('Bibliotheek Haarlem Centrum');
    expect(ld.openingHoursSpecification[0]).to.deep.equal({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: ['https://schema.org/Monday'],
      opens: '13:00',
      closes: '17:00',
    });
    expect(ld.specialOpeningHoursSpecification.map((s: { validFrom: string }) => s.validFrom)).to.deep.equal(['2026-12-25', '2026-12-26', '2027-01-01']);
  });

  it('can be defined twice without throwing', async () => {
    const { defineElement } = await import('../shared/define.js');
    const { OpeningHours } = await import('./opening-hours.js');
    expect(() => defineElement('opening-hours', class extends OpeningHours {})).not.to.throw();
  });
});
