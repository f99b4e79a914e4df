import { LitElement, html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  formatClock,
  formatDayMonth,
  langFrom,
  toWall,
  yieldToPage,
  type Feed,
  type FeedError,
  type FeedModel,
  type FeedState,
  type Lang,
} from '@biebkit/feed';
import { feedContext, type FeedContextValue } from './context.js';
import { FeedSourceController, parseNow } from './feed-source.js';
import { ScopeMemo } from './scope-memo.js';
import { common } from './i18n.js';
import { baseStyles } from './styles.js';

/** The instant of a `now` attribute (ISO with offset or Z, or Amsterdam wall-clock without). */
export { parseNow };

/**
 * A feed with more branches and activities than this (a province, the country) is rendered by each
 * element in a task of its own, so that a page full of elements showing it is not one long task.
 */
const BIG_FEED_ITEMS = 2000;

/**
 * The base of every Biebkit element that shows feed data. It finds the feed (in this order: the `feed`
 * property, the element's own `src`, the nearest `<library-feed>` through context), narrows it to a
 * municipality, resolves the language and the clock, and renders the loading and error states, so that
 * each element only renders its view of a ready feed in `renderFeed`.
 */
export abstract class FeedElement extends LitElement {
  static override styles = [baseStyles];

  /** URL of a feed to use without a surrounding `<library-feed>`. Shares one fetch with every element naming it. */
  @property({ reflect: true }) src?: string;

  /** A feed set from script: the parsed JSON object (or its text). It is validated like a fetched one. */
  @property({ attribute: false }) feed?: unknown;

  /** Fixes the clock (ISO date-time; without offset it is Amsterdam time), for previews and tests. */
  @property({ reflect: true }) now?: string;

  /** Narrows to one municipality (CBS code such as GM0397), also inside a `<library-feed>`. */
  @property({ reflect: true }) municipality?: string;

  /** The context from the nearest `<library-feed>`. */
  @consume({ context: feedContext, subscribe: true })
  @state()
  protected provided?: FeedContextValue;

  #source = new FeedSourceController(this);
  #scope = new ScopeMemo();
  #yieldedFor?: Feed;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  #internals = this.attachInternals();

  protected override shouldUpdate(): boolean {
    // Prerendered by `biebkit publish` (a declarative shadow root): LitElement would render in front of that
    // content. Instead it stays until the feed is ready (and if it fails: it says when it was made), then one
    // update replaces it: no flash, and nothing moves when the content is the same. Its <style> elements go
    // with it; the adopted styles stay.
    const options = this.renderOptions;
    if (options.renderBefore) {
      this.#source.configure(this.src, this.feed, 0, 0, this.now);
      if (!this.scopedFeed) return false;
      this.renderRoot.replaceChildren();
      options.renderBefore = null;
    }
    return true;
  }

  /** Renders a big feed the first time in a new task, after whatever the page has waiting (input first). */
  protected override async scheduleUpdate(): Promise<unknown> {
    const feed = this.model?.feed;
    if (feed && feed !== this.#yieldedFor && (feed.branches?.length ?? 0) + (feed.activities?.length ?? 0) > BIG_FEED_ITEMS) {
      this.#yieldedFor = feed;
      await yieldToPage();
    }
    return super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#source.configure(this.src, this.feed, 0, 0, this.now);
    // While loading and once shown, the element keeps at least its loading space (--<tag>-loading-size),
    // so content that fits never moves the page; errors and notices take only the room they need. A prerendered
    // element (marked so by `biebkit publish`) has its own size already.
    const status = this.feedState?.status;
    try {
      if (!this.hasAttribute('prerendered') && (status === 'loading' || status === 'ready')) this.#internals.states.add('reserve');
      else this.#internals.states.delete('reserve');
    } catch {
      // Custom states are not supported: the loading state still reserves its space.
    }
  }

  /** The state of the feed this element reads. */
  protected get feedState(): FeedState | undefined {
    if (this.feed !== undefined || this.src?.trim()) return this.#source.state;
    return this.provided?.state;
  }

  /** The validated model (with its problems), when ready. */
  protected get model(): FeedModel | undefined {
    const s = this.feedState;
    return s?.status === 'ready' ? s.model : undefined;
  }

  /** The municipality in force: the element's own, else its provider's. */
  protected get scopeMunicipality(): string | undefined {
    return this.municipality || this.provided?.municipality || undefined;
  }

  /** The ready feed, narrowed to the municipality in force. */
  protected get scopedFeed(): Feed | undefined {
    const model = this.model;
    if (!model) return undefined;
    const usesProvider = this.feed === undefined && !this.src?.trim();
    if (usesProvider && !this.municipality && this.provided?.feed) return this.provided.feed;
    return this.#scope.get(model.feed, this.scopeMunicipality);
  }

  /** The language: `lang` on this element or its nearest ancestor (across shadow roots), else Dutch. */
  protected get language(): Lang {
    // On the server (`biebkit publish`) there is no DOM to walk: the provider's language decides.
    let node: Element | null = isServer ? null : this;
    while (node) {
      const found: Element | null = node.closest('[lang]');
      if (found) return langFrom(found.getAttribute('lang'));
      const root = node.getRootNode();
      node = root instanceof ShadowRoot ? root.host : null;
    }
    return langFrom(this.provided?.lang ?? document.documentElement.lang);
  }

  /** The current instant (epoch ms): the `now` attribute when set, else the real clock. */
  protected nowMs(): number {
    return parseNow(this.now) ?? Date.now();
  }

  /** Renders the view of a ready feed. */
  protected abstract renderFeed(feed: Feed): TemplateResult | typeof nothing;

  /** The loading state: reserves space (set `--_bk-loading-size` in the element's styles). */
  protected renderLoading(): TemplateResult {
    return html`<div class="bk-loading" part="loading" role="status" aria-live="polite">${common(this.language, 'loading')}</div>`;
  }

  /** The error state: a visible message in the page's language, naming the reason. */
  protected renderError(error: FeedError): TemplateResult {
    const lang = this.language;
    const reason = common(lang, `error.${error.kind}`, { status: error.status ?? '' });
    return html`<div class="bk-error" part="error" role="alert">
      <p><strong>${common(lang, 'errorTitle')}</strong></p>
      <p>${reason}</p>
    </div>`;
  }

  /** A small, polite notice, for something asked for that the feed does not have. */
  protected renderNotice(message: string): TemplateResult {
    return html`<div class="bk-notice" part="notice" role="status"><p>${message}</p></div>`;
  }

  protected override render(): TemplateResult | typeof nothing {
    const s = this.feedState;
    if (!s) {
      // No provider (yet) and no src: a provider may still upgrade around us.
      return this.hasUpdated && !this.closest('library-feed') ? this.renderNotice(common(this.language, 'noFeed')) : this.renderLoading();
    }
    if (s.status === 'loading') return this.renderLoading();
    if (s.status === 'error') return this.renderError(s.error);
    const feed = this.scopedFeed;
    if (!feed) return this.renderLoading();
    return s.refreshError ? html`${this.renderFeed(feed)}${this.renderStale(s.model.loadedAt)}` : this.renderFeed(feed);
  }

  /** The quiet line under a feed that could not be refreshed: when the data shown was last updated. */
  protected renderStale(loadedAt: number): TemplateResult {
    const w = toWall(loadedAt);
    const date = `${formatDayMonth(w, this.language)} ${formatClock(w.hour * 60 + w.minute)}`;
    return html`<p class="bk-stale" part="stale">${common(this.language, 'updated', { date })}</p>`;
  }
}

