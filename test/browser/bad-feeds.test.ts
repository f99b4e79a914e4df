/**
 * Every bad feed of the corpus (test/bad-feeds/corpus.ts), given to all elements at once: no script from
 * the feed runs (a trap would be set), nothing throws, the valid rest is shown, and the problems name
 * what is wrong by JSON Pointer; a feed that is not a feed gives each element a visible error.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../packages/elements/src/all.js';
import type { LibraryFeed } from '../../packages/elements/src/library-feed/library-feed.js';
import { TRAP, buildCorpus } from '../bad-feeds/corpus.js';

const NOW = '2026-11-24T10:00';
const TAGS = ['kpi-tile-group', 'goal-progress', 'opening-hours', 'branch-map', 'activity-calendar'];

/** All text a visitor sees, through shadow roots. */
function deepText(node: Node): string {
  let text = '';
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) text += n.textContent;
    if (n instanceof Element && n.shadowRoot) walk(n.shadowRoot);
    if (n instanceof HTMLScriptElement) return; // JSON-LD is for search engines, not shown
    n.childNodes.forEach(walk);
  };
  walk(node);
  return text;
}

const settled = async (el: LibraryFeed) => {
  await waitUntil(() => el.status === 'ready' || el.status === 'error', 'feed settled', { timeout: 10_000 });
  const children = TAGS.map((t) => el.querySelector(t) as HTMLElement & { updateComplete: Promise<unknown> });
  await Promise.all(children.map((c) => c.updateComplete));
  await waitUntil(() => children.every((c) => !c.shadowRoot?.querySelector('[part=loading]')), 'no element still loading', { timeout: 10_000 });
  return children;
};

const base = (await (await fetch('/demo/feeds/zuid-kennemerland.json')).json()) as Record<string, unknown>;

describe('bad feeds', () => {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.message);
  before(() => window.addEventListener('error', onError));
  after(() => window.removeEventListener('error', onError));
  beforeEach(() => {
    errors.length = 0;
    delete (window as unknown as Record<string, unknown>)[TRAP];
  });

  it('the corpus covers every kind of damage', () => {
    expect(buildCorpus(base).map((c) => c.name)).to.have.length.of.at.least(10);
  });

  for (const kase of buildCorpus(base)) {
    it(kase.name, async function () {
      this.timeout(20_000);
      const originalError = console.error;
      const logged: string[] = [];
      console.error = (...args: unknown[]) => logged.push(args.join(' '));
      try {
        const el = await fixture<LibraryFeed>(html`<library-feed>
          <kpi-tile-group theme="literate-society" now=${NOW}></kpi-tile-group>
          <goal-progress now=${NOW}></goal-progress>
          <opening-hours branch="plein-1" now=${NOW}></opening-hours>
          <branch-map map="none" now=${NOW}></branch-map>
          <activity-calendar now=${NOW}></activity-calendar>
        </library-feed>`);
        const loaded = new Promise<{ problems: { path: string }[] } | undefined>((resolve) => {
          el.addEventListener('feed-load', (e) => resolve((e as CustomEvent).detail), { once: true });
          el.addEventListener('feed-error', () => resolve(undefined), { once: true });
        });
        el.feed = kase.feed;
        const detail = await loaded;
        const children = await settled(el);
        // Give any smuggled handler (onerror, onload) its chance to fire: every image has loaded or failed,
        // then two frames for the handlers queued by that.
        await waitUntil(() => children.every((c) => [...c.shadowRoot!.querySelectorAll('img')].every((img) => img.complete)), 'images settled', { timeout: 10_000 });
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        expect((window as unknown as Record<string, unknown>)[TRAP], 'a script from the feed ran').to.equal(undefined);
        expect(errors, 'uncaught errors').to.deep.equal([]);
        for (const child of children) {
          expect(child.shadowRoot!.querySelectorAll('script, iframe, object, embed, img[onerror], svg[onload]').length, `${child.localName}: active markup`).to.equal(0);
        }
        if (kase.refused) {
          expect(el.status).to.equal('error');
          for (const child of children) expect(child.shadowRoot!.querySelector('[role=alert]'), `${child.localName} shows the error`).to.not.equal(null);
          expect(logged.join('\n')).to.match(/\[biebkit\] The feed/);
          return;
        }
        expect(el.status).to.equal('ready');
        const paths = detail!.problems.map((p) => p.path);
        for (const p of kase.problemPaths ?? []) expect(paths, 'problems name the JSON Pointer').to.include(p);
        const text = deepText(el);
        for (const s of kase.stillShown ?? []) expect(text, `"${s}" still shown`).to.contain(s);
        for (const child of children) {
          for (const a of child.shadowRoot!.querySelectorAll('a[href]')) {
            expect(a.getAttribute('href')!, `${child.localName}: link`).to.match(/^(https?:|mailto:|tel:|blob:|#)/);
          }
        }
      } finally {
        console.error = originalError;
      }
    });
  }
});
