/**
 * Server-side rendering of the real Biebkit elements with @lit-labs/ssr, into declarative shadow DOM.
 *
 * Each element gets the feed the way it does in the browser, as the context value a `<library-feed>` hands
 * it (through an SSR property binding), renders its own templates and styles, and `FeedElement` takes the
 * result over in the browser once its feed is ready. Nothing of the markup is written a second time here.
 * Node only: Lit's node build brings the little DOM the elements need on the server.
 */
import type { FeedModel } from '@biebkit/feed';
import type { FeedContextValue } from '@biebkit/elements';
import { escapeHtml } from './pages.js';
import type { View } from './views.js';

type SsrModules = {
  render: typeof import('@lit-labs/ssr').render;
  collectResult: typeof import('@lit-labs/ssr/lib/render-result.js').collectResult;
  html: typeof import('lit/static-html.js').html;
  unsafeStatic: typeof import('lit/static-html.js').unsafeStatic;
  Renderer: typeof import('@lit-labs/ssr/lib/lit-element-renderer.js').LitElementRenderer;
};

let loaded: Promise<SsrModules> | undefined;

/** Lit SSR and the elements, loaded once, when publishing starts (so that `biebkit validate` never loads them). */
function load(): Promise<SsrModules> {
  loaded ??= (async () => {
    const [{ render }, { collectResult }, { html, unsafeStatic }, { LitElementRenderer }] = await Promise.all([
      import('@lit-labs/ssr'),
      import('@lit-labs/ssr/lib/render-result.js'),
      import('lit/static-html.js'),
      import('@lit-labs/ssr/lib/lit-element-renderer.js'),
    ]);
    await import('@biebkit/elements/all');
    const [{ snapshot }, { html: plain }, { formatClock, formatDayMonth, isoWithOffset, toWall }] = await Promise.all([
      import('@biebkit/elements/shared/snapshot'),
      import('lit'),
      import('@biebkit/feed'),
    ]);
    // Time-dependent text in prerendered HTML says when it was true: "Stand op 3 december om 14:05: Nu open".
    snapshot.stamp = (lang, nowMs, after) => {
      const w = toWall(nowMs);
      const date = formatDayMonth(w, lang);
      const time = formatClock(w.hour * 60 + w.minute);
      return plain`<time class="bk-as-of" datetime=${isoWithOffset(nowMs)}>${lang === 'en' ? `As of ${date}, ${time}` : `Stand op ${date} om ${time}`}</time>${after}`;
    };
    return { render, collectResult, html, unsafeStatic, Renderer: LitElementRenderer };
  })();
  return loaded;
}

/** The element tags the elements package defines, with the attributes each observes (for the embed pages). */
export async function definedElements(tags: readonly string[]): Promise<Map<string, string[]>> {
  await load();
  const out = new Map<string, string[]>();
  for (const tag of tags) {
    const ctor = customElements.get(tag) as (CustomElementConstructor & { observedAttributes?: string[] }) | undefined;
    if (ctor) out.set(tag, [...(ctor.observedAttributes ?? [])]);
  }
  return out;
}

/** Collapses the indentation of CSS text (no minifier: the text must stay exactly what the CSP hash is of). */
const trimCss = (css: string) => css.replace(/\n\s+/g, '\n').trim();


export interface RenderContext {
  /** The validated feed of the view's scope (the whole feed, or a municipality's slice). */
  model: FeedModel;
  /** The URL the page's `<library-feed>` loads: the same feed. */
  feedUrl: string;
  /** The instant the views are rendered at (epoch ms): time-dependent text says so. */
  now: number;
}

/**
 * Renders one view, `<library-feed src lang>` around the element, as HTML with declarative shadow roots.
 * Lit's hydration markers are left out: the elements replace prerendered content instead of hydrating it.
 */
export async function renderView(view: View, context: RenderContext): Promise<string> {
  const { render, collectResult, html, unsafeStatic, Renderer } = await load();
  class PublishRenderer extends Renderer {
    // Lit writes each element's styles as a <style> in its shadow root: written here with the indentation collapsed.
    override renderShadow(renderInfo: Parameters<InstanceType<typeof Renderer>['renderShadow']>[0]) {
      const result = super.renderShadow(renderInfo);
      if (!result) return result;
      const open = result.indexOf('<style>');
      const close = result.indexOf('</style>');
      if (open === -1 || close === -1) return result;
      const css = trimCss(result.slice(open + 1, close).join(''));
      return [...result.slice(0, open), `<style>${css}</style>`, ...result.slice(close + 1)];
    }
  }
  const state = { status: 'ready' as const, url: context.feedUrl, model: context.model };
  const provided: FeedContextValue = { state, feed: context.model.feed, lang: view.lang };
  const tag = unsafeStatic(view.element);
  const attributes = unsafeStatic(
    Object.entries(view.attributes)
      .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
      .join(''),
  );
  // `prerendered` tells the CDN loader that the element has its size already (it reserves no loading space).
  const template = html`<library-feed src=${context.feedUrl} lang=${view.lang}><${tag}${attributes} prerendered .provided=${provided}></${tag}></library-feed>`;
  const realNow = Date.now;
  // The elements read the clock through Date.now (or their `now` attribute, which would stay in the HTML and
  // stop the clock in the browser): every view of one run is rendered at the same instant.
  Date.now = () => context.now;
  let text: string;
  try {
    text = await collectResult(render(template, { elementRenderers: [PublishRenderer] }));
  } finally {
    Date.now = realNow;
  }
  return stripMarkers(text);
}

/**
 * Lit's hydration markers (comments and the `<?>` end markers) go: the browser does not need them here. So does
 * the templates' indentation: no element text is preformatted (`pre-line` keeps the line break itself).
 */
function stripMarkers(html: string): string {
  return html
    .replace(/<!--\/?lit-(?:part|node)[^>]*-->|<\?>/g, '')
    .replace(/\n[ \t]+/g, '\n')
    .replace(/(<[a-z][\w-]*) {2,}/g, '$1 ');
}
