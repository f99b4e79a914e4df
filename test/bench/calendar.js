// Bench: <activity-calendar> against FullCalendar on the same generated activities.
// ?impl=biebkit|fullcalendar&n=1000|10000&view=agenda|month (FullCalendar: listYear|dayGridMonth).
// Result: firstMs (feed/events available → painted), switchMs (next month → painted),
// filterMs (audience filter → painted; FullCalendar: its events replaced by the filtered set).
// Each is timed from the start of a frame to the end of the frame that shows the result (timeToPaint).
import { params, publish, timeToPaint, until } from './common.js';

const impl = params.get('impl') ?? 'biebkit';
const n = Number(params.get('n') ?? 1000);
const view = params.get('view') ?? 'agenda';
const root = document.getElementById('root');
const NOW = '2026-11-26T14:00';

async function biebkit(feed) {
  await import('/dist/biebkit.js');
  // Warm-up outside the measurement: the element's chunk and the validator.
  const warm = document.createElement('activity-calendar');
  warm.setAttribute('now', NOW);
  warm.setAttribute('no-structured-data', '');
  document.body.append(warm);
  warm.feed = { ...feed, activities: feed.activities.slice(0, 5) };
  await customElements.whenDefined('activity-calendar');
  await until(() => warm.shadowRoot?.querySelector('.item'));
  warm.remove();

  const el = document.createElement('activity-calendar');
  el.setAttribute('now', NOW);
  el.setAttribute('view', view);
  el.setAttribute('no-structured-data', '');
  root.append(el);
  const firstMs = await timeToPaint(
    () => (el.feed = feed),
    () => el.shadowRoot?.querySelector(view === 'month' ? 'td' : '.item'),
  );
  const title = () => el.shadowRoot.querySelector('.period-title')?.textContent;
  const before = title();
  const switchMs = await timeToPaint(
    () => el.setAttribute('date', '2026-12-01'),
    () => view !== 'month' || title() !== before,
  );
  const filterMs = await timeToPaint(() => el.setAttribute('audience', 'youth'));
  return { firstMs, switchMs, filterMs };
}

function toEvents(feed) {
  return feed.activities.map((a) => ({ id: a.id, title: a.title, start: a.start, end: a.end, extendedProps: { audiences: a.audiences ?? [] } }));
}

async function fullcalendar(feed) {
  const { fullCalendar } = await import('/bench-results/fullcalendar.js');
  // Warm-up: one small calendar, removed.
  const warmEl = document.createElement('div');
  document.body.append(warmEl);
  fullCalendar(warmEl, toEvents({ activities: feed.activities.slice(0, 5) }), view, '2026-11-26').destroy();
  warmEl.remove();

  const el = document.createElement('div');
  root.append(el);
  let events;
  let calendar;
  const firstMs = await timeToPaint(() => {
    events = toEvents(feed);
    calendar = fullCalendar(el, events, view, '2026-11-26');
  });
  const switchMs = await timeToPaint(() => calendar.next());
  const filterMs = await timeToPaint(() => {
    calendar.removeAllEvents();
    calendar.addEventSource(events.filter((e) => e.extendedProps.audiences.includes('youth')));
  });
  return { firstMs, switchMs, filterMs };
}

publish(
  import('/bench-results/calendar-data.js').then(({ generatedFeed }) => {
    const feed = generatedFeed(n);
    return impl === 'fullcalendar' ? fullcalendar(feed) : biebkit(feed);
  }),
);
