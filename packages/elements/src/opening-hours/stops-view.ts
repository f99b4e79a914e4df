/**
 * A mobile library (bibliobus) in `<opening-hours>`: where it is now and where next ("Nu in Ruinerwold tot
 * 11:00 · daarna De Wijk om 13:00"), and a table of its stops with their timetable and next visit; with
 * `stop`, only that stop ("Volgende keer hier: dinsdag om 09:30").
 */
import { html, nothing, type TemplateResult } from 'lit';
import {
  describeBusStatus,
  describeNextHere,
  describeWeeklyPattern,
  formatClock,
  formatDate,
  isoDate,
  localize,
  MobileLibraryHours,
  toWall,
  dateOf,
  type Lang,
  type Stop,
  type StopVisit,
} from '@biebkit/feed';
import { translator } from '../shared/i18n.js';

const t = translator({
  nl: {
    caption: 'Haltes van {name}',
    stop: 'Halte',
    when: 'Wanneer',
    next: 'Volgende keer',
    even: 'even weken',
    odd: 'oneven weken',
    none: '—',
    unknownStop: 'Halte "{id}" staat niet in de gegevens.',
    noStops: 'Voor deze bibliobus zijn geen haltes bekend.',
  },
  en: {
    caption: 'Stops of {name}',
    stop: 'Stop',
    when: 'When',
    next: 'Next visit',
    even: 'even weeks',
    odd: 'odd weeks',
    none: '—',
    unknownStop: 'Stop "{id}" is not in the data.',
    noStops: 'No stops are known for this mobile library.',
  },
});

function visitText(v: StopVisit | undefined, lang: Lang): TemplateResult | string {
  if (!v) return t(lang, 'none');
  const s = toWall(v.start);
  const e = toWall(v.end);
  return html`<time datetime=${isoDate(dateOf(v.start))}>${formatDate(dateOf(v.start), lang, { weekday: 'long' })}</time>, ${formatClock(s.hour * 60 + s.minute)}–${formatClock(e.hour * 60 + e.minute)}`;
}

function timetable(stop: Stop, lang: Lang): string {
  const week = describeWeeklyPattern(stop.weekly, undefined, lang);
  return stop.weeks ? `${week} (${t(lang, stop.weeks)})` : week;
}

/** Whether the bus stands somewhere now (or at the stop asked for). */
export function busHere(bus: MobileLibraryHours, now: number, stopId?: string): boolean {
  const current = bus.current(now);
  return stopId ? current?.stop.id === stopId : current !== undefined;
}

/** The status line of the bus (or of one stop), for the element's status part. */
export function busStatus(bus: MobileLibraryHours, now: number, lang: Lang, stopId?: string): { text: string; here: boolean } {
  const current = bus.current(now);
  if (stopId) {
    const here = current?.stop.id === stopId ? current : undefined;
    return { text: describeNextHere(here, bus.next(now, stopId), now, lang), here: here !== undefined };
  }
  return { text: describeBusStatus(current, bus.next(now), now, lang), here: current !== undefined };
}

export function renderStops(bus: MobileLibraryHours, now: number, lang: Lang, uid: string, stopId?: string): TemplateResult | typeof nothing {
  const stops = bus.stops.filter((s) => !stopId || s.stop.id === stopId);
  if (stopId && !stops.length) return html`<p>${t(lang, 'unknownStop', { id: stopId })}</p>`;
  if (!stops.length) return html`<p>${t(lang, 'noStops')}</p>`;
  const captionId = `${uid}-stops`;
  return html`<div class="scroll" role="region" tabindex="0" aria-labelledby=${captionId}><table part="stops">
    <caption id=${captionId}>${t(lang, 'caption', { name: localize(bus.branch.name, lang) })}</caption>
    <thead><tr><th scope="col">${t(lang, 'stop')}</th><th scope="col">${t(lang, 'when')}</th><th scope="col">${t(lang, 'next')}</th></tr></thead>
    <tbody>
      ${stops.map(({ stop }) => {
        const a = stop.address;
        return html`<tr data-stop=${stop.id}>
          <th scope="row">${localize(stop.name, lang)}${a ? html`<span class="note">${a.street}, ${a.city}</span>` : nothing}${stop.note ? html`<span class="note">${localize(stop.note, lang)}</span>` : nothing}</th>
          <td>${timetable(stop, lang)}</td>
          <td>${visitText(bus.next(now, stop.id), lang)}</td>
        </tr>`;
      })}
    </tbody>
  </table></div>`;
}
