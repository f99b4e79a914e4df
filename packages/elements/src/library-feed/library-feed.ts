import { LitElement, css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { langFrom, type FeedState } from '@biebkit/feed';
import { feedContext } from '../shared/context.js';
import { FeedSourceController } from '../shared/feed-source.js';
import { ScopeMemo } from '../shared/scope-memo.js';
import type { FeedErrorDetail, FeedLoadDetail } from '../shared/events.js';

/**
 * Loads one Biebkit feed and provides it to every Biebkit element inside it. Renders only its children.
 *
 * ```html
 * <library-feed src="https://example.nl/bieb-feed.json" municipality="GM0397" lang="nl">
 *   <kpi-tile kpi="bereik-jeugd"></kpi-tile>
 *   <opening-hours branch="plein-1"></opening-hours>
 * </library-feed>
 * ```
 *
 * @tagname library-feed
 * @summary Provides a validated, municipality-scoped feed to the elements inside it.
 * @slot - Any content, including Biebkit elements, which read this feed.
 * @fires {CustomEvent<FeedLoadDetail>} feed-load - When a feed (re)loaded and validated. `detail`: `{ url, problems }`.
 * @fires {CustomEvent<FeedErrorDetail>} feed-error - When the feed could not be used. `detail`: `{ url, error }` with `error.kind` and `error.message`.
 */
export class LibraryFeed extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    :host([hidden]) {
      display: none;
    }
  `;

  /** URL of the feed (JSON). Relative URLs resolve against the page. */
  @property({ reflect: true }) src?: string;

  /** A feed set from script instead of `src`: the parsed JSON object or its text. */
  @property({ attribute: false }) feed?: unknown;

  /** Narrows every element inside to one municipality: a CBS code such as `GM0397`. */
  @property({ reflect: true }) municipality?: string;

  /** Refetch the feed every so many seconds (at least 5). 0 or absent: never. */
  @property({ type: Number, reflect: true }) refresh = 0;

  /** Give up on a fetch of the feed after this many seconds (default 15); the last good feed, if any, stays. */
  @property({ type: Number, reflect: true }) timeout = 0;

  /**
   * The moment a feed set from script (`feed`) is read as of, ISO or Amsterdam wall-clock (`2027-07-15T12:00`):
   * KPIs counted from its activities count up to it, as in a preview of another day. The elements inside keep
   * their own `now`. Absent: the real clock.
   */
  @property({ reflect: true }) now?: string;

  /**
   * The feed's state, reflected for styling: `loading`, `ready` or `error`. Read-only.
   * @readonly
   */
  @property({ reflect: true }) status: 'loading' | 'ready' | 'error' | 'empty' = 'empty';

  #source = new FeedSourceController(this, (state) => this.#announce(state));
  #provider = new ContextProvider(this, { context: feedContext, initialValue: undefined });
  #scope = new ScopeMemo();

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#source.configure(this.src, this.feed, this.refresh > 0 ? this.refresh : 0, this.timeout > 0 ? this.timeout : 0, this.now);
    const state = this.#source.state;
    this.status = state?.status ?? 'empty';
    const municipality = this.municipality?.trim().toUpperCase() || undefined;
    this.#provider.setValue(
      state
        ? {
            state,
            feed: state.status === 'ready' ? this.#scope.get(state.model.feed, municipality) : undefined,
            municipality,
            lang: this.hasAttribute('lang') ? langFrom(this.getAttribute('lang')) : undefined,
          }
        : undefined,
    );
  }

  protected override render() {
    return html`<slot></slot>`;
  }

  #announce(state: FeedState | undefined): void {
    if (state?.status === 'ready') {
      this.dispatchEvent(
        new CustomEvent<FeedLoadDetail>('feed-load', { bubbles: true, composed: true, detail: { url: state.url, problems: state.model.problems } }),
      );
    } else if (state?.status === 'error') {
      this.dispatchEvent(new CustomEvent<FeedErrorDetail>('feed-error', { bubbles: true, composed: true, detail: { url: state.url, error: state.error } }));
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'library-feed': LibraryFeed;
  }
}
