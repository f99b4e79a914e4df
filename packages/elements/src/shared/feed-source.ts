import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { feedResource, loadParser, type FeedState } from '@biebkit/feed';

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
  #unsubscribe?: () => void;
  #connected = false;
  #onChange?: (state: FeedState | undefined) => void;

  constructor(host: ReactiveControllerHost, onChange?: (state: FeedState | undefined) => void) {
    this.#host = host;
    this.#onChange = onChange;
    host.addController(this);
  }

  /** Sets the source; cheap to call on every update (only a change does anything). */
  configure(src: string | undefined, feed: unknown, refreshSeconds = 0, timeoutSeconds = 0): void {
    const cleanSrc = src?.trim() || undefined;
    if (cleanSrc === this.#src && feed === this.#feed && refreshSeconds === this.#refresh && timeoutSeconds === this.#timeout) return;
    this.#src = cleanSrc;
    this.#feed = feed;
    this.#refresh = refreshSeconds;
    this.#timeout = timeoutSeconds;
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
    if (feed !== undefined) {
      this.#set({ status: 'loading', url: 'feed property' });
      void loadParser().then((parse) => {
        if (this.#feed !== feed) return;
        const result = parse(feed, {});
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
