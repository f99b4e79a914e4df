/**
 * Words for seasons, weekly timetables and mobile-library stops, Dutch first: "Vanaf 1 juli zomertijden",
 * "ma 13:30–17:30 · di–vr 10:00–17:30", "Nu in Zuidwolde (Marktplein) tot 11:00 · daarna Ruinerwold om 13:00".
 */
import type { WeeklyPattern } from '../generated/feed-types.js';
import { formatClock, formatDayMonth, weekdayName } from '../format/index.js';
import { localize, type Lang } from '../text.js';
import { toWall } from '../time/amsterdam.js';
import { schoolHolidayName } from '../school-holidays/index.js';
import { describeWhen } from './describe.js';
import type { Segment } from './engine.js';
import { patternDay, type ActiveSeason, type SeasonChange } from './seasons.js';
import type { StopVisit } from './stops.js';

const WORDS = {
  nl: {
    from: 'Vanaf {date} {what}',
    other: 'andere openingstijden',
    holiday: 'openingstijden in de {holiday}',
    regular: 'weer de gewone openingstijden',
    now: 'Nu {what}, t/m {date}',
    nowOpen: 'Nu {what}',
    closed: 'gesloten',
    appointment: 'op afspraak',
    here: 'Nu hier, tot {time}',
    nextHere: 'Volgende keer hier: {when}',
    notHere: 'Geen bezoek gepland in de komende weken',
    at: 'Nu in {stop} tot {time}',
    then: 'daarna {stop} {when}',
    next: 'Volgende halte: {stop}, {when}',
    none: 'Geen haltes gepland in de komende weken',
  },
  en: {
    from: 'From {date} {what}',
    other: 'different opening hours',
    holiday: 'opening hours in the {holiday}',
    regular: 'the regular opening hours again',
    now: 'Now {what}, until {date}',
    nowOpen: 'Now {what}',
    closed: 'closed',
    appointment: 'by appointment',
    here: 'Here now, until {time}',
    nextHere: 'Next time here: {when}',
    notHere: 'No visit planned in the coming weeks',
    at: 'Now in {stop} until {time}',
    then: 'then {stop} {when}',
    next: 'Next stop: {stop}, {when}',
    none: 'No stops planned in the coming weeks',
  },
} as const;

function w(lang: Lang, key: keyof (typeof WORDS)['nl'], vars: Record<string, string> = {}): string {
  return WORDS[lang][key].replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');
}

/** What a season is called in a sentence: its label, else "openingstijden in de zomervakantie" or "andere openingstijden". */
export function seasonName(active: ActiveSeason, lang: Lang): string {
  const own = localize(active.season.label, lang);
  if (own) return own;
  return active.holiday ? w(lang, 'holiday', { holiday: schoolHolidayName(active.holiday.kind, lang) }) : w(lang, 'other');
}

/** "Vanaf 1 juli zomertijden", "Vanaf 1 september weer de gewone openingstijden". */
export function describeSeasonChange(change: SeasonChange, lang: Lang): string {
  const date = formatDayMonth(change.date, lang, { withYear: false });
  return w(lang, 'from', { date, what: change.season ? seasonName(change.season, lang) : w(lang, 'regular') });
}

/** "Nu zomertijden, t/m 31 augustus" (or without the end for an open-ended season). */
export function describeCurrentSeason(active: ActiveSeason, lang: Lang): string {
  const what = seasonName(active, lang);
  return active.through ? w(lang, 'now', { what, date: formatDayMonth(active.through, lang) }) : w(lang, 'nowOpen', { what });
}

function segmentsText(segments: Segment[], lang: Lang): string {
  return segments
    .map((s) => `${s.state === 'appointment' ? `${w(lang, 'appointment')} ` : ''}${formatClock(s.from)}–${formatClock(s.to)}`)
    .join(', ');
}

/**
 * A week in one line, days with the same hours joined: "ma 13:30–17:30 · di–vr 10:00–17:30 · za 10:00–14:30"
 * ("gesloten" for a week without hours).
 */
export function describeWeek(segmentsOf: (weekday: number) => Segment[], lang: Lang): string {
  const days = Array.from({ length: 7 }, (_, i) => segmentsText(segmentsOf(i), lang));
  const parts: string[] = [];
  for (let i = 0; i < 7; ) {
    let j = i;
    while (j + 1 < 7 && days[j + 1] === days[i]) j++;
    if (days[i]) parts.push(`${weekdayName(i, lang)}${j > i ? `${j === i + 1 ? ', ' : '–'}${weekdayName(j, lang)}` : ''} ${days[i]}`);
    i = j + 1;
  }
  return parts.length ? parts.join(' · ') : w(lang, 'closed');
}

/** A weekly pattern (with its appointment hours) in one line. */
export function describeWeeklyPattern(weekly: WeeklyPattern | undefined, byAppointment: WeeklyPattern | undefined, lang: Lang): string {
  return describeWeek((i) => patternDay(weekly, byAppointment, i), lang);
}

function stopName(visit: StopVisit, lang: Lang): string {
  return localize(visit.stop.name, lang);
}

/** Where the bus is: "Nu in Zuidwolde (Marktplein) tot 11:00 · daarna Ruinerwold om 13:00", or "Volgende halte: …". */
export function describeBusStatus(current: StopVisit | undefined, next: StopVisit | undefined, now: number, lang: Lang): string {
  const parts: string[] = [];
  if (current) parts.push(w(lang, 'at', { stop: stopName(current, lang), time: clockOf(current.end) }));
  if (next) parts.push(w(lang, current ? 'then' : 'next', { stop: stopName(next, lang), when: describeWhen(next.start, now, lang) }));
  return parts.length ? parts.join(' · ') : w(lang, 'none');
}

/** At one stop: "Nu hier, tot 11:00" or "Volgende keer hier: dinsdag om 09:30". */
export function describeNextHere(current: StopVisit | undefined, next: StopVisit | undefined, now: number, lang: Lang): string {
  if (current) return w(lang, 'here', { time: clockOf(current.end) });
  return next ? w(lang, 'nextHere', { when: describeWhen(next.start, now, lang) }) : w(lang, 'notHere');
}

function clockOf(t: number): string {
  const wall = toWall(t);
  return formatClock(wall.hour * 60 + wall.minute);
}
