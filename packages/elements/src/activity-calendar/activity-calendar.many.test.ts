/**
 * 10,000 realistic activities (a year of a large library organisation): the calendar renders a page of
 * the agenda, not everything, and the month view summarises crowded days. How fast is measured by
 * `npm run bench` (scripts/bench.mjs, against FullCalendar), not here.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './define.js';
import type { ActivityCalendar } from './activity-calendar.js';
import { generatedFeed } from './activity-calendar.generate.js';

describe('<activity-calendar> with 10,000 activities', () => {
  it('renders one page of the agenda and "+N meer" on crowded month days', async function () {
    this.timeout(60_000);
    const feed = generatedFeed(10_000);
    const wrap = await fixture(html`<div style="inline-size: 900px"><activity-calendar now="2026-11-26T14:00" .feed=${feed}></activity-calendar></div>`);
    const el = wrap.querySelector('activity-calendar') as ActivityCalendar;
    await waitUntil(() => el.shadowRoot!.querySelector('.item'), 'rendered', { timeout: 20_000 });
    const items = el.shadowRoot!.querySelectorAll('.item');
    expect(items.length).to.equal(el.pageSize);
    expect(el.shadowRoot!.querySelector('[part=more-button]')).to.not.equal(null);
    el.view = 'month';
    await el.updateComplete;
    const more = [...el.shadowRoot!.querySelectorAll('td')].map((td) => td.textContent ?? '').filter((t) => /\+\d+ meer/.test(t));
    // About 27 activities a day: every upcoming day in the grid (26-30 November and the first days of December) is crowded.
    expect(more.length).to.be.greaterThan(9);
    el.view = 'week';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('.week-day').length).to.equal(7);
  });
});
