/**
 * Checks of a series that the rule itself cannot make: a start that is not a day the rule gives (a
 * `BYDAY=TU` series starting on a Wednesday), and exception dates that match no occurrence.
 */
import type { Activity } from '../generated/feed-types.js';
import { addDays, daysInMonth, dayNumber, isoDate, isoLocalDateTime, parseDate, parseLocalDateTime, startOfDay, weekdayOf, type PlainDate } from '../time/amsterdam.js';
import { expandRule, monthDays, seriesStartOf, WEEKDAY_CODES, type RRule } from './index.js';

/** Whether the rule itself gives the start's day (RFC 5545 counts the start as the first occurrence anyway). */
export function startFitsRule(rule: RRule, start: PlainDate): boolean {
  if (rule.freq === 'MONTHLY') return monthDays(rule, start, start.year, start.month).includes(start.day);
  const weekdays = rule.byDay?.filter((d) => d.nth === undefined).map((d) => d.weekday);
  if (weekdays?.length && !weekdays.includes(weekdayOf(start))) return false;
  if (rule.byMonthDay) {
    const dim = daysInMonth(start.year, start.month);
    if (!rule.byMonthDay.some((n) => (n > 0 ? n : dim + 1 + n) === start.day)) return false;
  }
  return true;
}

/** Why a start does not fit: "BYDAY=TU, but 2026-11-04 is a WE". */
export function startMisfit(rule: RRule, start: PlainDate): string {
  const byDay = rule.byDay?.map((d) => `${d.nth ?? ''}${WEEKDAY_CODES[d.weekday]}`).join(',');
  const what = byDay ? `BYDAY=${byDay}` : rule.byMonthDay ? `BYMONTHDAY=${rule.byMonthDay.join(',')}` : `FREQ=${rule.freq}`;
  return `${what}, but the start ${isoDate(start)} is a ${WEEKDAY_CODES[weekdayOf(start)]}`;
}

/** An exception date that matches no occurrence, with the nearest occurrence within a week, if any. */
export interface ExdateMiss {
  index: number;
  text: string;
  nearest?: string;
}

/** The exdates of an activity that remove nothing (each checked against the series without exdates). */
export function exdateMisses(activity: Pick<Activity, 'start' | 'recurrence'>, rule: RRule): ExdateMiss[] {
  const start = seriesStartOf(activity);
  if (!start || !activity.recurrence?.exdates?.length) return [];
  const out: ExdateMiss[] = [];
  activity.recurrence.exdates.forEach((text, index) => {
    const day = parseDate(text);
    const dt = day ? undefined : parseLocalDateTime(text);
    const date = day ?? dt;
    if (!date) return;
    const around = expandRule(start, rule, undefined, {
      fromMs: startOfDay(addDays(date, -7)),
      toMs: startOfDay(addDays(date, 8)),
    });
    const n = dayNumber(date);
    const seconds = dt ? dt.hour * 3600 + dt.minute * 60 + dt.second : undefined;
    const hit = around.some((i) => dayNumber(i.date) === n && (seconds === undefined || (i.time ?? 0) === seconds));
    if (hit) return;
    let nearest: (typeof around)[number] | undefined;
    for (const i of around) {
      if (!nearest || Math.abs(dayNumber(i.date) - n) < Math.abs(dayNumber(nearest.date) - n)) nearest = i;
    }
    const miss: ExdateMiss = { index, text };
    if (nearest) miss.nearest = start.time === undefined ? isoLocalDateTime(nearest.startMs).slice(0, 10) : isoLocalDateTime(nearest.startMs).slice(0, 16);
    out.push(miss);
  });
  return out;
}
