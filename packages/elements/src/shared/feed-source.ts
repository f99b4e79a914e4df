import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { feedResource, fromWall, loadParser, parseLocalDateTime, type FeedState } from '@biebkit/feed';

/** The instant of a `now` attribute: ISO with offset or Z, or Amsterdam wall-clock without. */
export function parseNow(now: string | undefined | null): number | undefined {
  if (!now) return undefined;
  const text = now.trim();
  if (/[zZ]|[+-]\d{2}:?\d{2}$/.test(text)) {
    const t = Date.parse(text);
    return Number.isNaN(t) ? undefined : t;
  }
  const local = parseLocalDateTime(text.length === 10 ? `${text}T00:00` : text.slice(0, 19));
  return local ? fromWall(local.year, local.month, local.day, local.hour, local.minute, local.second) : undefined;
}

/**
 * Where an element's own feed comes from: a `feed` value set from script (validated here), or a `src`
 * URL (the page-wide shared resource, fetched once). Used by `<library-feed>` and by every element that
 * is given a `src` or `feed` of its own. Unsubscribes when the host leaves the page.
 */
export class FeedSourceController implements ReactiveController {
  /** The state, or undefined when neither src nor feed is set. */
  state?: FeedState;
  #host: ReactiveControllerHost;
  #src?: string;
  #feed?: unknown;
  #refresh = 0;
  #timeout = 0;
  #now?: number;
  #unsubscribe?: () => void;
  #connected = false;
  #onChange?: (state: FeedState | undefined) => void;

  constructor(host: ReactiveControllerHost, onChange?: (state: FeedState | undefined) => void) {
    this.#host = host;
    this.#onChange = onChange;
    host.addController(this);
  }

  /**
   * Sets the source; cheap to call on every update (only a change does anything). `now` (a `now` attribute) is the
   * moment a feed set from script is read as of: KPIs counted from its activities count up to it. A fetched feed
   * is shared by the whole page and read as of the real clock.
   */
  configure(src: string | undefined, feed: unknown, refreshSeconds = 0, timeoutSeconds = 0, now?: string): void {
    const cleanSrc = src?.trim() || undefined;
    const at = feed === undefined ? undefined : parseNow(now);
    if (cleanSrc === this.#src && feed === this.#feed && refreshSeconds === this.#refresh && timeoutSeconds === this.#timeout && at === this.#now) return;
    this.#src = cleanSrc;
    this.#feed = feed;
    this.#refresh = refreshSeconds;
    this.#timeout = timeoutSeconds;
    this.#now = at;
    this.#restart();
  }

  hostConnected(): void {
    this.#connected = true;
    this.#restart();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#stop();
  }

  #stop(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  #set(state: FeedState | undefined): void {
    this.state = state;
    this.#onChange?.(state);
    this.#host.requestUpdate();
  }

  #restart(): void {
    this.#stop();
    if (!this.#connected) return;
    const feed = this.#feed;
    const now = this.#now;
    if (feed !== undefined) {
      this.#set({ status: 'loading', url: 'feed property' });
      void loadParser().then((parse) => {
        if (this.#feed !== feed || this.#now !== now) return;
        const result = parse(feed, { now });
        if (!result.ok) console.error(`[biebkit] ${result.error.message}`);
        this.#set(
          result.ok
            ? { status: 'ready', url: 'feed property', model: result.model }
            : { status: 'error', url: 'feed property', error: result.error },
        );
      });
      return;
    }
    if (!this.#src) {
      this.#set(undefined);
      return;
    }
    this.#unsubscribe = feedResource(this.#src).subscribe((state) => this.#set(state), {
      refreshSeconds: this.#refresh,
      timeoutSeconds: this.#timeout,
    });
  }
}
