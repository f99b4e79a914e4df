/**
 * Seasons and appointment hours: the weekly pattern in force on a date. A layer's `seasons` replace its
 * `weekly` (and `byAppointment`) for a period: dated (`validFrom`, `validThrough`), open-ended (no
 * `validThrough`: new hours from a date on, a new branch opening), or the school holidays of the branch's
 * region. Where seasons overlap, the shortest wins, as with exceptions; among equals the last in the feed.
 */
import type { HoursLayer, Season, SchoolHolidayRegion, WeeklyPattern } from '../generated/feed-types.js';
import { addDays, dayNumber, fromDayNumber, parseDate, weekdayOf, type PlainDate } from '../time/amsterdam.js';
import { schoolHolidayOn, type SchoolHolidayPeriod } from '../school-holidays/index.js';
import { segmentsOf, type Segment } from './engine.js';

const DAY_KEYS: (keyof WeeklyPattern)[] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];

/** A season in force on a date, with the period it covers around that date. */
export interface ActiveSeason {
  season: Season;
  /** Its index in the layer's `seasons`. */
  index: number;
  from: PlainDate;
  /** The last day; undefined for an open-ended season. */
  through?: PlainDate;
  /** For a school-holiday season: the holiday the date falls in. */
  holiday?: SchoolHolidayPeriod;
}

interface ParsedSeason {
  season: Season;
  index: number;
  fromDay: number;
  throughDay: number;
}

const parsed = new WeakMap<HoursLayer, ParsedSeason[]>();

function seasonsOf(layer: HoursLayer): ParsedSeason[] {
  let list = parsed.get(layer);
  if (!list) {
    list = [];
    (layer.seasons ?? []).forEach((season, index) => {
      const from = season.validFrom ? parseDate(season.validFrom) : undefined;
      const through = season.validThrough ? parseDate(season.validThrough) : undefined;
      if ((season.validFrom && !from) || (season.validThrough && !through)) return;
      const fromDay = from ? dayNumber(from) : -Infinity;
      const throughDay = through ? dayNumber(through) : Infinity;
      if (throughDay < fromDay) return;
      list!.push({ season, index, fromDay, throughDay });
    });
    parsed.set(layer, list);
  }
  return list;
}

/** The season of a layer in force on a date (school-holiday seasons need the branch's region). */
export function seasonOn(layer: HoursLayer, date: PlainDate, region?: SchoolHolidayRegion): ActiveSeason | undefined {
  const list = seasonsOf(layer);
  if (!list.length) return undefined;
  const n = dayNumber(date);
  let best: (ActiveSeason & { span: number }) | undefined;
  for (const p of list) {
    if (n < p.fromDay || n > p.throughDay) continue;
    let fromDay = p.fromDay;
    let throughDay = p.throughDay;
    let holiday: SchoolHolidayPeriod | undefined;
    const wanted = p.season.schoolHolidays;
    if (wanted !== undefined) {
      holiday = region ? schoolHolidayOn(date, region, wanted === true ? undefined : wanted) : undefined;
      if (!holiday) continue;
      fromDay = Math.max(fromDay, holiday.fromDay);
      throughDay = Math.min(throughDay, holiday.throughDay);
    }
    const span = throughDay - fromDay;
    if (!best || span < best.span || (span === best.span && p.index > best.index)) {
      best = {
        season: p.season,
        index: p.index,
        span,
        from: Number.isFinite(fromDay) ? fromDayNumber(fromDay) : date,
        ...(Number.isFinite(throughDay) ? { through: fromDayNumber(throughDay) } : {}),
        ...(holiday ? { holiday } : {}),
      };
    }
  }
  if (!best) return undefined;
  const { span: _span, ...active } = best;
  return active;
}

/** One day of a weekly pattern with its appointment hours: open wins where the two overlap. */
export function patternDay(weekly: WeeklyPattern | undefined, appointment: WeeklyPattern | undefined, weekday: number): Segment[] {
  const key = DAY_KEYS[weekday]!;
  const open = segmentsOf(weekly?.[key], 'open');
  const byAppointment = subtract(segmentsOf(appointment?.[key], 'appointment'), open);
  return byAppointment.length ? [...open, ...byAppointment].sort((a, b) => a.from - b.from) : open;
}

/** The weekly segments of a layer on a date: its season's pattern, else its own; appointments included. */
export function weeklySegmentsOn(layer: HoursLayer, date: PlainDate, region?: SchoolHolidayRegion): Segment[] {
  const active = layer.seasons?.length ? seasonOn(layer, date, region) : undefined;
  const source = active ? active.season : layer;
  return patternDay(source.weekly, source.byAppointment, weekdayOf(date));
}

/** The parts of `segments` that no segment of `minus` covers. */
function subtract(segments: Segment[], minus: Segment[]): Segment[] {
  let rest = segments;
  for (const m of minus) {
    rest = rest.flatMap((s) => {
      if (m.to <= s.from || m.from >= s.to) return [s];
      const parts: Segment[] = [];
      if (m.from > s.from) parts.push({ ...s, to: m.from });
      if (m.to < s.to) parts.push({ ...s, from: m.to });
      return parts;
    });
  }
  return rest;
}

/** A change of season: from `date` on, `season` is in force (undefined: the layer's own weekly pattern again). */
export interface SeasonChange {
  date: PlainDate;
  season?: ActiveSeason;
  /** What was in force the day before. */
  previous?: ActiveSeason;
}

/** The season changes of a layer in the `days` days after `from` (from itself is the starting point). */
export function seasonChanges(layer: HoursLayer, from: PlainDate, days: number, region?: SchoolHolidayRegion): SeasonChange[] {
  if (!layer.seasons?.length) return [];
  const out: SeasonChange[] = [];
  let previous = seasonOn(layer, from, region);
  for (let i = 1; i <= days; i++) {
    const date = addDays(from, i);
    const current = seasonOn(layer, date, region);
    if (current?.index !== previous?.index || (current && previous && dayNumber(current.from) !== dayNumber(previous.from))) {
      out.push({ date, ...(current ? { season: current } : {}), ...(previous ? { previous } : {}) });
    }
    previous = current;
  }
  return out;
}
