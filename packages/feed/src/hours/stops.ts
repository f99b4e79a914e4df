/**
 * Mobile libraries (bibliobus): where the bus stands when. Each stop has a weekly timetable (optionally
 * only in odd or even ISO weeks) with its own exceptions; the organisation's holiday rule and its closures
 * for the bus apply as to any branch. Answers: where is it now, where next, and when is it next here.
 */
import type { Branch, HoursLayer, Stop } from '../generated/feed-types.js';
import { addDays, dateOf, dayNumber, weekdayOf, type PlainDate } from '../time/amsterdam.js';
import { dayIntervals, LayerTimeline, type LayerDay, type OrganizationHours, type Timeline } from './engine.js';

/** The ISO 8601 week number of a date (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(date: PlainDate): number {
  const thursday = addDays(date, 3 - weekdayOf(date));
  const jan1 = { year: thursday.year, month: 1, day: 1 };
  return Math.floor((dayNumber(thursday) - dayNumber(jan1)) / 7) + 1;
}

/** The timetable of one stop, as a timeline ("open" while the bus stands there). */
export class StopTimeline implements Timeline {
  readonly stop: Stop;
  readonly #inner: LayerTimeline;

  constructor(stop: Stop, organization?: OrganizationHours, bus?: Pick<Branch, 'id' | 'municipality'>) {
    this.stop = stop;
    const layer: HoursLayer = { id: stop.id, kind: 'staffed', weekly: stop.weekly };
    if (stop.exceptions) layer.exceptions = stop.exceptions;
    this.#inner = new LayerTimeline(layer, organization, bus);
  }

  /** The stop's weekly segments on a date, ignoring exceptions and holidays (none in the other weeks). */
  weeklySegments(date: PlainDate): LayerDay['segments'] {
    return this.#inWeek(date) ? this.#inner.weeklySegments(date) : [];
  }

  day(date: PlainDate): LayerDay {
    const day = this.#inner.day(date);
    // An exception speaks for its day whatever the week; the weekly timetable only in the stop's weeks.
    if (day.source === 'exception' || this.#inWeek(date)) return day;
    return { date, segments: [], source: 'weekly' };
  }

  #inWeek(date: PlainDate): boolean {
    const weeks = this.stop.weeks;
    return !weeks || (isoWeek(date) % 2 === 1) === (weeks === 'odd');
  }
}

/** One visit of the bus to a stop. */
export interface StopVisit {
  stop: Stop;
  /** Epoch ms. */
  start: number;
  end: number;
}

/** The timetable of a mobile library: all its stops. */
export class MobileLibraryHours {
  readonly branch: Branch;
  readonly stops: StopTimeline[];

  constructor(branch: Branch, organization?: OrganizationHours) {
    this.branch = branch;
    this.stops = (branch.stops ?? []).map((s) => new StopTimeline(s, organization, branch));
  }

  /** Visits in time order that end after `t`, looking `days` days ahead, at most `limit`. */
  visits(t: number, options: { days?: number; limit?: number; stop?: string } = {}): StopVisit[] {
    const days = options.days ?? 60;
    const limit = options.limit ?? Infinity;
    const timelines = options.stop ? this.stops.filter((s) => s.stop.id === options.stop) : this.stops;
    const out: StopVisit[] = [];
    const first = dateOf(t);
    for (let i = 0; i <= days && out.length < limit; i++) {
      const date = addDays(first, i);
      const today: StopVisit[] = [];
      for (const tl of timelines) {
        for (const iv of dayIntervals(tl, date)) if (iv.end > t && iv.state === 'open') today.push({ stop: tl.stop, start: iv.start, end: iv.end });
      }
      today.sort((a, b) => a.start - b.start || a.end - b.end);
      out.push(...today.slice(0, limit - out.length));
    }
    return out;
  }

  /** The visit going on at `t`, if the bus stands somewhere now. */
  current(t: number): StopVisit | undefined {
    return this.visits(t, { days: 0 }).find((v) => v.start <= t && t < v.end);
  }

  /** The next visit that starts after `t` (at any stop, or at one). */
  next(t: number, stop?: string): StopVisit | undefined {
    // Visits that end after `t`, in order: one may be going on (two, where a timetable overlaps), then the next.
    return this.visits(t, { limit: 3, ...(stop ? { stop } : {}) }).find((v) => v.start > t);
  }

  /** The next instant after `t` at which the bus arrives somewhere or leaves, if any is coming. */
  nextChange(t: number): number | undefined {
    const times = this.visits(t, { limit: 2 }).flatMap((v) => [v.start, v.end]).filter((x) => x > t);
    return times.length ? Math.min(...times) : undefined;
  }
}
