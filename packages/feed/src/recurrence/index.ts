/**
 * Recurring activities: the feed's RRULE subset (RFC 5545 3.3.10) expanded in Europe/Amsterdam
 * wall-clock time, so that "every Tuesday at 10:00" stays at 10:00 on both sides of a DST change.
 *
 * Supported: FREQ=DAILY|WEEKLY|MONTHLY, INTERVAL, BYDAY (MO..SU; with an ordinal such as 2TU or -1FR
 * for MONTHLY), BYMONTHDAY (one or more, negative counts from the month's end), COUNT, UNTIL (a date,
 * a local date-time, or a UTC date-time ending in Z), WKST, and EXDATE (a date-time, or a whole date).
 * As in RFC 5545, DTSTART is always the first occurrence and counts towards COUNT; EXDATE removes
 * occurrences after COUNT is applied. A date-only UNTIL includes that whole day. Only the window asked
 * for is expanded (unless COUNT forces counting from the start). Framework-free, no DOM.
 */
import type { Activity } from '../generated/feed-types.js';
import {
  dateOf,
  dayNumber,
  daysInMonth,
  fromDayNumber,
  fromWall,
  parseDate,
  parseLocalDateTime,
  startOfDay,
  weekdayOf,
  type PlainDate,
} from '../time/amsterdam.js';

export type Frequency = 'DAILY' | 'WEEKLY' | 'MONTHLY';

/** One BYDAY entry: ISO weekday (0 = Monday) and, for MONTHLY, an optional ordinal (2 = second, -1 = last). */
export interface ByDay {
  weekday: number;
  nth?: number;
}

export type Until =
  | { kind: 'date'; date: PlainDate }
  | { kind: 'local'; date: PlainDate; hour: number; minute: number; second: number }
  | { kind: 'utc'; epochMs: number };

/** A parsed recurrence rule. */
export interface RRule {
  freq: Frequency;
  interval: number;
  byDay?: ByDay[];
  byMonthDay?: number[];
  count?: number;
  until?: Until;
  /** Week start, ISO weekday (0 = Monday, 6 = Sunday). */
  wkst: number;
}

/** The weekday codes of RFC 5545 in ISO order. */
export const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/** Why a rule could not be read. */
export class RRuleError extends Error {
  override name = 'RRuleError';
}

const parsedRules = new Map<string, RRule | RRuleError>();

/**
 * `parseRRule`, remembered per text: a calendar expands the same few rules thousands of times. The rule
 * returned is shared: do not change it.
 */
function ruleOf(text: string): RRule {
  let rule = parsedRules.get(text);
  if (!rule) {
    try {
      rule = parseRRule(text);
    } catch (e) {
      if (!(e instanceof RRuleError)) throw e;
      rule = e;
    }
    if (parsedRules.size > 2000) parsedRules.clear();
    parsedRules.set(text, rule);
  }
  if (rule instanceof RRuleError) throw rule;
  return rule;
}

/** Parses an RRULE value (without the `RRULE:` prefix). Throws `RRuleError` on anything outside the subset. */
export function parseRRule(text: string): RRule {
  const rule: Partial<RRule> & { wkst: number; interval: number } = { wkst: 0, interval: 1 };
  const seen = new Set<string>();
  for (const part of text.trim().replace(/^RRULE:/i, '').split(';')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const key = part.slice(0, eq).toUpperCase();
    const value = part.slice(eq + 1).toUpperCase();
    if (eq < 1 || !value) throw new RRuleError(`"${part}" is not NAME=VALUE`);
    if (seen.has(key)) throw new RRuleError(`${key} appears twice`);
    seen.add(key);
    switch (key) {
      case 'FREQ':
        if (value !== 'DAILY' && value !== 'WEEKLY' && value !== 'MONTHLY') throw new RRuleError(`FREQ=${value} is not supported (DAILY, WEEKLY or MONTHLY)`);
        rule.freq = value;
        break;
      case 'INTERVAL':
        rule.interval = positive(value, key);
        break;
      case 'COUNT':
        rule.count = positive(value, key);
        break;
      case 'BYDAY':
        rule.byDay = value.split(',').map((v) => {
          const m = /^([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$/.exec(v);
          if (!m) throw new RRuleError(`BYDAY=${v} is not a weekday such as TU, 2TU or -1FR`);
          const weekday = WEEKDAY_CODES.indexOf(m[2] as (typeof WEEKDAY_CODES)[number]);
          return m[1] ? { weekday, nth: Number(m[1]) } : { weekday };
        });
        break;
      case 'BYMONTHDAY':
        rule.byMonthDay = value.split(',').map((v) => {
          const n = Number(v);
          if (!/^[+-]?\d{1,2}$/.test(v) || n === 0 || n < -31 || n > 31) throw new RRuleError(`BYMONTHDAY=${v} is not a day of the month (1 to 31 or -1 to -31)`);
          return n;
        });
        break;
      case 'UNTIL':
        rule.until = parseUntil(value);
        break;
      case 'WKST': {
        const i = WEEKDAY_CODES.indexOf(value as (typeof WEEKDAY_CODES)[number]);
        if (i < 0) throw new RRuleError(`WKST=${value} is not a weekday`);
        rule.wkst = i;
        break;
      }
      default:
        throw new RRuleError(`${key} is not supported`);
    }
  }
  if (!rule.freq) throw new RRuleError('FREQ is missing');
  if (rule.count !== undefined && rule.until !== undefined) throw new RRuleError('COUNT and UNTIL cannot both be set');
  if (rule.freq !== 'MONTHLY' && rule.byDay?.some((d) => d.nth !== undefined)) {
    throw new RRuleError(`BYDAY with an ordinal (such as 2TU) needs FREQ=MONTHLY`);
  }
  return rule as RRule;
}

function positive(value: string, key: string): number {
  if (!/^\d{1,4}$/.test(value) || Number(value) < 1) throw new RRuleError(`${key}=${value} is not a positive whole number`);
  return Number(value);
}

function parseUntil(value: string): Until {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/.exec(value);
  const date = m && parseDate(`${m[1]}-${m[2]}-${m[3]}`);
  if (!m || !date) throw new RRuleError(`UNTIL=${value} is not a date (YYYYMMDD) or date-time (YYYYMMDDTHHMMSS[Z])`);
  if (m[4] === undefined) return { kind: 'date', date };
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = Number(m[6]);
  if (hour > 23 || minute > 59 || second > 59) throw new RRuleError(`UNTIL=${value} is not a real time`);
  if (m[7]) return { kind: 'utc', epochMs: Date.UTC(date.year, date.month - 1, date.day, hour, minute, second) };
  return { kind: 'local', date, hour, minute, second };
}

// ---- expansion -----------------------------------------------------------------------------------

/** The start of a series: a date, with a wall-clock time unless the activity lasts whole days. */
export interface SeriesStart {
  date: PlainDate;
  /** Seconds since local midnight; undefined for an all-day series. */
  time?: number;
}

/** One occurrence: its Amsterdam date and time, and its instant. */
export interface RecurrenceInstance {
  date: PlainDate;
  /** Seconds since local midnight (as written: a time in the spring-forward gap keeps its written value). */
  time?: number;
  /** The instant it starts (a wall-clock time in the DST gap moves forward by an hour, like Temporal). */
  startMs: number;
}

/** EXDATE values: `YYYY-MM-DD` (the whole day) or `YYYY-MM-DDTHH:MM[:SS]` (one occurrence). */
export type ExDates = readonly string[] | undefined;

/** Where to stop: the expansion yields instances with `startMs < toMs` and `startMs >= fromMs`. */
export interface ExpandWindow {
  fromMs: number;
  toMs: number;
  /** At most this many instances (after EXDATE). */
  limit?: number;
}

const MAX_DAY = dayNumber({ year: 2200, month: 1, day: 1 });

/**
 * The occurrences of a series in a window, in time order. `rule` may be a parsed rule or RRULE text.
 * Pure and bounded: it never walks past the window's end (or the year 2200).
 */
export function expandRule(start: SeriesStart, rule: RRule | string, exdates: ExDates, window: ExpandWindow): RecurrenceInstance[] {
  const r = typeof rule === 'string' ? parseRRule(rule) : rule;
  const out: RecurrenceInstance[] = [];
  const excludedDays = new Set<number>();
  const excludedTimes = new Set<string>();
  for (const text of exdates ?? []) {
    const d = parseDate(text);
    if (d) {
      excludedDays.add(dayNumber(d));
      continue;
    }
    const t = parseLocalDateTime(text);
    if (t) excludedTimes.add(`${dayNumber(t)}|${t.hour * 3600 + t.minute * 60 + t.second}`);
  }
  const startDay = dayNumber(start.date);
  const time = start.time;
  const instantOf = (day: number): number => {
    const d = fromDayNumber(day);
    if (time === undefined) return startOfDay(d);
    return fromWall(d.year, d.month, d.day, Math.floor(time / 3600), Math.floor((time % 3600) / 60), time % 60);
  };
  const untilOk = untilTest(r.until, time);
  const lastDay = Number.isFinite(window.toMs) ? Math.min(MAX_DAY, dayNumber(dateOf(window.toMs)) + 1) : MAX_DAY;
  // Without COUNT we may jump straight to the window; with COUNT every earlier occurrence counts.
  const firstWantedDay = r.count === undefined && Number.isFinite(window.fromMs) ? dayNumber(dateOf(window.fromMs)) - 1 : -Infinity;
  let emitted = 0;
  const limit = window.limit ?? Infinity;

  // Days before this one start before the window: with COUNT they are only counted (no instant needed).
  const beforeWindow = Number.isFinite(window.fromMs) ? dayNumber(dateOf(window.fromMs)) - 1 : -Infinity;

  /** Handles one candidate day; returns false to stop. */
  const visit = (day: number): boolean => {
    if (day > lastDay) return false;
    if (day < beforeWindow && r.until?.kind !== 'utc') {
      if (!untilOk(day, NaN)) return false;
      emitted++;
      return r.count === undefined || emitted <= r.count;
    }
    const startMs = instantOf(day);
    if (!untilOk(day, startMs)) return false;
    emitted++;
    if (r.count !== undefined && emitted > r.count) return false;
    if (startMs >= window.toMs) return false;
    if (startMs >= window.fromMs && !excludedDays.has(day) && !excludedTimes.has(`${day}|${time ?? 0}`)) {
      out.push(time === undefined ? { date: fromDayNumber(day), startMs } : { date: fromDayNumber(day), time, startMs });
      if (out.length >= limit) return false;
    }
    return true;
  };

  // DTSTART is always the first occurrence.
  if (!visit(startDay)) return out;

  const byWeekday = r.byDay?.filter((d) => d.nth === undefined).map((d) => d.weekday);
  const monthDayOk = (d: PlainDate): boolean => {
    if (!r.byMonthDay) return true;
    const dim = daysInMonth(d.year, d.month);
    return r.byMonthDay.some((n) => (n > 0 ? n : dim + 1 + n) === d.day);
  };

  if (r.freq === 'DAILY') {
    const skip = Math.max(0, Math.floor((firstWantedDay - startDay) / r.interval));
    for (let day = startDay + skip * r.interval; day <= lastDay; day += r.interval) {
      if (day <= startDay) continue;
      const d = fromDayNumber(day);
      if (byWeekday && !byWeekday.includes(weekdayOf(d))) continue;
      if (!monthDayOk(d)) continue;
      if (!visit(day)) return out;
    }
    return out;
  }

  if (r.freq === 'WEEKLY') {
    const weekdays = [...new Set(byWeekday?.length ? byWeekday : [weekdayOf(start.date)])];
    // Offsets of the wanted weekdays from the week's first day (WKST), in order.
    const offsets = weekdays.map((w) => (w - r.wkst + 7) % 7).sort((a, b) => a - b);
    const week0 = startDay - ((weekdayOf(start.date) - r.wkst + 7) % 7);
    const step = 7 * r.interval;
    const skip = Math.max(0, Math.floor((firstWantedDay - 7 - week0) / step));
    for (let week = week0 + skip * step; week <= lastDay; week += step) {
      for (const offset of offsets) {
        const day = week + offset;
        if (day <= startDay) continue;
        if (!monthDayOk(fromDayNumber(day))) continue;
        if (!visit(day)) return out;
      }
    }
    return out;
  }

  // MONTHLY
  const months0 = start.date.year * 12 + start.date.month - 1;
  const wantedMonth = firstWantedDay === -Infinity ? months0 : (() => {
    const d = fromDayNumber(Math.max(firstWantedDay, startDay));
    return d.year * 12 + d.month - 1;
  })();
  const skip = Math.max(0, Math.floor((wantedMonth - months0) / r.interval) - 1);
  for (let m = months0 + skip * r.interval; ; m += r.interval) {
    const year = Math.floor(m / 12);
    const month = (m % 12) + 1;
    if (dayNumber({ year, month, day: 1 }) > lastDay) return out;
    for (const dayOfMonth of monthDays(r, start.date, year, month)) {
      const day = dayNumber({ year, month, day: dayOfMonth });
      if (day <= startDay) continue;
      if (!visit(day)) return out;
    }
  }
}

/** The days of one month that a MONTHLY rule picks, ascending (`start` gives the day when the rule names none). */
export function monthDays(r: RRule, start: PlainDate, year: number, month: number): number[] {
  const dim = daysInMonth(year, month);
  const fromMonthDay = r.byMonthDay?.map((n) => (n > 0 ? n : dim + 1 + n)).filter((d) => d >= 1 && d <= dim);
  let days: number[];
  if (r.byDay?.length) {
    const firstWeekday = weekdayOf({ year, month, day: 1 });
    const set = new Set<number>();
    for (const { weekday, nth } of r.byDay) {
      const first = 1 + ((weekday - firstWeekday + 7) % 7);
      const all: number[] = [];
      for (let d = first; d <= dim; d += 7) all.push(d);
      if (nth === undefined) all.forEach((d) => set.add(d));
      else {
        const picked = nth > 0 ? all[nth - 1] : all[all.length + nth];
        if (picked !== undefined) set.add(picked);
      }
    }
    days = [...set];
    if (fromMonthDay) days = days.filter((d) => fromMonthDay.includes(d));
  } else if (fromMonthDay) {
    days = [...new Set(fromMonthDay)];
  } else {
    days = start.day <= dim ? [start.day] : [];
  }
  return days.sort((a, b) => a - b);
}

function untilTest(until: Until | undefined, time: number | undefined): (day: number, startMs: number) => boolean {
  if (!until) return () => true;
  if (until.kind === 'utc') return (_day, startMs) => startMs <= until.epochMs;
  const untilDay = dayNumber(until.date);
  if (until.kind === 'date' || time === undefined) return (day) => day <= untilDay;
  const untilTime = until.hour * 3600 + until.minute * 60 + until.second;
  return (day) => day < untilDay || (day === untilDay && time <= untilTime);
}

// ---- activities ----------------------------------------------------------------------------------

/** The series start of an activity (`start` as a date or a local date-time); undefined when malformed. */
export function seriesStartOf(activity: Pick<Activity, 'start'>): SeriesStart | undefined {
  if (activity.start.length === 10) {
    const date = parseDate(activity.start);
    return date && { date };
  }
  const t = parseLocalDateTime(activity.start);
  return t && { date: { year: t.year, month: t.month, day: t.day }, time: t.hour * 3600 + t.minute * 60 + t.second };
}

/** How long one occurrence lasts, in ms (all-day: whole days, end inclusive); undefined without an end. */
export function durationOf(activity: Pick<Activity, 'start' | 'end'>): number | undefined {
  if (!activity.end) return undefined;
  if (activity.start.length === 10) {
    const s = parseDate(activity.start);
    const e = parseDate(activity.end);
    return s && e ? (dayNumber(e) - dayNumber(s) + 1) * 86_400_000 : undefined;
  }
  const s = parseLocalDateTime(activity.start);
  const e = parseLocalDateTime(activity.end);
  if (!s || !e) return undefined;
  return fromWall(e.year, e.month, e.day, e.hour, e.minute, e.second) - fromWall(s.year, s.month, s.day, s.hour, s.minute, s.second);
}

/**
 * The start instants of an activity's occurrences in a window (one for a single activity, many for a
 * recurring one), in time order. A rule the subset does not cover yields just the first occurrence.
 */
export function activityInstances(activity: Pick<Activity, 'start' | 'recurrence'>, window: ExpandWindow): RecurrenceInstance[] {
  const start = seriesStartOf(activity);
  if (!start) return [];
  const rule = ruleOfActivity(activity);
  if (rule) return expandRule(start, rule, activity.recurrence?.exdates, window);
  return expandRule(start, { freq: 'DAILY', interval: 1, count: 1, wkst: 0 }, undefined, window);
}

/**
 * An instant no occurrence of the activity starts after, worked out without expanding the series
 * (`Infinity` for a series without COUNT or UNTIL): COUNT occurrences take at most COUNT intervals
 * (a monthly rule whose day is missing from some months: three times as long, to be safe).
 */
export function lastStartBound(activity: Pick<Activity, 'start' | 'recurrence'>): number {
  const start = seriesStartOf(activity);
  if (!start) return -Infinity;
  const rule = ruleOfActivity(activity);
  const first = startOfDay(start.date);
  if (!rule) return first + DAY_MS;
  if (rule.until) return rule.until.kind === 'utc' ? rule.until.epochMs : startOfDay(rule.until.date) + 2 * DAY_MS;
  if (rule.count === undefined) return Infinity;
  const days = rule.freq === 'DAILY' ? 1 : rule.freq === 'WEEKLY' ? 7 : 93;
  return first + (rule.count * rule.interval * days + 2) * DAY_MS;
}

const DAY_MS = 86_400_000;

/** An activity's rule; undefined without one, or for one outside the subset (it shows once). */
function ruleOfActivity(activity: Pick<Activity, 'recurrence'>): RRule | undefined {
  try {
    return activity.recurrence ? ruleOf(activity.recurrence.rrule) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The start instant of an activity's last occurrence, or `Infinity` for a series without COUNT or UNTIL
 * (one with a rule outside the subset counts as a single activity).
 */
export function lastStartOf(activity: Pick<Activity, 'start' | 'recurrence'>): number {
  const start = seriesStartOf(activity);
  if (!start) return -Infinity;
  const rule = ruleOfActivity(activity);
  if (rule && rule.count === undefined && rule.until === undefined) return Infinity;
  const fromMs = startOfDay(start.date);
  const all = rule
    ? expandRule(start, rule, activity.recurrence?.exdates, { fromMs, toMs: Infinity })
    : activityInstances(activity, { fromMs, toMs: Infinity });
  return all.length ? all[all.length - 1]!.startMs : -Infinity;
}
