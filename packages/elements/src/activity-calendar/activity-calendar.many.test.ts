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

  it('with a national network of branches, offers the branches of the chosen municipality only', async function () {
    this.timeout(60_000);
    const feed = generatedFeed(2000);
    // 300 branches over the four municipalities, the activities spread over them.
    const municipalities = ['GM0928', 'GM0899', 'GM0986', 'GM0965'];
    feed.branches = Array.from({ length: 300 }, (_, i) => ({ ...feed.branches[i % 9]!, id: `b${i}`, name: `Vestiging ${i}`, municipality: municipalities[i % 4]! }));
    feed.activities.forEach((a, i) => (a['branch'] = `b${i % 300}`));
    const wrap = await fixture(html`<div style="inline-size: 900px"><activity-calendar now="2026-11-26T14:00" .feed=${feed}></activity-calendar></div>`);
    const el = wrap.querySelector('activity-calendar') as ActivityCalendar;
    await waitUntil(() => el.shadowRoot!.querySelector('.item'), 'rendered', { timeout: 20_000 });
    const root = el.shadowRoot!;
    expect(root.querySelector('#f-branch'), 'no list of 300 branches').to.equal(null);
    const municipality = root.querySelector<HTMLSelectElement>('#f-mun')!;
    municipality.value = 'GM0899';
    municipality.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const options = [...root.querySelectorAll<HTMLOptionElement>('#f-branch option')].map((o) => o.value).filter(Boolean);
    expect(options).to.have.length(75);
    expect(options.every((id) => Number(id.slice(1)) % 4 === 1)).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
