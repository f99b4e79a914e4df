/**
 * The CDN bundle `dist/biebkit@<version>/biebkit.js` (and `dist/biebkit.js`, the stable address that loads
 * it; see scripts/cdn-layout.mjs): one script tag defines every Biebkit element.
 *
 * To keep the first load small, only `<library-feed>` and the shared runtime (Lit, context, the feed
 * loader) are in this file. Every other element is defined from its own chunk the moment its tag appears
 * in the document (now, or later through the DOM), so a page with KPI tiles never downloads the calendar
 * or the map. Tags inside other shadow roots are not seen: call `biebkitLoad('tag')` (exported) or import
 * `@biebkit/elements/all.js` to define everything at once.
 */
import '../src/library-feed/define.js';
import { reserveLoadingSpace } from './reserve.js';
// Every element is built on FeedElement (and with it Amsterdam time and Dutch formatting): exported from
// this file, it is in this file rather than in one more shared chunk that every page would fetch anyway.
export { FeedElement } from '../src/shared/feed-element.js';

// Every element folder with a define.ts is a tag of the same name (see docs/CONTRIBUTING.md); the KPI
// tiles, tile groups and goal bars load together (./kpi-family.ts).
const KPI_FAMILY = ['kpi-tile', 'kpi-tile-group', 'goal-progress'];
const modules = import.meta.glob<unknown>([
  '../src/*/define.ts',
  '!../src/library-feed/define.ts',
  '!../src/shared/define.ts',
  '!../src/{kpi-tile,kpi-tile-group,goal-progress}/define.ts',
]);
const loaders = new Map<string, () => Promise<unknown>>();
for (const [path, load] of Object.entries(modules)) {
  const tag = /\/src\/([a-z][a-z0-9]*-[a-z0-9-]+)\/define\.ts$/.exec(path)?.[1];
  if (tag && tag !== 'library-feed') loaders.set(tag, load);
}
const kpiFamily = () => import('./kpi-family.js');
for (const tag of KPI_FAMILY) loaders.set(tag, kpiFamily);

const pending = new Map<string, Promise<unknown>>();

// With two copies of this bundle on a page (two versions, or one pasted twice), the first one loads every
// element, so all elements share one copy's feed cache (one fetch per feed URL). The marker is a
// registered symbol on the global object: no name is added that a page could collide with.
const LOADER = Symbol.for('biebkit.cdn-loader.v1');
const registry = globalThis as unknown as Record<symbol, ((tag: string) => Promise<unknown>) | undefined>;
const first = registry[LOADER];
if (!first) registry[LOADER] = biebkitLoad;

/** Defines a tag now (its chunk loads once); resolves when it is defined. */
export function biebkitLoad(tag: string): Promise<unknown> {
  if (first) return first(tag);
  const load = loaders.get(tag);
  if (!load || customElements.get(tag)) return Promise.resolve();
  let promise = pending.get(tag);
  if (!promise) {
    promise = load().catch((error: unknown) => {
      pending.delete(tag);
      console.error(`[biebkit] could not load <${tag}>:`, error);
    });
    pending.set(tag, promise);
  }
  return promise;
}

/** The tags still to look for: each is dropped once its chunk is asked for, so the scans get cheaper. */
const waiting = new Set(loaders.keys());

function load(tag: string): void {
  waiting.delete(tag);
  void biebkitLoad(tag);
}

function scan(root: ParentNode): void {
  if (!waiting.size) return;
  for (const el of root.querySelectorAll([...waiting].join(','))) load(el.localName);
}

// Reserve each undefined tag's loading size before its chunk arrives (no layout shift on pages that reserve nothing).
if (typeof document !== 'undefined') reserveLoadingSpace(document, loaders.keys());

if (typeof document !== 'undefined' && waiting.size && !first) {
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== 1) continue;
        const el = node as Element;
        if (waiting.has(el.localName)) load(el.localName);
        if (el.firstElementChild) scan(el);
      }
    }
    if (!waiting.size) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
  scan(document);
}
