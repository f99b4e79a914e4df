/**
 * The opening-hours engine: from a branch's layers (building, staffed, desks), weekly patterns, dated
 * exceptions and the holiday rule, the state of each layer at any instant, when it next changes, the
 * intervals of a day, a week's schedule and the hours per week.
 *
 * Everything is Amsterdam wall-clock time, converted to instants through `time/amsterdam.ts`, so the
 * answers do not depend on the visitor's time zone. A day is a list of segments in minutes since
 * local midnight (0-1440, 1440 being 24:00), merged where they touch or overlap.
 */
import type { Branch, HoursException, HoursLayer, Organization, Text, WeeklyPattern } from '../generated/feed-types.js';
import {
  addDays,
  dateOf,
  dayNumber,
  fromWall,
  isInDstGap,
  parseDate,
  weekdayOf,
  type PlainDate,
} from '../time/amsterdam.js';
import { closingHoliday, resolveHolidayRule, type Holiday, type ResolvedHolidayRule } from './holidays.js';
import type { SchoolHolidayRegion } from '../generated/feed-types.js';
import { schoolHolidayRegionOf } from '../school-holidays/index.js';
import { weeklySegmentsOn } from './seasons.js';
import { closuresFor } from './closures.js';

/**
 * What a layer needs of the organisation: its holiday rule, and (optional) its closures for every branch
 * and its school-holiday region (for school-holiday seasons).
 */
export type OrganizationHours = Pick<Organization, 'holidays'> & Partial<Pick<Organization, 'closures' | 'schoolHolidayRegion' | 'municipalities'>>;

/** The state of a layer: open, closed, unknown, or by appointment only. */
export type HoursState = 'open' | 'closed' | 'unknown' | 'appointment';

/** A stretch of a day in which a layer is not closed, in minutes since local midnight (`to` may be 1440). */
export interface Segment {
  from: number;
  to: number;
  state: Exclude<HoursState, 'closed'>;
}

/** One layer on one calendar day, and why it is so. */
export interface LayerDay {
  date: PlainDate;
  /** The not-closed parts of the day, sorted and merged; empty when closed all day. */
  segments: Segment[];
  /** Where the day's hours come from. */
  source: 'weekly' | 'exception' | 'holiday';
  /** The holiday that closes the day (source 'holiday'), or the holiday the day is, for labels. */
  holiday?: Holiday;
  /** The exception in force (source 'exception'). */
  exception?: HoursException;
}

/** An interval between two instants (epoch ms, end exclusive) with the state in it. */
export interface Interval {
  start: number;
  end: number;
  state: Exclude<HoursState, 'closed'>;
}

/** Anything that gives a day's segments: a layer, or a combination such as "staffed while open". */
export interface Timeline {
  day(date: PlainDate): LayerDay;
}

const WEEKDAY_KEYS: (keyof WeeklyPattern)[] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];
const HOUR = 3_600_000;
const INTERVAL = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/;

/** Parses `HH:MM-HH:MM` into minutes; undefined when malformed or empty (end not after start). */
export function parseInterval(text: string): [from: number, to: number] | undefined {
  const m = INTERVAL.exec(text);
  if (!m) return undefined;
  const from = Number(m[1]) * 60 + Number(m[2]);
  const to = Number(m[3]) * 60 + Number(m[4]);
  return to > from && to <= 1440 && Number(m[2]) < 60 && Number(m[4]) < 60 ? [from, to] : undefined;
}

/** Sorts segments and merges those that touch or overlap (with the same state). */
export function mergeSegments(segments: Segment[]): Segment[] {
  const sorted = segments.filter((s) => s.to > s.from).sort((a, b) => a.from - b.from || a.to - b.to);
  const out: Segment[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && last.state === s.state && s.from <= last.to) last.to = Math.max(last.to, s.to);
    else out.push({ ...s });
  }
  return out;
}

/** Intervals ("09:00-17:00") as merged segments of one state. */
export function segmentsOf(intervals: readonly string[] | undefined, state: Segment['state']): Segment[] {
  const segs: Segment[] = [];
  for (const iv of intervals ?? []) {
    const p = parseInterval(iv);
    if (p) segs.push({ from: p[0], to: p[1], state });
  }
  return mergeSegments(segs);
}

interface ParsedException {
  from: number;
  until: number;
  index: number;
  ex: HoursException;
}

/** One hours layer of a branch, with the holiday rule in force for it. Days are computed once and cached. */
export class LayerTimeline implements Timeline {
  readonly layer: HoursLayer;
  readonly rule: ResolvedHolidayRule;
  /** The school-holiday region of the branch, for school-holiday seasons. */
  readonly region?: SchoolHolidayRegion;
  #exceptions: ParsedException[];
  #cache = new Map<number, LayerDay>();

  /** With `branch`, the organisation's closures for that branch apply too (before the layer's own exceptions). */
  constructor(layer: HoursLayer, organization?: OrganizationHours, branch?: Pick<Branch, 'id' | 'municipality'>) {
    this.layer = layer;
    this.rule = resolveHolidayRule(organization?.holidays, layer.holidays);
    this.region = schoolHolidayRegionOf(organization, branch?.municipality);
    this.#exceptions = [];
    [...closuresFor(organization, branch, layer), ...(layer.exceptions ?? [])].forEach((ex, index) => {
      const from = parseDate(ex.date);
      const until = ex.until ? parseDate(ex.until) : from;
      if (from && until && dayNumber(until) >= dayNumber(from)) {
        this.#exceptions.push({ from: dayNumber(from), until: dayNumber(until), index, ex });
      }
    });
  }

  /** The weekly pattern's segments for a date (its season's, with appointment hours), ignoring exceptions and holidays. */
  weeklySegments(date: PlainDate): Segment[] {
    return weeklySegmentsOn(this.layer, date, this.region);
  }

  /**
   * The exception in force on a date: of those covering it, the shortest (a single day inside a range
   * wins over the range); among equals, the last one in the feed.
   */
  exceptionOn(date: PlainDate): HoursException | undefined {
    const n = dayNumber(date);
    let best: ParsedException | undefined;
    for (const e of this.#exceptions) {
      if (n < e.from || n > e.until) continue;
      if (!best || e.until - e.from < best.until - best.from || (e.until - e.from === best.until - best.from && e.index > best.index)) best = e;
    }
    return best?.ex;
  }

  day(date: PlainDate): LayerDay {
    const key = dayNumber(date);
    let d = this.#cache.get(key);
    if (!d) {
      d = this.#compute(date);
      if (this.#cache.size > 800) this.#cache.clear();
      this.#cache.set(key, d);
    }
    return d;
  }

  #compute(date: PlainDate): LayerDay {
    const ex = this.exceptionOn(date);
    if (ex) {
      let segments: Segment[];
      switch (ex.status) {
        case 'closed':
          segments = [];
          break;
        case 'open':
          // Open without hours: the weekly hours of that day (to open on a holiday as usual).
          segments = ex.hours ? segmentsOf(ex.hours, 'open') : this.weeklySegments(date);
          break;
        default:
          segments = ex.hours ? segmentsOf(ex.hours, ex.status) : [{ from: 0, to: 1440, state: ex.status }];
      }
      return { date, segments, source: 'exception', exception: ex };
    }
    const holiday = closingHoliday(date, this.rule);
    if (holiday) return { date, segments: [], source: 'holiday', holiday };
    return { date, segments: this.weeklySegments(date), source: 'weekly' };
  }
}

/**
 * A timeline that is `a` where `b` is not closed: staff are there for visitors only while the doors are
 * open. The day's source and labels are `a`'s.
 */
export class IntersectTimeline implements Timeline {
  #cache = new Map<number, LayerDay>();
  constructor(
    readonly a: Timeline,
    readonly b: Timeline,
  ) {}

  day(date: PlainDate): LayerDay {
    const key = dayNumber(date);
    let d = this.#cache.get(key);
    if (!d) {
      const da = this.a.day(date);
      const db = this.b.day(date);
      const segments: Segment[] = [];
      for (const x of da.segments) {
        for (const y of db.segments) {
          const from = Math.max(x.from, y.from);
          const to = Math.min(x.to, y.to);
          if (to > from) segments.push({ from, to, state: x.state });
        }
      }
      d = { ...da, segments: mergeSegments(segments) };
      if (this.#cache.size > 800) this.#cache.clear();
      this.#cache.set(key, d);
    }
    return d;
  }
}

/**
 * The instant of a wall-clock minute (0-1440) on an Amsterdam date. Minutes in the spring-forward gap
 * map to the moment of the switch, so instants never run backwards within a day; in the autumn hour that
 * occurs twice, the first one is meant.
 */
export function instantOf(date: PlainDate, minute: number): number {
  if (minute >= 1440) {
    const next = addDays(date, Math.floor(minute / 1440));
    return instantOf(next, minute % 1440);
  }
  const hour = Math.floor(minute / 60);
  const min = minute % 60;
  const t = fromWall(date.year, date.month, date.day, hour, min);
  // Amsterdam switches on the UTC hour: the gap's instants all round down to the switch.
  return isInDstGap(date.year, date.month, date.day, hour, min) ? Math.floor(t / HOUR) * HOUR : t;
}

/** Each (cached) day's intervals, worked out once: "open now" asks for the same days again and again. */
const intervalsOfDay = new WeakMap<LayerDay, readonly Interval[]>();

/** A day's segments as instants (shared: do not change the result). */
export function dayIntervals(timeline: Timeline, date: PlainDate): Interval[] {
  const day = timeline.day(date);
  let out = intervalsOfDay.get(day);
  if (!out) {
    const list: Interval[] = [];
    for (const s of day.segments) {
      const start = instantOf(date, s.from);
      const end = instantOf(date, s.to);
      if (end > start) list.push({ start, end, state: s.state });
    }
    intervalsOfDay.set(day, (out = list));
  }
  return out as Interval[];
}

/** The state of a timeline at an instant. */
export function stateAt(timeline: Timeline, t: number): HoursState {
  for (const iv of dayIntervals(timeline, dateOf(t))) {
    if (t >= iv.start && t < iv.end) return iv.state;
  }
  return 'closed';
}

/** A change of state: from the instant `at`, the timeline is in `state`. */
export interface Change {
  at: number;
  state: HoursState;
}

/**
 * The next instant after `t` at which the state differs from the state at `t` (or, with `until`, the
 * first change to a state `until` accepts), looking at most `horizonDays` ahead. Touching intervals on
 * consecutive days (22:00-24:00, then 00:00-02:00) are one stretch: midnight is no change.
 */
export function nextChange(
  timeline: Timeline,
  t: number,
  options: { horizonDays?: number; until?: (state: HoursState) => boolean } = {},
): Change | undefined {
  const horizon = options.horizonDays ?? 400;
  let current = stateAt(timeline, t);
  const start = dateOf(t);
  for (let i = 0; i <= horizon; i++) {
    const date = addDays(start, i);
    const points: number[] = [];
    for (const iv of dayIntervals(timeline, date)) points.push(iv.start, iv.end);
    // The day's start, for a day that begins closed after one that ended open.
    points.push(instantOf(date, 0));
    points.sort((x, y) => x - y);
    for (const p of points) {
      if (p <= t) continue;
      const s = stateAt(timeline, p);
      if (s === current) continue;
      if (!options.until || options.until(s)) return { at: p, state: s };
      current = s;
    }
  }
  return undefined;
}

/** The intervals between two instants, merged across midnight, clipped to the range. */
export function intervalsBetween(timeline: Timeline, from: number, to: number): Interval[] {
  const out: Interval[] = [];
  const first = dateOf(from);
  const last = dayNumber(dateOf(to));
  for (let d = first; dayNumber(d) <= last; d = addDays(d, 1)) {
    for (const iv of dayIntervals(timeline, d)) {
      const start = Math.max(iv.start, from);
      const end = Math.min(iv.end, to);
      if (end <= start) continue;
      const prev = out[out.length - 1];
      if (prev && prev.state === iv.state && prev.end >= start) prev.end = Math.max(prev.end, end);
      else out.push({ start, end, state: iv.state });
    }
  }
  return out;
}

/** Real hours (DST-aware) a timeline is in a state between two instants. */
export function hoursBetween(timeline: Timeline, from: number, to: number, state: HoursState = 'open'): number {
  let ms = 0;
  for (const iv of intervalsBetween(timeline, from, to)) if (iv.state === state) ms += iv.end - iv.start;
  return ms / HOUR;
}

/** Hours per week of a layer's weekly pattern alone (wall-clock; the KPI "staffed hours per week"). */
export function weeklyPatternHours(layer: HoursLayer): number {
  let minutes = 0;
  for (const key of WEEKDAY_KEYS) for (const s of segmentsOf(layer.weekly[key], 'open')) minutes += s.to - s.from;
  return minutes / 60;
}

/** The Monday of the week a date is in. */
export function mondayOf(date: PlainDate): PlainDate {
  return addDays(date, -weekdayOf(date));
}

/** The seven dates of the week (Monday first) a date is in. */
export function weekOf(date: PlainDate): PlainDate[] {
  const monday = mondayOf(date);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** A layer of a branch with its timeline. */
export interface BranchLayer {
  layer: HoursLayer;
  timeline: LayerTimeline;
}

/** What a branch is doing at an instant. */
export interface BranchStatus {
  /** The doors: the building layer, else the staffed layer; 'unknown' without any hours. */
  state: HoursState;
  /** Staff are present (and the doors open). */
  staffed: boolean;
  /** The doors are open without staff. */
  selfService: boolean;
  /** When the doors' state next changes, and to what. */
  change?: Change;
  /** When closed (or unknown): the next opening (or start of appointment hours). */
  nextOpen?: number;
  /** What `nextOpen` opens to: 'open', or 'appointment'. */
  nextOpenState?: HoursState;
  /** When staffed: when staff leave (may be before the doors close). */
  staffedUntil?: number;
  /** When open without staff: when staff come, if before the doors close. */
  staffedFrom?: number;
  /** The doors' day today. */
  today?: LayerDay;
}

/**
 * The hours of one branch: its layers, the doors (building, else staffed), and "staffed" as visitors
 * meet it (the staffed layer while the doors are open; without a staffed layer, the building when it is
 * not self-service).
 */
export class BranchHours {
  readonly branch: Branch;
  readonly layers: BranchLayer[];
  readonly building?: BranchLayer;
  readonly staffedLayer?: BranchLayer;
  readonly desks: BranchLayer[];
  /** The doors: undefined when the branch has no building or staffed layer (hours unknown). */
  readonly doors?: Timeline;
  /** Staff present while the doors are open; undefined when that never happens. */
  readonly staffed?: Timeline;

  constructor(branch: Branch, organization?: OrganizationHours) {
    this.branch = branch;
    this.layers = (branch.hours ?? []).map((layer) => ({ layer, timeline: new LayerTimeline(layer, organization, branch) }));
    this.building = this.layers.find((l) => l.layer.kind === 'building');
    this.staffedLayer = this.layers.find((l) => l.layer.kind === 'staffed');
    this.desks = this.layers.filter((l) => l.layer.kind === 'desk');
    this.doors = (this.building ?? this.staffedLayer)?.timeline;
    if (this.building && this.staffedLayer) this.staffed = new IntersectTimeline(this.staffedLayer.timeline, this.building.timeline);
    else if (this.staffedLayer) this.staffed = this.staffedLayer.timeline;
    else if (this.building && !this.building.layer.selfService) this.staffed = this.building.timeline;
  }

  /** The state of the doors and of staff at an instant, with the next changes. */
  status(t: number): BranchStatus {
    const doors = this.doors;
    if (!doors) return { state: 'unknown', staffed: false, selfService: false };
    const state = stateAt(doors, t);
    const change = nextChange(doors, t);
    const staffed = state === 'open' && this.staffed ? stateAt(this.staffed, t) === 'open' : false;
    const status: BranchStatus = { state, staffed, selfService: state === 'open' && !staffed, change, today: doors.day(dateOf(t)) };
    if (state !== 'open' && state !== 'appointment') {
      const next = nextChange(doors, t, { until: (s) => s === 'open' || s === 'appointment' });
      if (next) {
        status.nextOpen = next.at;
        status.nextOpenState = next.state;
      }
    }
    if (staffed && this.staffed) status.staffedUntil = nextChange(this.staffed, t)?.at;
    if (state === 'open' && !staffed && this.staffed) {
      const from = nextChange(this.staffed, t, { horizonDays: 1, until: (s) => s === 'open' })?.at;
      if (from !== undefined && (change === undefined || from < change.at)) status.staffedFrom = from;
    }
    return status;
  }

  /** The next instant after `t` at which anything shown about this branch changes (doors, staff, desks). */
  nextUpdate(t: number): number | undefined {
    let next: number | undefined;
    for (const tl of [this.doors, this.staffed, ...this.desks.map((d) => d.timeline)]) {
      const c = tl && nextChange(tl, t, { horizonDays: 60 });
      if (c && (next === undefined || c.at < next)) next = c.at;
    }
    return next;
  }

  /** Real hours per layer in the week (Monday first) a date is in, holidays and exceptions included. */
  hoursInWeek(date: PlainDate): { layer: HoursLayer; hours: number }[] {
    const monday = mondayOf(date);
    const from = instantOf(monday, 0);
    const to = instantOf(addDays(monday, 7), 0);
    return this.layers.map(({ layer, timeline }) => ({ layer, hours: hoursBetween(timeline, from, to) }));
  }
}

/** A layer's special days (exceptions and holiday closures) from a date on, for `days` days. */
export function specialDays(timeline: Timeline, from: PlainDate, days: number): LayerDay[] {
  const out: LayerDay[] = [];
  for (let i = 0; i < days; i++) {
    const d = timeline.day(addDays(from, i));
    if (d.source !== 'weekly') out.push(d);
  }
  return out;
}

/** The note of a day: the exception's note, else the holiday's name. */
export function dayNote(day: LayerDay): Text | undefined {
  return day.exception?.note ?? day.holiday?.name;
}
