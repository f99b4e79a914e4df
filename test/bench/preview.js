// Bench: the floor of the studio's "drop to preview": the same five elements showing the same national feed,
// read from its JSON file (fetch, validation, render) instead of imported from the workbook.
import { publish, until } from './common.js';

const TAGS = ['kpi-tile-group', 'goal-progress', 'opening-hours', 'branch-map', 'activity-calendar'];

async function run() {
  const started = performance.now();
  const feed = document.createElement('library-feed');
  feed.setAttribute('src', '/bench-results/national.json');
  for (const tag of TAGS) {
    const el = document.createElement(tag);
    if (tag === 'opening-hours') el.setAttribute('branch', 'vestiging-100');
    if (tag === 'branch-map') el.setAttribute('map', 'none');
    feed.append(el);
  }
  document.body.append(feed);
  await until(() =>
    TAGS.every((tag) => {
      const el = feed.querySelector(tag);
      return customElements.get(tag) && el.shadowRoot && el.shadowRoot.textContent.trim().length > 20 && !el.shadowRoot.querySelector('[part~="loading"]');
    }),
  );
  // As the studio times its previews (the `studio-preview` event): until the elements have rendered.
  return { ms: performance.now() - started };
}

publish(run());
