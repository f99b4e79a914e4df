/**
 * The sample feeds in demo/feeds/, made current for a given day from the templates in templates/.
 *
 * The templates are the hand-written sample feeds, written around 21 November 2026 (REF). For a build day
 * `today` this module moves every date so that the demo always shows a current agenda and current hours,
 * deterministically (the same day gives the same feed, byte for byte):
 *
 * - one-off activities, courses (series with COUNT or UNTIL), exceptions and closures move by whole weeks,
 *   as many as lie between REF and today: they keep their weekday, their time and their place relative to
 *   today (a lecture "next Thursday" stays next Thursday);
 * - recurring series without an end keep their start: they are current on any later day;
 * - what belongs to the calendar moves by whole years instead, to its next occurrence from three weeks
 *   before today on: Christmas Eve and New Year's Eve hours and the closures around Christmas (same date),
 *   Sinterklaas, Christmas and New Year activities, the reading breakfasts of the Nationale Voorleesdagen and
 *   Gedichtendag (same weekday, nearest to the same date); carnival activities and closures move with
 *   carnival (Easter minus 49 days); the spring-holiday workshop goes to the region's next spring holiday;
 * - `$…` values in a template are computed: `$date:+35@MO` (the first Monday from today + 35 days),
 *   `$summer:start` / `$summer:end` (1 July and 31 August of the coming summer), `$carnival:+1` (carnival
 *   Monday of the coming carnival);
 * - exception dates of recurring activities are computed, never copied: every occurrence up to half a
 *   year ahead on a day its branch is closed all day (public holidays, closures, renovations), or on a
 *   public holiday for an activity off-site;
 * - a one-off that would land on a day its branch is closed moves a week on.
 */
import { BranchHours, closingHoliday, resolveHolidayRule } from '../../packages/feed/src/hours/index.js';
import { easterSunday } from '../../packages/feed/src/hours/holidays.js';
import { activityInstances, lastStartOf } from '../../packages/feed/src/recurrence/index.js';
import { schoolHolidayPeriods, schoolHolidayRegionOf } from '../../packages/feed/src/school-holidays/index.js';
import { addDays, dateOf, dayNumber, fromDayNumber, isoDate, parseDate, startOfDay, weekdayOf, type PlainDate } from '../../packages/feed/src/time/amsterdam.js';
import type { Activity, Branch, Feed, HoursException } from '../../packages/feed/src/generated/feed-types.js';

/** The day the templates were written around (a Saturday). */
export const REF: PlainDate = { year: 2026, month: 11, day: 21 };

/** How the date of a calendar-bound activity moves. */
export type CalendarRule = 'year' | `carnival:${number}` | 'spring-holiday';

/** Calendar-bound one-off activities of each template (every other one-off moves by whole weeks). */
export const CALENDAR: Record<string, Record<string, CalendarRule>> = {
  kopgroep: {
    'sinterklaas-julianadorp': 'year',
    'kerstkaarten-workshop': 'year',
    'winterverhalen-fort-kijkduin': 'year',
    'spellenmiddag-warmenhuizen': 'year',
    'voorleesontbijt-den-helder': 'year',
    'voorleesontbijt-texel': 'year',
    'gedichtendag-texel': 'year',
  },
  'mijn-streek': {
    'sinterklaas-hub': 'year',
    kerstconcert: 'year',
    'voorleesontbijt-klimmen': 'year',
    'carnaval-knutselen': 'carnival:-4',
    'belastingaangifte-info': 'year',
  },
  'zuid-kennemerland': {
    'sinterklaas-voorlezen': 'year',
    kerstknutselen: 'year',
    winterverhalenwandeling: 'year',
    spellenmiddag: 'year',
    voorleesontbijt: 'year',
    gedichtendag: 'year',
    'voorjaarsvakantie-knutselen': 'spring-holiday',
  },
  bind: {
    'sinterklaas-beilen': 'year',
    'kerstbingo-gieten': 'year',
    'kerstkoffie-havelte': 'year',
    'mediawijs-kinderen': 'year',
    'spellenmiddag-eelde': 'year',
    'voorleesontbijt-meppel': 'year',
    'voorleesontbijt-borger': 'year',
    'voorleesontbijt-eelde': 'year',
    'gedichtendag-meppel': 'year',
  },
};

/** How far ahead exception dates of recurring activities are computed. */
const EXDATE_DAYS = 182;
/** Calendar-bound dates move to their next occurrence from this many days before today on. */
const LOOK_BACK = 21;

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** The carnival Sunday of a year (Easter minus 49 days). */
export function carnivalSunday(year: number): PlainDate {
  return addDays(easterSunday(year), -49);
}

/** The next carnival Sunday such that carnival Sunday + `offset` is on or after `from`. */
function nextCarnival(from: PlainDate, offset: number): PlainDate {
  for (let y = from.year - 1; ; y++) {
    const d = addDays(carnivalSunday(y), offset);
    if (dayNumber(d) >= dayNumber(from)) return d;
  }
}

/** A date `years` years later: the same month and day (28 February for 29 February). */
function plusYears(d: PlainDate, years: number): PlainDate {
  const day = d.month === 2 && d.day === 29 ? 28 : d.day;
  return { year: d.year + years, month: d.month, day };
}

/** The same date some years later, moved to the same weekday within three days. */
function sameWeekdayYearsLater(d: PlainDate, years: number): PlainDate {
  const plain = plusYears(d, years);
  const diff = (weekdayOf(d) - weekdayOf(plain) + 7) % 7;
  return addDays(plain, diff > 3 ? diff - 7 : diff);
}

/** Whether an exception or closure belongs to Christmas and New Year (15 December to 6 January). */
function christmasBound(date: PlainDate): boolean {
  return (date.month === 12 && date.day >= 15) || (date.month === 1 && date.day <= 6);
}

type Dated = { date: string; until?: string };

/** Computes a `$…` value of a template for `today`. */
export function evaluate(value: string, today: PlainDate): string {
  let m = /^\$date:([+-]\d+)(?:@(MO|TU|WE|TH|FR|SA|SU))?$/.exec(value);
  if (m) {
    let d = addDays(today, Number(m[1]));
    if (m[2]) d = addDays(d, (WEEKDAYS.indexOf(m[2]) - weekdayOf(d) + 7) % 7);
    return isoDate(d);
  }
  m = /^\$summer:(start|end)$/.exec(value);
  if (m) {
    const year = today.month > 8 ? today.year + 1 : today.year;
    return m[1] === 'start' ? `${year}-07-01` : `${year}-08-31`;
  }
  m = /^\$carnival:([+-]\d+)$/.exec(value);
  if (m) return isoDate(nextCarnival(addDays(today, -LOOK_BACK), Number(m[1])));
  throw new Error(`unknown template value ${value}`);
}

/** Adds `days` to a date, a date-time or an RRULE's UNTIL value. */
function moveText(text: string, days: number): string {
  if (!days) return text;
  if (/^\d{8}/.test(text)) {
    const d = addDays(parseDate(`${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`)!, days);
    return `${isoDate(d).replace(/-/g, '')}${text.slice(8)}`;
  }
  return `${isoDate(addDays(parseDate(text.slice(0, 10))!, days))}${text.slice(10)}`;
}

/** Moves every date of an activity by `days` days (start, end, UNTIL, previous start, registration opening). */
function moveActivity(a: Activity, days: number): void {
  a.start = moveText(a.start, days);
  if (a.end) a.end = moveText(a.end, days);
  if (a.previousStart) a.previousStart = moveText(a.previousStart, days);
  if (a.registration?.opens) a.registration.opens = moveText(a.registration.opens, days);
  if (a.recurrence) a.recurrence.rrule = a.recurrence.rrule.replace(/UNTIL=(\d{8}(?:T\d{6}Z?)?)/, (_, u: string) => `UNTIL=${moveText(u, days)}`);
}

/** Moves a dated exception or closure: by whole years around Christmas, else by `weeks` weeks. */
function moveDated(x: Dated, today: PlainDate, weekShift: number): void {
  if (x.date.startsWith('$')) {
    x.date = evaluate(x.date, today);
    if (x.until?.startsWith('$')) x.until = evaluate(x.until, today);
    return;
  }
  const from = parseDate(x.date)!;
  if (christmasBound(from)) {
    const until = parseDate(x.until ?? x.date)!;
    let years = 0;
    while (dayNumber(plusYears(until, years)) < dayNumber(today) - LOOK_BACK) years++;
    x.date = isoDate(plusYears(from, years));
    if (x.until) x.until = isoDate(plusYears(until, years));
    return;
  }
  x.date = moveText(x.date, weekShift);
  if (x.until) x.until = moveText(x.until, weekShift);
}

/** The number of days a calendar-bound activity moves. */
function calendarShift(rule: CalendarRule, a: Activity, today: PlainDate, region: ReturnType<typeof schoolHolidayRegionOf>): number {
  const start = parseDate(a.start.slice(0, 10))!;
  const earliest = dayNumber(today) - LOOK_BACK;
  if (rule === 'spring-holiday' && region) {
    for (const p of schoolHolidayPeriods(region)) {
      if (p.kind !== 'spring' || p.throughDay < earliest) continue;
      const day = addDays(p.from, (weekdayOf(start) - weekdayOf(p.from) + 7) % 7);
      return dayNumber(day) - dayNumber(start);
    }
  }
  if (rule.startsWith('carnival:')) {
    const target = nextCarnival(fromDayNumber(earliest), Number(rule.slice('carnival:'.length)));
    return dayNumber(target) - dayNumber(start);
  }
  let years = 0;
  while (dayNumber(sameWeekdayYearsLater(start, years)) < earliest) years++;
  return dayNumber(sameWeekdayYearsLater(start, years)) - dayNumber(start);
}

/** Whether the doors of a branch are closed all of a day; off-site, whether it is a public holiday that closes. */
function closedOn(feed: Feed, hours: Map<string, BranchHours>, branchId: string | undefined, date: PlainDate): boolean {
  const h = branchId ? hours.get(branchId) : undefined;
  if (h?.doors) return h.doors.day(date).segments.length === 0;
  return closingHoliday(date, resolveHolidayRule(feed.organization.holidays)) !== undefined;
}

/** The sample feed made from a template for `today`. `name` selects the calendar-bound activities. */
export function generateSample(template: Feed, name: string, today: PlainDate): Feed {
  const feed = structuredClone(template);
  const weekShift = Math.floor((dayNumber(today) - dayNumber(REF)) / 7) * 7;
  feed.generated = `${isoDate(today)}T07:00`;

  for (const c of feed.organization.closures ?? []) moveDated(c, today, weekShift);
  for (const b of feed.branches ?? []) {
    for (const l of b.hours ?? []) {
      for (const e of l.exceptions ?? []) moveDated(e, today, weekShift);
      for (const s of l.seasons ?? []) {
        if (s.validFrom?.startsWith('$')) s.validFrom = evaluate(s.validFrom, today);
        if (s.validThrough?.startsWith('$')) s.validThrough = evaluate(s.validThrough, today);
      }
    }
    for (const s of b.stops ?? []) for (const e of s.exceptions ?? []) moveDated(e as HoursException, today, weekShift);
  }

  const hours = new Map((feed.branches ?? []).map((b: Branch) => [b.id, new BranchHours(b, feed.organization)]));
  const calendar = CALENDAR[name] ?? {};
  for (const a of feed.activities ?? []) {
    const rule = calendar[a.id];
    const bounded = a.recurrence && /COUNT=|UNTIL=/.test(a.recurrence.rrule);
    if (rule) {
      const branch = a.branch ? feed.branches?.find((b) => b.id === a.branch) : undefined;
      moveActivity(a, calendarShift(rule, a, today, schoolHolidayRegionOf(feed.organization, branch?.municipality ?? a.location?.municipality)));
    } else if (!a.recurrence || bounded) {
      moveActivity(a, weekShift);
    }
    if (!a.recurrence) {
      // A one-off on a day its branch is closed moves a week on.
      for (let i = 0; i < 4 && a.branch && closedOn(feed, hours, a.branch, parseDate(a.start.slice(0, 10))!); i++) moveActivity(a, 7);
      continue;
    }
    // Exception dates: every occurrence up to half a year ahead on a day the place is closed.
    delete a.recurrence.exdates;
    const until = Math.min(lastStartOf(a) + 1, startOfDay(addDays(today, EXDATE_DAYS)));
    const exdates = activityInstances(a, { fromMs: -Infinity, toMs: until })
      .map((i) => i.date)
      .filter((d) => closedOn(feed, hours, a.branch, d))
      .map(isoDate);
    if (exdates.length) a.recurrence.exdates = exdates;
  }
  return feed;
}

/** Today in Amsterdam, or the `--today YYYY-MM-DD` given. */
export function todayFrom(argv: readonly string[], nowMs = Date.now()): PlainDate {
  const i = argv.indexOf('--today');
  if (i < 0) return dateOf(nowMs);
  const d = argv[i + 1] && parseDate(argv[i + 1]!);
  if (!d) throw new Error('--today needs a date YYYY-MM-DD');
  return d;
}

/** A JSON value on one line, with a space after colons and commas: `{ "a": 1, "b": [1, 2] }`. */
function oneLine(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(oneLine).join(', ')}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  return entries.length ? `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${oneLine(v)}`).join(', ')} }` : '{}';
}

/**
 * JSON as people write it: an object or array on one line when that line (indent, key and a comma included)
 * stays within 120 characters, else one member per line. Deterministic, close to the templates' style.
 */
export function compactJson(value: unknown, indent = '', prefix = 0): string {
  const flat = oneLine(value);
  if (value === null || typeof value !== 'object' || indent.length + prefix + flat.length + 1 <= 120) return flat;
  const inner = indent + '  ';
  if (Array.isArray(value)) return `[\n${value.map((v) => inner + compactJson(v, inner)).join(',\n')}\n${indent}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${compactJson(v, inner, JSON.stringify(k).length + 2)}`).join(',\n')}\n${indent}}`;
}
