// Shared helpers of the benchmark pages (test/bench/*.html), run by scripts/bench.mjs in headless Chromium.
export const params = new URLSearchParams(location.search);

/** Runs `fn` after the current frame's rendering (style, layout, paint): a task queued from inside a frame. */
const afterFrame = (fn) => {
  const channel = new MessageChannel();
  channel.port1.onmessage = fn;
  channel.port2.postMessage(null);
};

/**
 * Milliseconds from `action` to the end of the first frame painted with `done()` true. The action runs at
 * the start of a frame, so work that finishes within its task is painted in that same frame: the figure is
 * the work and the rendering, without waiting for the display's next frame. Work that goes on in later
 * tasks (a fetch, a slice at a time) is checked after each frame's rendering; `painted(ms)` hears of each
 * frame on the way.
 */
export function timeToPaint(action, done = () => true, { timeoutMs = 60_000, painted } = {}) {
  return new Promise((resolve, reject) => {
    requestAnimationFrame(() => {
      const t0 = performance.now();
      const check = () => {
        painted?.(performance.now() - t0);
        if (done()) resolve(performance.now() - t0);
        else if (performance.now() - t0 > timeoutMs) reject(new Error('bench: timed out waiting'));
        else requestAnimationFrame(() => afterFrame(check));
      };
      try {
        action();
      } catch (e) {
        reject(e);
        return;
      }
      afterFrame(check);
    });
  });
}

/** Resolves when the page has been idle once (an idle callback ran with time to spare). */
export const idle = () => new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: 2000 }));

/** Polls (each frame) until `test` returns something truthy. */
export async function until(test, timeoutMs = 60_000) {
  const start = performance.now();
  for (;;) {
    const value = test();
    if (value) return value;
    if (performance.now() - start > timeoutMs) throw new Error('bench: timed out waiting');
    await new Promise((r) => requestAnimationFrame(r));
  }
}

/** Publishes the page's result for the harness. */
export function publish(promise) {
  window.benchResult = promise.catch((e) => ({ error: String(e && e.stack ? e.stack : e) }));
}

export async function loadJson(url) {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.json();
}
