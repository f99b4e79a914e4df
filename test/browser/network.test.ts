/**
 * The network as it is: server errors, a feed that never answers, a slow feed (a loading state in
 * reserved space, no layout shift), and a feed that changes between two refreshes (the elements follow,
 * nothing is duplicated). Fetch is replaced per test; the last good copy on the device is cleared first.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { clearFeedResources, feedResource } from '@biebkit/feed';
import '../../packages/elements/src/all.js';
import type { LibraryFeed } from '../../packages/elements/src/library-feed/library-feed.js';

const URL_ = '/network-test/feed.json';
const NOW = '2026-11-24T10:00';
let feedText: string;
const realFetch = window.fetch;
const realError = console.error;

/** Serves the feed URL from `respond`; everything else goes to the network. */
function serve(respond: (signal?: AbortSignal | null) => Promise<Response>) {
  let calls = 0;
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.endsWith(URL_)) return realFetch(input, init);
    calls++;
    return respond(init?.signal);
  }) as typeof fetch;
  return { calls: () => calls };
}

const alertOf = (el: Element) => el.shadowRoot?.querySelector('[role=alert]')?.textContent ?? '';

describe('network faults', function () {
  this.timeout(20_000);
  before(async () => {
    feedText = await (await realFetch('/demo/feeds/zuid-kennemerland.json')).text();
  });
  beforeEach(() => {
    localStorage.clear();
    clearFeedResources();
    console.error = () => {};
  });
  afterEach(() => {
    window.fetch = realFetch;
    console.error = realError;
  });

  it('HTTP 500: a visible error that names the status, in Dutch', async () => {
    serve(async () => new Response('<h1>Internal Server Error</h1>', { status: 500, statusText: 'Internal Server Error' }));
    const el = await fixture(html`<kpi-tile src=${URL_} kpi="bemande-uren-plein-1" now=${NOW}></kpi-tile>`);
    await waitUntil(() => alertOf(el), 'error shown', { timeout: 10_000 });
    expect(alertOf(el)).to.contain('HTTP 500');
    await expect(el).to.be.accessible();
  });

  it('a feed that never answers times out into a visible error', async () => {
    serve(
      (signal) =>
        new Promise<Response>((_, reject) => {
          signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')));
        }),
    );
    const el = await fixture<LibraryFeed>(html`<library-feed src=${URL_} timeout="1"><opening-hours branch="plein-1" now=${NOW}></opening-hours></library-feed>`);
    const child = el.querySelector('opening-hours')!;
    expect(child.shadowRoot!.querySelector('[part=loading][role=status]')).to.not.equal(null);
    await waitUntil(() => alertOf(child), 'timeout error shown', { timeout: 10_000 });
    expect(alertOf(child)).to.contain('De feed antwoordde niet op tijd.');
    expect(el.status).to.equal('error');
  });

  it('a slow feed: a loading state in reserved space, then the content without moving what follows', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    serve(async () => {
      await gate;
      return new Response(feedText, { status: 200 });
    });
    const wrap = await fixture(html`<div style="inline-size: 40rem">
      <library-feed src=${URL_}>
        <opening-hours branch="plein-1" now=${NOW} style="--opening-hours-loading-size: 30rem"></opening-hours>
      </library-feed>
      <p id="after">Tekst onder de openingstijden</p>
    </div>`);
    const hours = wrap.querySelector('opening-hours')!;
    const after = wrap.querySelector('#after')!;
    const loading = hours.shadowRoot!.querySelector('[part=loading]')!;
    expect(loading.getAttribute('role')).to.equal('status');
    expect(loading.textContent).to.contain('Gegevens laden');
    const reserved = hours.getBoundingClientRect().height;
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    expect(reserved).to.be.at.least(30 * rem - 1);
    const top = after.getBoundingClientRect().top;
    release();
    await waitUntil(() => hours.shadowRoot!.querySelector('table'), 'content shown', { timeout: 10_000 });
    expect(hours.getBoundingClientRect().height, 'the content fits the reserved space').to.be.at.most(reserved + 1);
    expect(after.getBoundingClientRect().top, 'what follows did not move').to.equal(top);
  });

  it('a feed that changes between two refreshes: the elements follow, nothing is duplicated', async () => {
    let text = feedText;
    const server = serve(async () => new Response(text, { status: 200 }));
    const el = await fixture<LibraryFeed>(html`<library-feed src=${URL_}>
      <kpi-tile kpi="bemande-uren-plein-1" now=${NOW}></kpi-tile>
      <activity-calendar now=${NOW} days="14" no-structured-data></activity-calendar>
    </library-feed>`);
    const tile = el.querySelector('kpi-tile')!;
    const calendar = el.querySelector('activity-calendar')!;
    await waitUntil(() => tile.shadowRoot!.querySelector('[part=value]') && calendar.shadowRoot!.querySelector('.item'), 'first feed shown', { timeout: 10_000 });
    expect(tile.shadowRoot!.querySelector('[part=value]')!.textContent).to.equal('38,5 uur');
    const titles = () => [...calendar.shadowRoot!.querySelectorAll('.item')].map((i) => i.getAttribute('data-key'));
    const before = titles();
    expect(new Set(before).size).to.equal(before.length);

    const changed = JSON.parse(feedText);
    const kpi = changed.kpis.find((k: { id: string }) => k.id === 'bemande-uren-plein-1');
    kpi.series.at(-1).value = 40;
    changed.activities.push({ id: 'nieuw', title: 'Nieuwe activiteit na de verversing', start: '2026-11-24T15:00', branch: 'plein-1' });
    text = JSON.stringify(changed);
    await feedResource(URL_).refresh();
    await waitUntil(() => tile.shadowRoot!.querySelector('[part=value]')!.textContent === '40,0 uur', 'tile updated', { timeout: 10_000 });
    await calendar.updateComplete;
    const after = titles();
    expect(new Set(after).size, 'no activity twice').to.equal(after.length);
    expect(calendar.shadowRoot!.textContent).to.contain('Nieuwe activiteit na de verversing');
    expect(after.length).to.equal(Math.min(before.length + 1, 25));
    expect(server.calls()).to.equal(2);
    // A third refresh that fails keeps the second feed, with its age.
    window.fetch = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
    await feedResource(URL_).refresh();
    await tile.updateComplete;
    expect(tile.shadowRoot!.querySelector('[part=value]')!.textContent).to.equal('40,0 uur');
    expect(tile.shadowRoot!.querySelector('[part=stale]')!.textContent).to.match(/^bijgewerkt op /);
  });
});
