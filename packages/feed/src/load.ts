/**
 * Loading feeds: one fetch per feed URL per page, shared by every element that names it.
 *
 * `feedResource(url)` returns the one resource for that (absolute) URL; elements subscribe to it and get
 * its state now and on every change. The validator is imported lazily, in parallel with the first fetch,
 * so it never weighs on the initial script. No cookies are sent (`credentials: 'omit'`).
 */
import type { FeedError, FeedModel, ParseResult } from './types.js';
import { offsetAt } from './time/amsterdam.js';

export type FeedState =
  | { status: 'loading'; url: string }
  | {
      status: 'ready';
      url: string;
      model: FeedModel;
      /** The last fetch failed: the model shown is older (its loadedAt says from when). */
      refreshError?: FeedError;
      /** Shown from the copy kept on this device while the feed is being fetched again. */
      fromDevice?: boolean;
    }
  | { status: 'error'; url: string; error: FeedError };

export type FeedListener = (state: FeedState) => void;

export interface SubscribeOptions {
  /** Refetch every so many seconds while this subscriber is there (the shortest asked for wins). 0: off. */
  refreshSeconds?: number;
  /** Give up on a fetch after so many seconds (the shortest asked for wins; default 15). */
  timeoutSeconds?: number;
}

/** How long a fetch may take before it counts as failed. */
export const FETCH_TIMEOUT_MS = 15_000;

type Parser = (input: unknown, options: { url?: string; now?: number }) => ParseResult;
type SlicedParser = (input: unknown, options: { url?: string; now?: number }) => Promise<ParseResult>;
let validatorModule: Promise<{ parseFeed: Parser; parseFeedInSlices: SlicedParser }> | undefined;
const loadValidator = () => (validatorModule ??= import('./validate.js'));
/** The validator, loaded once and lazily. */
export function loadParser(): Promise<Parser> {
  return loadValidator().then((m) => m.parseFeed);
}
/** The validator that hands the main thread back to the page between slices (for fetched feeds). */
const loadSlicedParser = (): Promise<SlicedParser> => loadValidator().then((m) => m.parseFeedInSlices);

/** One feed URL, fetched once and shared. */
export class FeedResource {
  readonly url: string;
  #state: FeedState;
  #listeners = new Map<FeedListener, number>();
  #timeouts = new Map<FeedListener, number>();
  #timer: ReturnType<typeof setInterval> | undefined;
  #timerSeconds = 0;
  #inflight: Promise<void> | undefined;
  #fetch: typeof fetch;
  /** The text of the feed shown now, when it came from the device's copy: an identical fetch changes nothing. */
  #deviceText?: string;

  constructor(url: string, fetchImpl: typeof fetch = (...args) => globalThis.fetch(...args)) {
    this.url = url;
    this.#fetch = fetchImpl;
    this.#state = { status: 'loading', url };
  }

  get state(): FeedState {
    return this.#state;
  }

  /** Calls the listener now and on every change; returns the unsubscribe function. Starts the first fetch. */
  subscribe(listener: FeedListener, options: SubscribeOptions = {}): () => void {
    this.#listeners.set(listener, Math.max(0, options.refreshSeconds ?? 0));
    if (options.timeoutSeconds && options.timeoutSeconds > 0) this.#timeouts.set(listener, options.timeoutSeconds * 1000);
    this.#schedule();
    if (this.#state.status === 'loading' && !this.#inflight) {
      void this.#showDeviceCopy();
      void this.refresh();
    }
    listener(this.#state);
    return () => {
      this.#listeners.delete(listener);
      this.#timeouts.delete(listener);
      this.#schedule();
    };
  }

  /** Fetches the feed again (concurrent calls share one request). */
  refresh(): Promise<void> {
    this.#inflight ??= this.#load().finally(() => {
      this.#inflight = undefined;
    });
    return this.#inflight;
  }

  /**
   * Stale-while-revalidate: a feed this device fetched before is shown at once from its kept copy (no
   * loading state, no layout shift on a return visit) while the network copy is fetched.
   */
  async #showDeviceCopy(): Promise<void> {
    const saved = readLastGood(this.url);
    if (!saved) return;
    const parse = await loadSlicedParser();
    if (this.#state.status !== 'loading') return; // the network was faster
    const result = await parse(saved.text, { url: this.url, now: saved.savedAt });
    if (!result.ok || this.#state.status !== 'loading') return;
    this.#deviceText = saved.text;
    this.#set({ status: 'ready', url: this.url, model: result.model, fromDevice: true });
  }

  async #load(): Promise<void> {
    const parser = loadSlicedParser();
    // While the request is out: the time zone data's first use costs tens of milliseconds, once per page.
    setTimeout(() => offsetAt(Date.now()));
    let text: string | undefined;
    const result = await this.#fetchText().then(
      async (body): Promise<ParseResult> => {
        text = body;
        const shown = this.#state;
        if (body === this.#deviceText && shown.status === 'ready') {
          // The same feed as the device's copy on screen: keep its model, only its age changes.
          return { ok: true, model: { ...shown.model, loadedAt: Date.now() } };
        }
        return (await parser)(body, { url: this.url });
      },
      (error: FeedError): ParseResult => ({ ok: false, error }),
    );
    const previous = this.#state;
    if (result.ok) {
      if (text !== undefined) writeLastGood(this.url, text, result.model.loadedAt);
      this.#deviceText = undefined;
      this.#set({ status: 'ready', url: this.url, model: result.model });
    } else if (previous.status === 'ready') {
      // Keep showing the last good feed; elements say quietly when it was last updated.
      this.#set({ ...previous, refreshError: result.error });
    } else {
      const saved = readLastGood(this.url);
      const fromCache = saved ? await (await parser)(saved.text, { url: this.url, now: saved.savedAt }) : undefined;
      if (fromCache?.ok) this.#set({ status: 'ready', url: this.url, model: fromCache.model, refreshError: result.error });
      else this.#set({ status: 'error', url: this.url, error: result.error });
    }
    if (!result.ok) console.error(`[biebkit] ${result.error.message}`);
  }

  async #fetchText(): Promise<string> {
    const controller = new AbortController();
    const timeoutMs = Math.min(FETCH_TIMEOUT_MS, ...this.#timeouts.values());
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    let response: Response;
    try {
      response = await this.#fetch(this.url, {
        credentials: 'omit',
        headers: { accept: 'application/json' },
        signal: controller.signal,
      });
    } catch (e) {
      const timedOut = controller.signal.aborted;
      throw {
        kind: timedOut ? 'timeout' : 'network',
        url: this.url,
        message: timedOut
          ? `The feed ${this.url} did not answer within ${timeoutMs / 1000} s.`
          : `The feed ${this.url} could not be fetched: ${e instanceof Error ? e.message : String(e)}`,
      } satisfies FeedError;
    } finally {
      clearTimeout(timer);
    }
    if (!response.ok) {
      throw {
        kind: 'http',
        url: this.url,
        status: response.status,
        message: `The feed ${this.url} answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
      } satisfies FeedError;
    }
    return response.text();
  }

  #set(state: FeedState): void {
    this.#state = state;
    for (const listener of [...this.#listeners.keys()]) listener(state);
  }

  #schedule(): void {
    const wanted = [...this.#listeners.values()].filter((s) => s > 0);
    const seconds = wanted.length ? Math.max(5, Math.min(...wanted)) : 0;
    if (seconds === this.#timerSeconds) return;
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = seconds ? setInterval(() => void this.refresh(), seconds * 1000) : undefined;
    this.#timerSeconds = seconds;
  }
}

// ---- the last good feed, kept on the visitor's device ----------------------------------------------

const LAST_GOOD_PREFIX = 'biebkit:last-good-feed:v1:';
/** Feeds longer than this (in characters) are not kept: localStorage holds about 5 million. */
export const LAST_GOOD_MAX_CHARS = 2_000_000;

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // blocked by the browser's privacy settings
  }
}

/** Copies waiting to be written: the write (a copy of up to 2 MB) waits until the page is idle. */
const pendingWrites = new Map<string, { savedAt: number; text: string }>();

function flushWrites(): void {
  for (const [url, value] of pendingWrites) {
    try {
      storage()?.setItem(LAST_GOOD_PREFIX + url, JSON.stringify(value));
    } catch {
      // Quota exceeded or storage disabled: the feed is simply not kept.
    }
  }
  pendingWrites.clear();
}

/**
 * Keeps a feed's last good text (by URL, with its age) so a network failure never blanks a widget. The
 * write happens when the browser is idle, after the feed is on screen; until then this page reads the
 * waiting copy.
 */
export function writeLastGood(url: string, text: string, savedAt: number): void {
  if (!storage() || text.length > LAST_GOOD_MAX_CHARS) return;
  if (!pendingWrites.size) {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(flushWrites, { timeout: 5000 });
    else setTimeout(flushWrites);
  }
  pendingWrites.set(url, { savedAt, text });
}

/** The last good text of a feed URL, if one was kept. */
export function readLastGood(url: string): { savedAt: number; text: string } | undefined {
  const waiting = pendingWrites.get(url);
  if (waiting) return waiting;
  try {
    const raw = storage()?.getItem(LAST_GOOD_PREFIX + url);
    if (!raw) return undefined;
    const value = JSON.parse(raw) as { savedAt?: unknown; text?: unknown };
    return typeof value.savedAt === 'number' && typeof value.text === 'string' ? { savedAt: value.savedAt, text: value.text } : undefined;
  } catch {
    return undefined;
  }
}

const resources = new Map<string, FeedResource>();

/** Resolves a feed URL against a base (the page), so `feed.json` and `./feed.json` share one fetch. */
export function absoluteFeedUrl(src: string, base?: string): string {
  const fallback = typeof document !== 'undefined' ? document.baseURI : undefined;
  try {
    return new URL(src, base ?? fallback).href;
  } catch {
    return src;
  }
}

/** The shared resource of a feed URL (made on first use). */
export function feedResource(src: string, base?: string): FeedResource {
  const url = absoluteFeedUrl(src, base);
  let resource = resources.get(url);
  if (!resource) {
    resource = new FeedResource(url);
    resources.set(url, resource);
  }
  return resource;
}

/** Forgets every shared resource and every copy still waiting to be kept (for tests and previews). */
export function clearFeedResources(): void {
  resources.clear();
  pendingWrites.clear();
}
