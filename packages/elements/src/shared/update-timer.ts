import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The longest a timer may wait (setTimeout's limit is about 24.8 days). */
const MAX_DELAY = 2 ** 31 - 1;

/**
 * One timer per element to the next instant something it shows changes ("open now" becomes "closed"):
 * the host re-renders then, and at once when the page comes back into view (timers sleep in hidden tabs).
 * Cleared when the host leaves the page, so moving elements around leaves no timer behind.
 */
export class UpdateTimer implements ReactiveController {
  #host: ReactiveControllerHost;
  #timer?: ReturnType<typeof setTimeout>;
  #at?: number;
  #onVisible = (): void => {
    if (document.visibilityState === 'visible') this.#host.requestUpdate();
  };

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** When the host next re-renders by itself (epoch ms), or undefined. */
  get at(): number | undefined {
    return this.#at;
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#onVisible);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.#onVisible);
    this.clear();
  }

  /** Re-renders the host at `at` (epoch ms, `now` being the clock); replaces any earlier timer. */
  set(at: number, now: number): void {
    this.clear();
    this.#at = at;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#host.requestUpdate();
    }, Math.min(MAX_DELAY, Math.max(0, at - now) + 20));
  }

  clear(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#at = undefined;
  }
}
