/**
 * iCalendar (RFC 5545) export of activities: one VCALENDAR with a VTIMEZONE for Europe/Amsterdam,
 * events at Amsterdam wall-clock time (DTSTART;TZID=Europe/Amsterdam), recurring activities kept as
 * RRULE + EXDATE (a series "not in the school holidays" with those dates as EXDATE, one "only in the school
 * holidays" as RDATE dates, as far as the school-holiday data goes), text escaped (3.3.11), lines folded at 75 octets (3.1) and ended with CRLF.
 * Framework-free, no DOM: the element turns the string into a Blob.
 */
import type { Activity, Branch, Feed } from '../generated/feed-types.js';
import { localize, safeUrl, slugify, type Lang } from '../text.js';
import { fromWall, parseDate, parseLocalDateTime, startOfDay, toWall, addDays, type PlainDate } from '../time/amsterdam.js';
import { activityInstances, durationOf, parseRRule, seriesStartOf, WEEKDAY_CODES, type RRule } from '../recurrence/index.js';
import { SCHOOL_HOLIDAY_COVERAGE } from '../school-holidays/data.js';
import { schoolHolidayTest } from '../activities/school-holidays.js';

export const ICAL_PRODID = '-//Biebkit//Biebkit activity calendar 1.0//NL';

/**
 * Europe/Amsterdam as RFC 5545 VTIMEZONE: CET/CEST with the EU rule in force since 1996 (last Sunday
 * of March 02:00 -> 03:00, last Sunday of October 03:00 -> 02:00).
 */
export const AMSTERDAM_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Amsterdam',
  'X-LIC-LOCATION:Europe/Amsterdam',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19810329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19961027T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma, and line breaks as \n. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** The UTF-8 length of a code point. */
const utf8Length = (codePoint: number): number => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/**
 * Folds a content line so that no line is longer than 75 octets (UTF-8), continuing with CRLF and a
 * space (RFC 5545 3.1). Never splits a character (nor a surrogate pair).
 */
export function foldLine(line: string): string {
  // At most 3 octets per UTF-16 unit (4 per surrogate pair): a line this short always fits.
  if (line.length <= 25) return line;
  let size = 0;
  for (const ch of line) size += utf8Length(ch.codePointAt(0)!);
  if (size <= 75) return line;
  const parts: string[] = [];
  let current = '';
  size = 0;
  let limit = 75;
  for (const ch of line) {
    const n = utf8Length(ch.codePointAt(0)!);
    if (size + n > limit) {
      parts.push(current);
      current = '';
      size = 0;
      limit = 74; // the leading space of a continuation line is one of its 75 octets
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function icsDate(d: PlainDate): string {
  return `${pad(d.year, 4)}${pad(d.month)}${pad(d.day)}`;
}

function icsLocal(d: PlainDate, seconds: number): string {
  return `${icsDate(d)}T${pad(Math.floor(seconds / 3600))}${pad(Math.floor((seconds % 3600) / 60))}${pad(seconds % 60)}`;
}

/** An instant as a UTC DATE-TIME (`20261128T090000Z`). */
export function icsUtc(epochMs: number): string {
  const t = new Date(epochMs);
  return `${pad(t.getUTCFullYear(), 4)}${pad(t.getUTCMonth() + 1)}${pad(t.getUTCDate())}T${pad(t.getUTCHours())}${pad(t.getUTCMinutes())}${pad(t.getUTCSeconds())}Z`;
}

/** The instant's Amsterdam wall clock as a local DATE-TIME. */
function icsWall(epochMs: number): string {
  const w = toWall(epochMs);
  return icsLocal(w, w.hour * 3600 + w.minute * 60 + w.second);
}

/**
 * Writes a rule back as RRULE text, with UNTIL in the form RFC 5545 requires for the series: UTC for a
 * date-time series with a time zone (a date-only UNTIL becomes the end of that Amsterdam day), a DATE
 * for an all-day series.
 */
export function formatRRule(rule: RRule, allDay: boolean): string {
  const parts = [`FREQ=${rule.freq}`];
  if (rule.interval !== 1) parts.push(`INTERVAL=${rule.interval}`);
  if (rule.byDay?.length) parts.push(`BYDAY=${rule.byDay.map((d) => `${d.nth ?? ''}${WEEKDAY_CODES[d.weekday]}`).join(',')}`);
  if (rule.byMonthDay?.length) parts.push(`BYMONTHDAY=${rule.byMonthDay.join(',')}`);
  if (rule.count !== undefined) parts.push(`COUNT=${rule.count}`);
  const u = rule.until;
  if (u) {
    if (allDay) parts.push(`UNTIL=${icsDate(u.kind === 'utc' ? toWall(u.epochMs) : u.date)}`);
    else if (u.kind === 'utc') parts.push(`UNTIL=${icsUtc(u.epochMs)}`);
    else if (u.kind === 'local') parts.push(`UNTIL=${icsUtc(fromWall(u.date.year, u.date.month, u.date.day, u.hour, u.minute, u.second))}`);
    else parts.push(`UNTIL=${icsUtc(fromWall(u.date.year, u.date.month, u.date.day, 23, 59, 59))}`);
  }
  if (rule.wkst !== 0) parts.push(`WKST=${WEEKDAY_CODES[rule.wkst]}`);
  return parts.join(';');
}

export interface ICalOptions {
  lang: Lang;
  /** DTSTAMP: when the file was made (epoch ms). */
  nowMs: number;
  /** The calendar's name (NAME and X-WR-CALNAME). */
  name?: string;
  /**
   * For a published calendar that apps subscribe to: each event's SEQUENCE (RFC 5545 3.8.7.4), raised by the
   * publisher whenever the event changes, so apps update the event they have instead of keeping the old one.
   */
  sequence?: (activity: Activity) => number;
  /** For a subscription: how often apps should fetch it again (an ISO 8601 duration such as `PT12H`, RFC 7986). */
  refresh?: string;
  /** For a subscription: the address it is published at (SOURCE, RFC 7986). */
  source?: string;
}

/** One occurrence to export on its own ("Zet in mijn agenda"): its start instant. */
export interface SingleOccurrence {
  activity: Activity;
  startMs: number;
}

/** Where an activity takes place, as one line of text. */
export function placeText(activity: Activity, branches: readonly Branch[] | undefined, lang: Lang): string {
  const branch = activity.branch ? branches?.find((b) => b.id === activity.branch) : undefined;
  const name = branch ? localize(branch.name, lang) : activity.location ? localize(activity.location.name, lang) : '';
  const address = branch?.address ?? activity.location?.address;
  return [name, address && `${address.street}, ${address.postalCode} ${address.city}`].filter(Boolean).join(', ');
}

/** The UID of an activity's events: the same in every export and every publish, so apps recognise them. */
export function icalUid(feed: Pick<Feed, 'organization'>, id: string, suffix = ''): string {
  return `${id}${suffix}@${feed.organization.id}.biebkit`;
}

function eventLines(feed: Pick<Feed, 'organization' | 'branches'>, activity: Activity, options: ICalOptions, single?: number): string[] {
  const start = seriesStartOf(activity);
  if (!start) return [];
  const allDay = start.time === undefined;
  const lines = ['BEGIN:VEVENT'];
  const duration = durationOf(activity);
  if (single !== undefined) {
    const w = toWall(single);
    lines.push(`UID:${icalUid(feed, activity.id, activity.recurrence ? `-${icsLocal(w, w.hour * 3600 + w.minute * 60).slice(0, 13)}` : '')}`);
    lines.push(`DTSTAMP:${icsUtc(options.nowMs)}`);
    if (allDay) {
      lines.push(`DTSTART;VALUE=DATE:${icsDate(w)}`);
      lines.push(`DTEND;VALUE=DATE:${icsDate(addDays(w, Math.max(1, Math.round((duration ?? 86_400_000) / 86_400_000))))}`);
    } else {
      lines.push(`DTSTART;TZID=Europe/Amsterdam:${icsWall(single)}`);
      if (duration !== undefined) lines.push(`DTEND;TZID=Europe/Amsterdam:${icsWall(single + duration)}`);
    }
  } else {
    lines.push(`UID:${icalUid(feed, activity.id)}`);
    lines.push(`DTSTAMP:${icsUtc(options.nowMs)}`);
    if (options.sequence) lines.push(`SEQUENCE:${options.sequence(activity)}`);
    if (allDay) {
      const end = activity.end ? parseDate(activity.end) : undefined;
      lines.push(`DTSTART;VALUE=DATE:${icsDate(start.date)}`);
      lines.push(`DTEND;VALUE=DATE:${icsDate(addDays(end ?? start.date, 1))}`);
    } else {
      lines.push(`DTSTART;TZID=Europe/Amsterdam:${icsLocal(start.date, start.time!)}`);
      const end = activity.end ? parseLocalDateTime(activity.end) : undefined;
      if (end) lines.push(`DTEND;TZID=Europe/Amsterdam:${icsLocal(end, end.hour * 3600 + end.minute * 60 + end.second)}`);
    }
    if (activity.recurrence) {
      let rule: RRule | undefined;
      try {
        rule = parseRRule(activity.recurrence.rrule);
      } catch {
        rule = undefined;
      }
      const held = rule && schoolHolidayTest(feed.organization, activity, feed.branches?.find((b) => b.id === activity.branch));
      if (rule && held && activity.schoolHolidays === 'only') {
        // Only in the school holidays: the dates themselves, as far as the school-holiday data goes.
        const dates = schoolHolidayDates(activity, held, true);
        if (!dates.length) return [];
        const first = dates[0]!;
        const at = lines.findIndex((l) => l.startsWith('DTSTART'));
        const hasEnd = lines[at + 1]?.startsWith('DTEND') ?? false;
        const days = Math.max(1, Math.round((duration ?? 86_400_000) / 86_400_000));
        const startLine = allDay ? `DTSTART;VALUE=DATE:${icsDate(first.date)}` : `DTSTART;TZID=Europe/Amsterdam:${icsWall(first.startMs)}`;
        const endLine = allDay ? `DTEND;VALUE=DATE:${icsDate(addDays(first.date, days))}` : duration !== undefined ? `DTEND;TZID=Europe/Amsterdam:${icsWall(first.startMs + duration)}` : undefined;
        lines.splice(at, hasEnd ? 2 : 1, ...[startLine, endLine].filter((l): l is string => l !== undefined));
        if (dates.length > 1) {
          const rdates = dates.slice(1).map((i) => (allDay ? icsDate(i.date) : icsLocal(i.date, start.time!)));
          lines.push(allDay ? `RDATE;VALUE=DATE:${rdates.join(',')}` : `RDATE;TZID=Europe/Amsterdam:${rdates.join(',')}`);
        }
      } else if (rule) {
        lines.push(`RRULE:${formatRRule(rule, allDay)}`);
        // Not in the school holidays: those dates as exceptions, as far as the school-holiday data goes.
        const skipped = held ? schoolHolidayDates(activity, held, false).map((i) => (allDay ? icsDate(i.date) : icsLocal(i.date, start.time!))) : [];
        const ex = (activity.recurrence.exdates ?? [])
          .map((text) => {
            const d = parseDate(text);
            const t = d ? undefined : parseLocalDateTime(text);
            if (allDay) return d ? icsDate(d) : t ? icsDate(t) : undefined;
            if (d) return icsLocal(d, start.time!);
            return t ? icsLocal(t, t.hour * 3600 + t.minute * 60 + t.second) : undefined;
          })
          .filter((v): v is string => Boolean(v));
        ex.push(...skipped.filter((v) => !ex.includes(v)));
        if (ex.length) lines.push(allDay ? `EXDATE;VALUE=DATE:${ex.join(',')}` : `EXDATE;TZID=Europe/Amsterdam:${ex.join(',')}`);
      }
    }
  }
  const { lang } = options;
  lines.push(`SUMMARY:${escapeText(localize(activity.title, lang))}`);
  const description = [
    localize(activity.description, lang),
    activity.status && activity.status !== 'scheduled' ? localize(activity.statusNote, lang) : '',
    localize(activity.price?.note, lang),
  ].filter(Boolean).join('\n\n');
  if (description) lines.push(`DESCRIPTION:${escapeText(description)}`);
  const place = placeText(activity, feed.branches, lang);
  if (place) lines.push(`LOCATION:${escapeText(place)}`);
  const branch = activity.branch ? feed.branches?.find((b) => b.id === activity.branch) : undefined;
  const geo = branch?.geo ?? activity.location?.geo;
  if (geo) lines.push(`GEO:${geo.lat};${geo.lon}`);
  const url = safeUrl(activity.url) ?? safeUrl(activity.registration?.url) ?? safeUrl(activity.location?.url);
  if (url && /^https?:/i.test(url)) lines.push(`URL:${url}`);
  lines.push(`STATUS:${activity.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`);
  lines.push('TRANSP:OPAQUE', 'END:VEVENT');
  return lines;
}

/** The occurrences of a series up to the end of the school-holiday data that its rule keeps (`kept`) or skips. */
function schoolHolidayDates(activity: Activity, held: (date: PlainDate) => boolean, kept: boolean) {
  const until = parseDate(SCHOOL_HOLIDAY_COVERAGE.through)!;
  return activityInstances(activity, { fromMs: -Infinity, toMs: startOfDay(addDays(until, 1)) }).filter((i) => held(i.date) === kept);
}

/** One activity as a VEVENT (its lines folded, joined by CRLF; empty without a usable start), for `icalendar`. */
export function activityEvent(feed: Pick<Feed, 'organization' | 'branches'>, activity: Activity, options: ICalOptions): string {
  return eventLines(feed, activity, options).map(foldLine).join('\r\n');
}

/** A VCALENDAR around events made by `activityEvent` (a publisher writes each event once for many calendars). */
export function icalendar(events: readonly string[], options: ICalOptions): string {
  const head = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${ICAL_PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(options.name ? [`NAME:${escapeText(options.name)}`, `X-WR-CALNAME:${escapeText(options.name)}`] : []),
    ...(options.source ? [`SOURCE;VALUE=URI:${options.source}`] : []),
    ...(options.refresh ? [`REFRESH-INTERVAL;VALUE=DURATION:${options.refresh}`, `X-PUBLISHED-TTL:${options.refresh}`] : []),
    'X-WR-TIMEZONE:Europe/Amsterdam',
    ...AMSTERDAM_VTIMEZONE,
  ];
  return [...head.map(foldLine), ...events.filter(Boolean), 'END:VCALENDAR'].join('\r\n') + '\r\n';
}

/** A VCALENDAR of whole activities: recurring ones as one VEVENT with RRULE and EXDATE. */
export function activitiesToICalendar(feed: Pick<Feed, 'organization' | 'branches'>, activities: readonly Activity[], options: ICalOptions): string {
  return icalendar(activities.map((a) => activityEvent(feed, a, options)), options);
}

/** A VCALENDAR of one occurrence (of a single or recurring activity), for "add to my calendar". */
export function occurrenceToICalendar(feed: Pick<Feed, 'organization' | 'branches'>, occurrence: SingleOccurrence, options: ICalOptions): string {
  return icalendar([eventLines(feed, occurrence.activity, options, occurrence.startMs).map(foldLine).join('\r\n')], options);
}

/** A file name for a download: letters, digits and dashes, ending in .ics. */
export function icsFileName(base: string): string {
  return `${slugify(base) || 'agenda'}.ics`;
}
