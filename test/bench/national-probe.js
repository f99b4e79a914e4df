// Loaded first by test/bench/national.html (a classic script, before the bundle): records every long task
// (50 ms or more: input waits at most that long) and each input event that took 16 ms or more from the
// moment it happened to the next paint (Event Timing), from the start of the page.
window.__national = { longestTaskMs: 0, inputDelays: [] };
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) window.__national.longestTaskMs = Math.max(window.__national.longestTaskMs, e.duration);
}).observe({ type: 'longtask', buffered: true });
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) window.__national.inputDelays.push(e.processingStart - e.startTime);
}).observe({ type: 'event', durationThreshold: 16, buffered: true });
