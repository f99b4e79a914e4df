import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { clearFeedResources, type Feed, type FeedModel } from '@biebkit/feed';
import { FeedElement } from '../shared/feed-element.js';
import './define.js';
import type { LibraryFeed } from './library-feed.js';

const FEED_URL = '/test/fixtures/mini-feed.json';

/** A minimal consumer: lists what it receives, so tests see the model an element gets. */
class FeedProbe extends FeedElement {
  protected override renderFeed(feed: Feed) {
    return html`<ul>
      ${(feed.branches ?? []).map((b) => html`<li class="branch">${b.id}</li>`)}
      ${(feed.kpis ?? []).map((k) => html`<li class="kpi">${k.id}</li>`)}
      ${(feed.activities ?? []).map((a) => html`<li class="activity">${typeof a.title === 'string' ? a.title : a.title.nl}</li>`)}
    </ul>`;
  }
}
customElements.define('feed-probe', FeedProbe);

const probeText = (el: Element, cls: string) =>
  [...(el.shadowRoot?.querySelectorAll(`.${cls}`) ?? [])].map((n) => n.textContent);
const ready = (probe: Element) => waitUntil(() => probe.shadowRoot?.querySelector('ul'), 'probe rendered the feed', { timeout: 5000 });

/** Counts fetches of a URL while a test runs. */
function countFetches(match: string) {
  const original = window.fetch;
  const calls: string[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (url.includes(match)) calls.push(url);
    return original(input, init);
  };
  return { calls, restore: () => (window.fetch = original) };
}

describe('<library-feed>', () => {
  beforeEach(() => clearFeedResources());

  it('hands a validated, municipality-scoped model to the elements inside it', async () => {
    const el = await fixture<LibraryFeed>(html`<library-feed src=${FEED_URL} municipality="GM0397"><feed-probe></feed-probe></library-feed>`);
    const probe = el.querySelector('feed-probe')!;
    await ready(probe);
    expect(probeText(probe, 'branch')).to.deep.equal(['plein-1']);
    expect(probeText(probe, 'kpi')).to.deep.equal(['bezoek-heemstede']);
    expect(probeText(probe, 'activity')).to.deep.equal(['Taalcafé']);
    expect(el.getAttribute('status')).to.equal('ready');
    await expect(el).to.be.accessible();
  });

  it('fetches a feed URL once, however many elements and providers name it', async () => {
    const spy = countFetches('mini-feed.json');
    try {
      const el = await fixture(html`<div>
        <library-feed src=${FEED_URL}><feed-probe></feed-probe><feed-probe></feed-probe></library-feed>
        <library-feed src="../test/fixtures/mini-feed.json"><feed-probe municipality="GM0392"></feed-probe></library-feed>
        <feed-probe src=${FEED_URL}></feed-probe>
      </div>`);
      const probes = [...el.querySelectorAll('feed-probe')];
      await Promise.all(probes.map(ready));
      expect(probes).to.have.length(4);
      expect(spy.calls).to.have.length(1);
      expect(probeText(probes[2]!, 'branch')).to.deep.equal(['centrum']);
      expect(probeText(probes[3]!, 'branch')).to.deep.equal(['plein-1', 'centrum']);
    } finally {
      spy.restore();
    }
  });

  it('works with a feed set from script, and a provider that upgrades after its children', async () => {
    const feed = await (await fetch(FEED_URL)).json();
    const container = await fixture(html`<div></div>`);
    container.innerHTML = '<late-feed><feed-probe></feed-probe></late-feed>';
    const probe = container.querySelector('feed-probe')!;
    // The provider tag is defined only now, after its child asked for the context.
    class LateFeed extends (customElements.get('library-feed') as typeof LitElement) {}
    customElements.define('late-feed', LateFeed);
    (container.querySelector('late-feed') as LibraryFeed).feed = feed;
    await ready(probe);
    expect(probeText(probe, 'branch')).to.deep.equal(['plein-1', 'centrum']);
  });

  it('reads a feed set from script as of its `now`: KPIs counted from the activities count up to that moment', async () => {
    const feed = {
      version: 1,
      organization: { id: 't', name: 'T', municipalities: [{ id: 'GM0397', name: 'Heemstede' }] },
      branches: [{ id: 'plein-1', name: 'Plein 1', kind: 'branch', municipality: 'GM0397' }],
      kpis: [{ id: 'lezen', label: 'Voorlezen', unit: 'count', direction: 'higher', theme: 'literate-society', level: 'output', scope: { municipalities: ['GM0397'] }, derived: { from: 'activities', function: 'reading-literature', per: 'year' }, series: [] }],
      activities: [{ id: 'v', title: 'Voorlezen', start: '2027-01-05T10:00', branch: 'plein-1', function: 'reading-literature', recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=TU' } }],
    };
    const el = await fixture<LibraryFeed>(html`<library-feed .feed=${feed} now="2027-03-01T12:00"><feed-probe></feed-probe></library-feed>`);
    const counted = () => (el.querySelector('feed-probe') as unknown as { model?: FeedModel }).model?.feed.kpis?.[0]?.series.at(-1)?.value;
    // Tuesdays from 5 January up to 1 March 2027: 8.
    await waitUntil(() => counted() === 8, `counted 8 by 1 March, not ${counted()}`, { timeout: 5000 });
    el.now = '2027-07-15T12:00';
    // Up to 15 July: 28 Tuesdays.
    await waitUntil(() => counted() === 28, `counted 28 by 15 July, not ${counted()}`, { timeout: 5000 });
  });

  it('keeps the valid rest of a partly wrong feed and names what was dropped', async () => {
    const feed = await (await fetch(FEED_URL)).json();
    feed.activities.push({ id: 'kapot', title: 'Kapot', start: '2026-02-30T10:00' });
    feed.kpis[1].unit = 'bananas';
    const el = await fixture<LibraryFeed>(html`<library-feed><feed-probe></feed-probe></library-feed>`);
    const loaded = new Promise<CustomEvent>((resolve) => el.addEventListener('feed-load', (e) => resolve(e as CustomEvent), { once: true }));
    el.feed = feed;
    const probe = el.querySelector('feed-probe')!;
    await ready(probe);
    expect(probeText(probe, 'kpi')).to.deep.equal(['bezoek-heemstede']);
    expect(probeText(probe, 'activity')).to.deep.equal(['Taalcafé', 'Lezing in Haarlem']);
    const { problems } = (await loaded).detail as { problems: { path: string; severity: string; message: string }[] };
    expect(problems.find((p) => p.path === '/kpis/1/unit')?.message).to.contain('must be one of');
    expect(problems.find((p) => p.path === '/activities/2/start')?.message).to.contain('not a real date');
  });

  it('shows a clear error, in the page language, for a feed that is not JSON', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      const el = await fixture<LibraryFeed>(html`<library-feed src="/test/fixtures/not-a-feed.html" lang="en"><feed-probe></feed-probe></library-feed>`);
      const probe = el.querySelector('feed-probe')!;
      await waitUntil(() => probe.shadowRoot?.querySelector('[role=alert]'), 'error shown', { timeout: 5000 });
      const alert = probe.shadowRoot!.querySelector('[role=alert]')!;
      expect(alert.textContent).to.contain("The library's data could not be loaded.");
      expect(alert.textContent).to.contain('web page, not a feed');
      expect(el.getAttribute('status')).to.equal('error');
      expect(errors.join('\n')).to.contain('not-a-feed.html');
      await expect(probe).to.be.accessible();
    } finally {
      console.error = original;
    }
  });

  it('shows the error in Dutch by default, for a feed that does not exist', async () => {
    const el = await fixture(html`<feed-probe src="/test/fixtures/does-not-exist.json"></feed-probe>`);
    await waitUntil(() => el.shadowRoot?.querySelector('[role=alert]'), 'error shown', { timeout: 5000 });
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('HTTP 404');
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('konden niet worden geladen');
  });

  it('keeps showing the last good feed, with its age, when the network fails', async () => {
    localStorage.clear();
    const first = await fixture<LibraryFeed>(html`<library-feed src=${FEED_URL}><feed-probe></feed-probe></library-feed>`);
    await ready(first.querySelector('feed-probe')!);
    // The copy is written when the page is idle (late on a busy machine); clearFeedResources forgets one still waiting.
    await waitUntil(() => localStorage.length > 0, 'the copy kept on the device', { timeout: 10_000 });
    first.remove();
    clearFeedResources();
    const original = window.fetch;
    const originalError = console.error;
    const logged: string[] = [];
    window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    console.error = (...a: unknown[]) => logged.push(a.join(' '));
    try {
      const el = await fixture<LibraryFeed>(html`<library-feed src=${FEED_URL}><feed-probe></feed-probe></library-feed>`);
      const probe = el.querySelector('feed-probe')!;
      await ready(probe);
      expect(probeText(probe, 'branch')).to.deep.equal(['plein-1', 'centrum']);
      const stale = probe.shadowRoot!.querySelector('[part=stale]');
      expect(stale?.textContent).to.match(/^bijgewerkt op \d{1,2} [a-z]+ \d{2}:\d{2}$/);
      expect(logged.join()).to.contain('Failed to fetch');
      await expect(probe).to.be.accessible();
    } finally {
      window.fetch = original;
      console.error = originalError;
      localStorage.clear();
    }
  });

  it('without a kept copy, a network failure is a visible error', async () => {
    localStorage.clear();
    const original = window.fetch;
    const originalError = console.error;
    window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    console.error = () => {};
    try {
      const el = await fixture(html`<feed-probe src="/test/fixtures/elsewhere.json"></feed-probe>`);
      await waitUntil(() => el.shadowRoot?.querySelector('[role=alert]'), 'error shown', { timeout: 5000 });
      expect(el.shadowRoot!.textContent).to.contain('Er is geen verbinding met de feed.');
    } finally {
      window.fetch = original;
      console.error = originalError;
    }
  });

  it('can be defined twice without throwing', async () => {
    const { defineElement } = await import('../shared/define.js');
    const { LibraryFeed } = await import('./library-feed.js');
    expect(() => defineElement('library-feed', class extends LibraryFeed {})).not.to.throw();
    expect(customElements.get('library-feed')).to.equal(LibraryFeed);
  });
});
