// FullCalendar, bundled by scripts/bench.mjs for the calendar benchmark only (a dev dependency).
import { Calendar } from '@fullcalendar/core';
import listPlugin from '@fullcalendar/list';
import dayGridPlugin from '@fullcalendar/daygrid';

export function fullCalendar(el, events, view, initialDate) {
  const calendar = new Calendar(el, {
    plugins: [listPlugin, dayGridPlugin],
    initialView: view,
    initialDate,
    timeZone: 'local',
    events,
    dayMaxEvents: 3,
    height: 'auto',
  });
  calendar.render();
  return calendar;
}
