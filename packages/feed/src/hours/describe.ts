/**
 * The status of a branch in words, the way people say it: "Nu open · tot 17:00", "Gesloten · opent
 * morgen om 10:00", "Open zonder personeel tot 22:00 · bemand vanaf 14:00", "Vandaag gesloten
 * (Koningsdag)", "Openingstijden onbekend"; and in English.
 */
import type { HoursLayer } from '../generated/feed-types.js';
import { formatClock, formatDayMonth, formatWeekday } from '../format/index.js';
import { localize, type Lang } from '../text.js';
import { dateOf, dayNumber, toWall, type PlainDate } from '../time/amsterdam.js';
import { dayNote, type BranchStatus, type LayerDay } from './engine.js';

const WORDS = {
  nl: {
    openNow: 'Nu open',
    until: 'tot {time}',
    staffed: 'bemand',
    selfService: 'Open zonder personeel',
    staffedFrom: 'bemand vanaf {time}',
    closed: 'Gesloten',
    closedToday: 'Vandaag gesloten',
    opens: 'opent {when}',
    unknown: 'Openingstijden onbekend',
    appointment: 'Op afspraak',
    today: 'om {time}',
    tomorrow: 'morgen om {time}',
    weekday: '{day} om {time}',
    date: 'op {date} om {time}',
    untilTomorrow: 'tot morgen {time}',
    untilDay: 'tot {day} {time}',
  },
  en: {
    openNow: 'Open now',
    until: 'until {time}',
    staffed: 'staffed',
    selfService: 'Open without staff',
    staffedFrom: 'staffed from {time}',
    closed: 'Closed',
    closedToday: 'Closed today',
    opens: 'opens {when}',
    unknown: 'Opening hours unknown',
    appointment: 'By appointment',
    today: 'at {time}',
    tomorrow: 'tomorrow at {time}',
    weekday: '{day} at {time}',
    date: 'on {date} at {time}',
    untilTomorrow: 'until tomorrow {time}',
    untilDay: 'until {day} {time}',
  },
} as const;

type Key = keyof (typeof WORDS)['nl'];

function w(lang: Lang, key: Key, vars: Record<string, string> = {}): string {
  return WORDS[lang][key].replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');
}

/** The wall-clock time of an instant, with 24:00 for the midnight that ends `day`. */
function clockOn(t: number, day: PlainDate): { time: string; days: number } {
  const wall = toWall(t);
  const days = dayNumber(wall) - dayNumber(day);
  if (days === 1 && wall.hour === 0 && wall.minute === 0) return { time: '24:00', days: 0 };
  return { time: formatClock(wall.hour * 60 + wall.minute), days };
}

/** "tot 17:00", "tot morgen 02:00", "tot za 10:00". */
function until(t: number, now: number, lang: Lang): string {
  const { time, days } = clockOn(t, dateOf(now));
  if (days <= 0) return w(lang, 'until', { time });
  if (days === 1) return w(lang, 'untilTomorrow', { time });
  return w(lang, 'untilDay', { day: formatWeekday(dateOf(t), lang, 'long'), time });
}

/** "om 13:00", "morgen om 10:00", "maandag om 10:00", "op 5 januari om 10:00". */
export function describeWhen(t: number, now: number, lang: Lang): string {
  const { time, days } = clockOn(t, dateOf(now));
  if (days <= 0) return w(lang, 'today', { time });
  if (days === 1) return w(lang, 'tomorrow', { time });
  const date = dateOf(t);
  if (days < 7) return w(lang, 'weekday', { day: formatWeekday(date, lang, 'long'), time });
  return w(lang, 'date', { date: formatDayMonth(date, lang), time });
}

/** The reason a whole day is closed, or the note of a special day: "Koningsdag", "Verbouwing". */
function note(day: LayerDay | undefined, lang: Lang): string {
  return day ? localize(dayNote(day), lang) : '';
}

function opens(status: BranchStatus, now: number, lang: Lang): string {
  const when = describeWhen(status.nextOpen!, now, lang);
  return status.nextOpenState === 'appointment' ? `${w(lang, 'appointment').toLowerCase()} ${when}` : w(lang, 'opens', { when });
}

/** The status line of a branch at `now`. */
export function describeStatus(status: BranchStatus, now: number, lang: Lang): string {
  const parts: string[] = [];
  const today = status.today;
  const special = today && today.source !== 'weekly' ? note(today, lang) : '';
  const withNote = (text: string) => (special ? `${text} (${special})` : text);
  switch (status.state) {
    case 'open': {
      const end = status.change ? until(status.change.at, now, lang) : '';
      if (status.staffed) {
        parts.push(end ? withNote(`${w(lang, 'openNow')} · ${end}`) : withNote(w(lang, 'openNow')));
        if (status.staffedUntil !== undefined && status.change && status.staffedUntil < status.change.at) {
          parts.push(`${w(lang, 'staffed')} ${until(status.staffedUntil, now, lang)}`);
        }
      } else {
        parts.push(withNote(end ? `${w(lang, 'selfService')} ${end}` : w(lang, 'selfService')));
        if (status.staffedFrom !== undefined) parts.push(w(lang, 'staffedFrom', { time: clockOn(status.staffedFrom, dateOf(now)).time }));
      }
      break;
    }
    case 'appointment': {
      const end = status.change ? until(status.change.at, now, lang) : '';
      parts.push(withNote(end ? `${w(lang, 'appointment')} · ${end}` : w(lang, 'appointment')));
      break;
    }
    case 'unknown':
      parts.push(withNote(w(lang, 'unknown')));
      if (status.nextOpen !== undefined) parts.push(opens(status, now, lang));
      break;
    default: {
      const closedAllDay = today !== undefined && today.segments.length === 0;
      parts.push(closedAllDay && special ? `${w(lang, 'closedToday')} (${special})` : w(lang, 'closed'));
      if (status.nextOpen !== undefined) parts.push(opens(status, now, lang));
    }
  }
  return parts.join(' · ');
}

/** A day's segments as text: "10:00–12:30, 13:00–17:00", "gesloten", "op afspraak 10:00–12:00". */
export function describeDay(day: LayerDay, lang: Lang): string {
  if (!day.segments.length) return lang === 'en' ? 'closed' : 'gesloten';
  return day.segments
    .map((s) => {
      const range = s.from === 0 && s.to === 1440 ? (lang === 'en' ? 'all day' : 'hele dag') : `${formatClock(s.from)}–${formatClock(s.to)}`;
      if (s.state === 'unknown') return `${lang === 'en' ? 'unknown' : 'onbekend'}${s.from === 0 && s.to === 1440 ? '' : ` ${range}`}`;
      if (s.state === 'appointment') return `${lang === 'en' ? 'by appointment' : 'op afspraak'}${s.from === 0 && s.to === 1440 ? '' : ` ${range}`}`;
      return range;
    })
    .join(', ');
}

const LAYER_LABELS = {
  nl: { building: 'Open', selfService: 'Open (ook zonder personeel)', staffed: 'Bemand', ido: 'Informatiepunt Digitale Overheid', taalhuis: 'Taalhuis', digitaalhuis: 'DigiTaalhuis', other: 'Balie' },
  en: { building: 'Open', selfService: 'Open (also without staff)', staffed: 'Staffed', ido: 'Digital Government Information Point', taalhuis: 'Taalhuis (language help)', digitaalhuis: 'DigiTaalhuis (digital help)', other: 'Desk' },
} as const;

/** The label of a layer: its own, else one by kind ("Bemand", "Informatiepunt Digitale Overheid"). */
export function layerLabel(layer: HoursLayer, lang: Lang): string {
  const own = localize(layer.label, lang);
  if (own) return own;
  const l = LAYER_LABELS[lang];
  if (layer.kind === 'building') return layer.selfService ? l.selfService : l.building;
  if (layer.kind === 'staffed') return l.staffed;
  return l[layer.service ?? 'other'];
}
