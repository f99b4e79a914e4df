// Bench: <branch-map map="none"> listing 1,300 branches (the size of the Dutch library network, from the
// national-scale fixture feed), given a feed that <library-feed> has already loaded and validated (feed
// loading has a row of its own):
// - firstMs: the element put on the page → its first screen (controls and the first rows) painted;
// - completeMs: the same start → every row in the document (the list no longer aria-busy), painted;
// - longestTaskMs: the longest task while it did that (the page answers input between tasks);
// - recomputeScriptMs, recomputeMs: the clock moves past 10:00, when many branches open → the element's
//   update done (statuses, rows, DOM changes), and → painted (median of the five weekdays of a week);
// - tickMs: the clock moves a minute with no change due → painted (the same).
import { idle, loadJson, publish, timeToPaint, until } from './common.js';

const N = 1300;

async function run(feed) {
  await import('/dist/biebkit.js');
  // Warm-up outside the measurement: the element's chunk, the validator and Lit's templates.
  const warm = document.createElement('branch-map');
  warm.setAttribute('map', 'none');
  warm.setAttribute('no-structured-data', '');
  document.body.append(warm);
  warm.feed = { ...feed, branches: feed.branches.slice(0, 5) };
  await customElements.whenDefined('branch-map');
  await until(() => warm.shadowRoot?.querySelector('li'));
  warm.remove();

  const provider = document.createElement('library-feed');
  document.getElementById('root').append(provider);
  provider.feed = feed;
  await until(() => provider.getAttribute('status') === 'ready');

  const el = document.createElement('branch-map');
  el.setAttribute('map', 'none');
  el.setAttribute('no-structured-data', '');
  el.setAttribute('now', '2026-11-23T09:55');
  // A row per branch, and a mobile library's row per stop (the national fixture has bibliobus stops): N or more.
  const items = () => el.shadowRoot?.querySelectorAll('li[part=item]').length ?? 0;
  const list = () => el.shadowRoot?.querySelector('[part=list]');
  let longestTaskMs = 0;
  const observer = new PerformanceObserver((entries) => {
    for (const e of entries.getEntries()) longestTaskMs = Math.max(longestTaskMs, e.duration);
  });
  observer.observe({ type: 'longtask' });
  let firstMs;
  const completeMs = await timeToPaint(() => provider.append(el), () => items() >= N && list().getAttribute('aria-busy') === 'false', {
    painted: (ms) => {
      if (firstMs === undefined && items() > 0) firstMs = ms;
    },
  });
  await new Promise((r) => setTimeout(r));
  observer.disconnect();

  // Each weekday of a week: the clock at 09:55 (idle time lets the element prepare every branch's next
  // status), then past 10:00, when many branches open; then a minute on, with no change due.
  const recomputes = [];
  const scripts = [];
  const ticks = [];
  for (const day of [23, 24, 25, 26, 27]) {
    el.setAttribute('now', `2026-11-${day}T09:55`);
    for (let i = 0; i < 5; i++) await idle();
    recomputes.push(
      await timeToPaint(() => {
        const t0 = performance.now();
        el.setAttribute('now', `2026-11-${day}T10:05`);
        // The element's update runs as a microtask: its end is the script's part, before style and layout.
        el.updateComplete.then(() => scripts.push(performance.now() - t0));
      }),
    );
    for (let i = 0; i < 3; i++) await idle();
    ticks.push(await timeToPaint(() => el.setAttribute('now', `2026-11-${day}T10:06`)));
  }
  const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
  const recomputeMs = median(recomputes);
  const recomputeScriptMs = median(scripts);
  const tickMs = median(ticks);
  return { firstMs, completeMs, longestTaskMs, recomputeScriptMs, recomputeMs, tickMs, items: items() };
}

publish(loadJson('/bench-results/national-1300-branches.json').then(run));
