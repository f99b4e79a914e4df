/**
 * Wall-clock time in Europe/Amsterdam, whatever the visitor's own time zone.
 *
 * Every date and time in a Biebkit feed is an Amsterdam wall-clock value. This module converts between
 * those and instants (epoch milliseconds), following the platform's time zone data through `Intl`
 * (cached per UTC hour, as Amsterdam's offset only changes on the hour), and does calendar arithmetic on
 * plain dates without touching the visitor's zone. No DOM.
 */

export const TIME_ZONE = 'Europe/Amsterdam';

/** A calendar date: year, month 1-12, day 1-31. */
export interface PlainDate {
  year: number;
  month: number;
  day: number;
}

/** A wall-clock moment in Amsterdam. `weekday`: 0 = Monday ... 6 = Sunday (ISO order). */
export interface WallClock extends PlainDate {
  hour: number;
  minute: number;
  second: number;
  weekday: number;
}

const HOUR = 3_600_000;
const DAY = 86_400_000;

let partsFormat: Intl.DateTimeFormat | undefined;

/** The offset at an instant from the platform's time zone data (slow: a formatToParts call). */
function zoneOffset(at: number): number {
  partsFormat ??= new Intl.DateTimeFormat('en-US', {
    timeZone: TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  });
  const p: Record<string, number> = {};
  for (const part of partsFormat.formatToParts(at)) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  return Math.round((utc(p['year'] ?? 1970, p['month'] ?? 1, p['day'] ?? 1, p['hour'] ?? 0, p['minute'] ?? 0) - at) / 60_000);
}

/** Each UTC year's offsets as [from, offset] pairs, in order (Amsterdam changes twice a year, on the hour). */
const offsetsByYear = new Map<number, number[][]>();
let lastYear: { from: number; until: number; offsets: number[][] } | undefined;

/**
 * A year's offsets from about 35 look-ups in the zone data: one at the start of each month, and where two
 * months differ, a binary search for the hour of the change (the zone changes on the hour, and never
 * twice and back within a month).
 */
function offsetsOfYear(year: number): number[][] {
  let offsets = offsetsByYear.get(year);
  if (!offsets) {
    offsets = [[utc(year, 1, 1), zoneOffset(utc(year, 1, 1))]];
    for (let month = 1; month <= 12; month++) {
      const end = utc(year, month + 1, 1);
      // Each change within the month, in order (the search starts again after one, for a second).
      for (let lo = utc(year, month, 1) / HOUR, offset = zoneOffset(end); offset !== offsets[offsets.length - 1]![1]; ) {
        let hi = end / HOUR;
        while (hi - lo > 1) {
          const mid = Math.floor((lo + hi) / 2);
          if (zoneOffset(mid * HOUR) === offsets[offsets.length - 1]![1]) lo = mid;
          else hi = mid;
        }
        offsets.push([hi * HOUR, zoneOffset(hi * HOUR)]);
        lo = hi;
      }
    }
    offsetsByYear.set(year, offsets);
  }
  return offsets;
}

/** Amsterdam's offset from UTC in minutes (60 in winter, 120 in summer) at an instant. */
export function offsetAt(epochMs: number): number {
  if (!(lastYear && epochMs >= lastYear.from && epochMs < lastYear.until)) {
    const year = fromDayNumber(Math.floor(epochMs / DAY)).year;
    lastYear = { from: utc(year, 1, 1), until: utc(year + 1, 1, 1), offsets: offsetsOfYear(year) };
  }
  const offsets = lastYear.offsets;
  let i = offsets.length - 1;
  while (i > 0 && offsets[i]![0]! > epochMs) i--;
  return offsets[i]![1]!;
}

/** The Amsterdam wall clock at an instant. */
export function toWall(epochMs: number): WallClock {
  const local = epochMs + offsetAt(epochMs) * 60_000;
  const days = Math.floor(local / DAY);
  const ms = local - days * DAY;
  const d = fromDayNumber(days);
  return {
    year: d.year,
    month: d.month,
    day: d.day,
    hour: Math.floor(ms / HOUR),
    minute: Math.floor(ms / 60_000) % 60,
    second: Math.floor(ms / 1000) % 60,
    weekday: (((days + 3) % 7) + 7) % 7,
  };
}

/**
 * The instant of an Amsterdam wall-clock time. Like Temporal's "compatible" disambiguation: a time in
 * the spring-forward gap (02:30 on the last Sunday of March) moves forward by the gap (03:30 CEST); a
 * time that occurs twice in autumn (02:30 on the last Sunday of October) takes the earlier one (CEST).
 */
export function fromWall(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const local = utc(year, month, day, hour, minute, second);
  const candidates: number[] = [];
  for (const offset of new Set([offsetAt(local - 3 * HOUR), offsetAt(local + 3 * HOUR)])) {
    const t = local - offset * 60_000;
    if (offsetAt(t) === offset) candidates.push(t);
  }
  if (candidates.length) return Math.min(...candidates);
  // In the gap: use the offset in force before the transition, which lands after it.
  return local - offsetAt(local - 3 * HOUR) * 60_000;
}

/** Minutes since local midnight at an instant (0-1439). */
export function minuteOfDay(w: Pick<WallClock, 'hour' | 'minute'>): number {
  return w.hour * 60 + w.minute;
}

// ---- plain dates ---------------------------------------------------------------------------------

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?$/;

/** Days in a month (month 1-12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True when year-month-day is a real calendar date (no 30 February). */
export function isRealDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The number written by `length` digits of `text` from `at` (the pattern was checked before). */
function digits(text: string, at: number, length: number): number {
  let n = 0;
  for (let i = at; i < at + length; i++) n = n * 10 + text.charCodeAt(i) - 48;
  return n;
}

/** Parses YYYY-MM-DD; undefined when malformed or not a real date. */
export function parseDate(text: string): PlainDate | undefined {
  if (!ISO_DATE.test(text)) return undefined;
  const d = { year: digits(text, 0, 4), month: digits(text, 5, 2), day: digits(text, 8, 2) };
  return isRealDate(d.year, d.month, d.day) ? d : undefined;
}

/** Parses YYYY-MM-DDTHH:MM[:SS] as Amsterdam wall-clock; undefined when malformed or not a real date. */
export function parseLocalDateTime(text: string): (PlainDate & { hour: number; minute: number; second: number }) | undefined {
  // Feeds hold tens of thousands of these: a pattern test and digit arithmetic, no match arrays.
  if (!ISO_LOCAL.test(text)) return undefined;
  const v = {
    year: digits(text, 0, 4),
    month: digits(text, 5, 2),
    day: digits(text, 8, 2),
    hour: digits(text, 11, 2),
    minute: digits(text, 14, 2),
    second: text.length > 16 ? digits(text, 17, 2) : 0,
  };
  if (!isRealDate(v.year, v.month, v.day) || v.hour > 23 || v.minute > 59 || v.second > 59) return undefined;
  return v;
}

/** True when a wall-clock time does not exist in Amsterdam (the spring-forward hour). */
export function isInDstGap(year: number, month: number, day: number, hour: number, minute: number): boolean {
  // Far from a change of offset (the offset 3 hours either side is the same) there is no gap: two cached
  // lookups instead of a round trip through the wall clock.
  const local = utc(year, month, day, hour, minute);
  if (offsetAt(local - 3 * HOUR) === offsetAt(local + 3 * HOUR)) return false;
  const w = toWall(fromWall(year, month, day, hour, minute));
  return w.hour !== hour || w.minute !== minute || w.day !== day;
}

/**
 * Days since 1970-01-01 of a plain date (a zone-free day number for arithmetic), in the proleptic
 * Gregorian calendar. Integer arithmetic rather than `Date.UTC`: the hours engine and the validator call
 * this and `fromDayNumber` millions of times.
 */
export function dayNumber(d: PlainDate): number {
  return daysFromCivil(d.year, d.month, d.day);
}

// Howard Hinnant's days_from_civil and civil_from_days (eras of 400 years, March-based years).
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Epoch milliseconds of a UTC date and time (like `Date.UTC`, also for years 0-99). */
function utc(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  return daysFromCivil(year, month, day) * DAY + hour * HOUR + minute * 60_000 + second * 1000;
}

/** The plain date of a day number. */
export function fromDayNumber(n: number): PlainDate {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day: doy - Math.floor((153 * mp + 2) / 5) + 1 };
}

/** Adds days to a plain date. */
export function addDays(d: PlainDate, days: number): PlainDate {
  return fromDayNumber(dayNumber(d) + days);
}

/** ISO weekday of a plain date: 0 = Monday ... 6 = Sunday. */
export function weekdayOf(d: PlainDate): number {
  return (((dayNumber(d) + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** YYYY-MM-DD of a plain date. */
export function isoDate(d: PlainDate): string {
  return `${String(d.year).padStart(4, '0')}-${pad2(d.month)}-${pad2(d.day)}`;
}

/** YYYY-MM-DDTHH:MM of an instant, in Amsterdam wall-clock time. */
export function isoLocalDateTime(epochMs: number): string {
  const w = toWall(epochMs);
  return `${isoDate(w)}T${pad2(w.hour)}:${pad2(w.minute)}`;
}

/** The Amsterdam calendar date of an instant. */
export function dateOf(epochMs: number): PlainDate {
  return fromDayNumber(Math.floor((epochMs + offsetAt(epochMs) * 60_000) / DAY));
}

/** The instant an Amsterdam calendar day starts (00:00 local). */
export function startOfDay(d: PlainDate): number {
  return fromWall(d.year, d.month, d.day);
}

/** Compares two plain dates: negative, zero or positive. */
export function compareDates(a: PlainDate, b: PlainDate): number {
  return dayNumber(a) - dayNumber(b);
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
