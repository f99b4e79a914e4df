/**
 * Dutch public holidays, computed (never listed by hand), and the feed's `HolidayRule` that says which
 * of them close a layer. Calendar dates only: no time zone is involved.
 */
import type { HolidayRule, LocalizedText } from '../generated/feed-types.js';
import { addDays, dayNumber, weekdayOf, type PlainDate } from '../time/amsterdam.js';

export type HolidayId =
  | 'new-years-day'
  | 'good-friday'
  | 'easter-sunday'
  | 'easter-monday'
  | 'kings-day'
  | 'liberation-day'
  | 'ascension-day'
  | 'whit-sunday'
  | 'whit-monday'
  | 'christmas-day'
  | 'boxing-day';

export interface Holiday {
  id: HolidayId;
  date: PlainDate;
  /** The name people use, in Dutch and English. */
  name: Required<LocalizedText>;
}

const NAMES: Record<HolidayId, [nl: string, en: string]> = {
  'new-years-day': ['Nieuwjaarsdag', "New Year's Day"],
  'good-friday': ['Goede Vrijdag', 'Good Friday'],
  'easter-sunday': ['Eerste Paasdag', 'Easter Sunday'],
  'easter-monday': ['Tweede Paasdag', 'Easter Monday'],
  'kings-day': ['Koningsdag', "King's Day"],
  'liberation-day': ['Bevrijdingsdag', 'Liberation Day'],
  'ascension-day': ['Hemelvaartsdag', 'Ascension Day'],
  'whit-sunday': ['Eerste Pinksterdag', 'Whit Sunday'],
  'whit-monday': ['Tweede Pinksterdag', 'Whit Monday'],
  'christmas-day': ['Eerste Kerstdag', 'Christmas Day'],
  'boxing-day': ['Tweede Kerstdag', 'Boxing Day'],
};

/** Easter Sunday of a year (Gregorian calendar; the anonymous algorithm of Meeus, Jones and Butcher). */
export function easterSunday(year: number): PlainDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

const yearCache = new Map<number, Holiday[]>();

/**
 * The Dutch public holidays of a year, in date order. King's Day is 27 April, or the 26th when the 27th
 * is a Sunday (the rule since 2014). Good Friday and Liberation Day are included; whether they close a
 * layer is the `HolidayRule`'s choice.
 */
export function dutchHolidays(year: number): Holiday[] {
  const cached = yearCache.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const kings: PlainDate = { year, month: 4, day: 27 };
  const list: [HolidayId, PlainDate][] = [
    ['new-years-day', { year, month: 1, day: 1 }],
    ['good-friday', addDays(easter, -2)],
    ['easter-sunday', easter],
    ['easter-monday', addDays(easter, 1)],
    ['kings-day', weekdayOf(kings) === 6 ? { year, month: 4, day: 26 } : kings],
    ['liberation-day', { year, month: 5, day: 5 }],
    ['ascension-day', addDays(easter, 39)],
    ['whit-sunday', addDays(easter, 49)],
    ['whit-monday', addDays(easter, 50)],
    ['christmas-day', { year, month: 12, day: 25 }],
    ['boxing-day', { year, month: 12, day: 26 }],
  ];
  const holidays = list
    .map(([id, date]) => ({ id, date, name: { nl: NAMES[id][0], en: NAMES[id][1] } }))
    .sort((x, y) => dayNumber(x.date) - dayNumber(y.date));
  yearCache.set(year, holidays);
  return holidays;
}

/** The Dutch public holiday on a date, if any (whatever a rule says about it). */
export function holidayOn(date: PlainDate): Holiday | undefined {
  const n = dayNumber(date);
  return dutchHolidays(date.year).find((h) => dayNumber(h.date) === n);
}

/** A holiday rule with its defaults filled in: closed on holidays, open on Good Friday and Liberation Day. */
export type ResolvedHolidayRule = Required<HolidayRule>;

/**
 * The rule in force for a layer: the organisation's rule, with the layer's own fields on top of it,
 * then the schema's defaults (`rule: 'closed'`, `goodFriday: false`, `liberationDay: false`).
 */
export function resolveHolidayRule(...rules: (HolidayRule | undefined)[]): ResolvedHolidayRule {
  const merged: HolidayRule = {};
  for (const r of rules) if (r) Object.assign(merged, r);
  return { rule: merged.rule ?? 'closed', goodFriday: merged.goodFriday ?? false, liberationDay: merged.liberationDay ?? false };
}

/** The holiday that closes a layer on a date under a rule, if any. */
export function closingHoliday(date: PlainDate, rule: ResolvedHolidayRule): Holiday | undefined {
  if (rule.rule === 'open') return undefined;
  const h = holidayOn(date);
  if (!h) return undefined;
  if (h.id === 'good-friday' && !rule.goodFriday) return undefined;
  if (h.id === 'liberation-day' && !rule.liberationDay) return undefined;
  return h;
}
