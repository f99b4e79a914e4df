// Bench: fetching and validating a large feed through the shared loader (as every element does), against
// the floor of fetch + JSON.parse alone. ?mb=1|10&mode=biebkit|plain, or ?file=national.json (a file in
// bench-results/). Result: ms, and the longest task meanwhile (0 when none reached 50 ms).
import { params, publish } from './common.js';

const url = params.get('file') ? `/bench-results/${params.get('file')}` : `/bench-results/feed-${params.get('mb') ?? '1'}mb.json`;
const mode = params.get('mode') ?? 'biebkit';

let longestTaskMs = 0;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) longestTaskMs = Math.max(longestTaskMs, e.duration);
}).observe({ type: 'longtask' });
/** The longest task, once the tasks that ended so far have been reported. */
const longest = () => new Promise((resolve) => setTimeout(() => resolve(longestTaskMs), 0));

async function biebkit() {
  const { feedResource, loadParser } = await import('/bench-results/feed-runtime.js');
  await loadParser();
  longestTaskMs = 0;
  const started = performance.now();
  const resource = feedResource(url);
  const state = await new Promise((resolve, reject) => {
    resource.subscribe((s) => {
      if (s.status === 'ready') resolve(s);
      if (s.status === 'error') reject(new Error(s.error.message));
    });
  });
  const ms = performance.now() - started;
  return { ms, activities: state.model.feed.activities?.length ?? 0, longestTaskMs: await longest() };
}

async function plain() {
  longestTaskMs = 0;
  const started = performance.now();
  const data = await (await fetch(url, { credentials: 'omit' })).json();
  const ms = performance.now() - started;
  return { ms, activities: data.activities.length, longestTaskMs: await longest() };
}

publish(mode === 'plain' ? plain() : biebkit());
