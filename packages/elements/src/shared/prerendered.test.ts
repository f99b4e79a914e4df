/**
 * Elements that arrive with content prerendered by `biebkit publish` (a declarative shadow root): FeedElement
 * keeps that content until the feed is ready and then replaces it in one update, never showing the loading
 * state in between, and keeps it when the feed fails. (The publisher's own output is tested in
 * test/browser/publish.test.ts.)
 */
import { expect, waitUntil } from '@open-wc/testing';
import { clearFeedResources } from '@biebkit/feed';
import '../library-feed/define.js';
import '../opening-hours/define.js';
import type { OpeningHours } from '../opening-hours/opening-hours.js';
import type { LibraryFeed } from '../library-feed/library-feed.js';

const FEED = '/test/fixtures/hours-feed.json';
const SNAPSHOT =
  '<template shadowrootmode="open"><style>:host{display:block}p{margin:0}</style>' +
  '<p class="snapshot">Stand op 23 november om 09:00: Open zonder personeel tot 22:00</p></template>';

/** Parses markup with declarative shadow roots into the page (as the HTML parser does with a pasted fragment). */
function mount(markup: string): HTMLElement {
  const host = document.createElement('div');
  host.setHTMLUnsafe(markup);
  document.body.append(host);
  return host;
}

const settle = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

describe('prerendered content (declarative shadow DOM)', () => {
  beforeEach(() => clearFeedResources());

  it('stays while the feed loads, without the loading state or reserved space, then is replaced in one update', async () => {
    const host = mount(`<library-feed><opening-hours branch="plein-1" now="2026-11-23T09:00" prerendered>${SNAPSHOT}</opening-hours></library-feed>`);
    try {
      const el = host.querySelector<OpeningHours>('opening-hours')!;
      const root = el.shadowRoot!;
      // Everything the element put into its shadow root from now on.
      const added: string[] = [];
      new MutationObserver((records) => {
        for (const r of records) for (const n of r.addedNodes) if (n.nodeType === 1) added.push((n as Element).getAttribute('part') ?? (n as Element).localName);
      }).observe(root, { childList: true });
      await settle();
      expect(el.hasUpdated, 'upgraded, not rendered yet').to.equal(false);
      expect(root.querySelector('.snapshot')).to.not.equal(null);
      expect(root.querySelector('[part=loading]')).to.equal(null);
      expect(el.matches(':state(reserve)'), 'no loading space reserved around prerendered content').to.equal(false);

      (host.querySelector('library-feed') as LibraryFeed).src = FEED;
      await waitUntil(() => root.querySelector('[part=status]'), 'the live content', { timeout: 5000 });
      expect(root.querySelector('.snapshot'), 'the prerendered content is gone').to.equal(null);
      expect(root.querySelector('style'), 'with its <style>: the adopted styles stay').to.equal(null);
      expect(root.adoptedStyleSheets.length).to.be.greaterThan(0);
      expect(root.querySelector('[part=status]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Open zonder personeel tot 22:00 · bemand vanaf 14:00');
      expect(added, 'no loading or error state on the way').to.not.include.members(['loading', 'error']);
      expect(el.matches(':state(reserve)'), 'still no reserved space').to.equal(false);
      await expect(el).to.be.accessible();
    } finally {
      host.remove();
    }
  });

  it('stays when the feed cannot be loaded: it says when it was made, an error box would say less', async () => {
    const host = mount(`<library-feed src="/test/fixtures/no-such-feed.json"><opening-hours branch="plein-1" prerendered>${SNAPSHOT}</opening-hours></library-feed>`);
    try {
      const provider = host.querySelector<LibraryFeed>('library-feed')!;
      await waitUntil(() => provider.status === 'error', 'the feed failed', { timeout: 5000 });
      await settle();
      const root = host.querySelector('opening-hours')!.shadowRoot!;
      expect(root.querySelector('.snapshot')).to.not.equal(null);
      expect(root.querySelector('[part=error]')).to.equal(null);
    } finally {
      host.remove();
    }
  });

  it('an element without prerendered content still shows its loading state in its reserved space', async () => {
    const host = mount('<library-feed><opening-hours branch="plein-1"></opening-hours></library-feed>');
    try {
      const el = host.querySelector('opening-hours')!;
      await waitUntil(() => el.shadowRoot?.querySelector('[part=loading]'), 'the loading state', { timeout: 5000 });
      (host.querySelector('library-feed') as LibraryFeed).src = FEED;
      await waitUntil(() => el.shadowRoot?.querySelector('[part=status]'), 'the live content', { timeout: 5000 });
      expect(el.matches(':state(reserve)')).to.equal(true);
    } finally {
      host.remove();
    }
  });
});
