// Bench: fetching and validating a large feed through the shared loader (as every element does), against
// the floor of fetch + JSON.parse alone. ?mb=1|10&mode=biebkit|plain.
import { params, publish } from './common.js';

const url = `/bench-results/feed-${params.get('mb') ?? '1'}mb.json`;
const mode = params.get('mode') ?? 'biebkit';

async function biebkit() {
  const { feedResource, loadParser } = await import('/bench-results/feed-runtime.js');
  await loadParser();
  const started = performance.now();
  const resource = feedResource(url);
  return new Promise((resolve, reject) => {
    resource.subscribe((state) => {
      if (state.status === 'ready') resolve({ ms: performance.now() - started, activities: state.model.feed.activities?.length ?? 0 });
      if (state.status === 'error') reject(new Error(state.error.message));
    });
  });
}

async function plain() {
  const started = performance.now();
  const data = await (await fetch(url, { credentials: 'omit' })).json();
  return { ms: performance.now() - started, activities: data.activities.length };
}

publish(mode === 'plain' ? plain() : biebkit());
