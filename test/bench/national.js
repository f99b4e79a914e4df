// Bench: every element on one page with a national-scale feed (2,000 branches, 20,000 activities, about
// 10 MB) fetched by <library-feed src>, as a national overview page would. Result:
// - settledMs: from the start of navigation to the first painted frame in which every element shows the
//   feed (no loading state), the branch list is complete and the calendar lists activities;
// - longestTaskMs: the longest task on the page until then (0 when none reached 50 ms);
// - inputDelayMs: the longest an input event (the harness clicks every 100 ms while the page works)
//   waited before it was handled (0 when every click took less than 16 ms to the next paint).
import { publish } from './common.js';

const TAGS = ['kpi-tile', 'kpi-tile-group', 'goal-progress', 'opening-hours', 'branch-map', 'activity-calendar'];
const shown = (el) => el.shadowRoot && el.shadowRoot.childElementCount > 0 && !el.shadowRoot.querySelector('[part~="loading"]');

function settled() {
  const elements = TAGS.flatMap((tag) => [...document.querySelectorAll(tag)]);
  if (!elements.every(shown)) return false;
  const list = document.querySelector('branch-map').shadowRoot.querySelector('[part=list]');
  const calendar = document.querySelector('activity-calendar').shadowRoot.querySelector('.item');
  return Boolean(list && list.getAttribute('aria-busy') === 'false' && calendar);
}

publish(
  new Promise((resolve, reject) => {
    const check = () => {
      if (settled()) {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          const probe = window.__national;
          resolve({
            settledMs: performance.now(),
            longestTaskMs: probe.longestTaskMs,
            inputDelayMs: Math.max(0, ...probe.inputDelays),
            inputs: probe.inputDelays.length,
            items: document.querySelector('branch-map').shadowRoot.querySelectorAll('[part=item]').length,
          });
        };
        channel.port2.postMessage(null);
      } else if (performance.now() > 120_000) reject(new Error('the page did not settle'));
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  }),
);
