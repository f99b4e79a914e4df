// Shared helpers of the benchmark pages (test/bench/*.html), run by scripts/bench.mjs in headless Chromium.
export const params = new URLSearchParams(location.search);

/** Resolves after the next frame has been painted (two animation frames). */
export const painted = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

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
