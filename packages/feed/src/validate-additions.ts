/**
 * Validation of the optional parts added to feed version 1 (seasons, appointment hours, closures for every
 * branch, school holidays, facilities, mobile-library stops, richer events, KPI as-of dates, regions and
 * derived counts), used by `validate.ts`:
 *
 * - `removablePart`: a wrong new part is left out on its own, with a warning naming its JSON Pointer, so the
 *   branch, KPI or activity that holds it is still shown (an old feed never has these parts, so nothing
 *   changes for it);
 * - `checkAdditions`: what the schema cannot check: real dates, periods that end before they start, school
 *   holidays without a region or outside the years Biebkit knows, moved-activity fields on an activity that
 *   is not moved, places left above the capacity, a recurring start that is not a day of its rule, exception
 *   dates that remove nothing.
 */
import type { Activity, Branch, Feed, HoursLayer, Kpi, Season, WeeklyPattern } from './generated/feed-types.js';
import type { FeedProblem } from './types.js';
import { addDays, dateOf, dayNumber, isoDate, parseDate, parseLocalDateTime, type PlainDate } from './time/amsterdam.js';
import { lastStartOf, parseRRule, seriesStartOf } from './recurrence/index.js';
import { exdateMisses, startFitsRule, startMisfit } from './recurrence/checks.js';
import { SCHOOL_HOLIDAY_COVERAGE, schoolHolidayRegionOf, schoolHolidaysKnown } from './school-holidays/index.js';

/** A part that can be left out on its own: the container's pointer, the key (or array index) and what it is. */
export interface RemovablePart {
  parent: string;
  key: string;
  what: string;
}

const ONE_OF_ACTIVITY: Record<string, string> = {
  image: 'the image',
  organizer: 'the organizer',
  attendanceMode: 'the attendance mode',
  onlineUrl: 'the online link',
  previousStart: 'the previous start',
  previousPlace: 'the previous place',
  schoolHolidays: 'the school-holiday rule',
};

/**
 * The new optional part an error at `instancePath` (relative to the value being validated: the feed for the
 * envelope, else one branch, KPI, goal or activity) lies in, if any.
 */
export function removablePart(instancePath: string): RemovablePart | undefined {
  const s = instancePath.split('/').slice(1);
  const join = (n: number) => (n ? '/' + s.slice(0, n).join('/') : '');
  const at = (n: number, what: string): RemovablePart => ({ parent: join(n), key: s[n]!, what });
  const index = (n: number) => s[n] !== undefined && /^\d+$/.test(s[n]!);
  switch (s[0]) {
    case 'organization':
      if (s[1] === 'schoolHolidayRegion') return at(1, 'the school-holiday region');
      if (s[1] === 'municipalities' && index(2) && s[3] === 'schoolHolidayRegion') return at(3, 'the school-holiday region');
      if (s[1] === 'closures') return index(2) ? at(2, 'the closure') : at(1, 'the closures');
      return undefined;
    case 'facilities':
      return s.length > 1 ? at(1, 'this facility') : at(0, 'the facilities');
    case 'hours':
      if (!index(1)) return undefined;
      if (s[2] === 'byAppointment') return at(2, 'the appointment hours');
      if (s[2] === 'seasons') return index(3) ? at(3, 'the season') : at(2, 'the seasons');
      return undefined;
    case 'stops':
      return index(1) ? at(1, 'the stop') : at(0, 'the stops');
    case 'series':
      return index(1) && s[2] === 'asOf' ? at(2, 'the as-of date') : undefined;
    case 'baseline':
      return s[1] === 'asOf' ? at(1, 'the as-of date') : undefined;
    case 'scope':
      return s[1] === 'region' ? at(1, 'the region') : undefined;
    case 'performers':
      return index(1) ? at(1, 'the performer') : at(0, 'the performers');
    case 'registration':
      return s[1] === 'capacity' || s[1] === 'placesLeft' || s[1] === 'opens' ? at(1, `the ${s[1] === 'opens' ? 'opening date' : s[1] === 'capacity' ? 'capacity' : 'places left'}`) : undefined;
    default: {
      const what = s[0] !== undefined ? ONE_OF_ACTIVITY[s[0]] : undefined;
      return what ? at(0, what) : undefined;
    }
  }
}

/** Removes a key of an object, or an element of an array (`key` an index). False when it is not there. */
export function removePart(root: unknown, parentPointer: string, key: string): boolean {
  let node: unknown = root;
  for (const part of parentPointer.split('/').slice(1)) {
    if (node === null || typeof node !== 'object') return false;
    node = (node as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  if (Array.isArray(node)) {
    const i = Number(key);
    if (!Number.isInteger(i) || i < 0 || i >= node.length) return false;
    node.splice(i, 1);
    return true;
  }
  if (node === null || typeof node !== 'object' || !(key in node)) return false;
  delete (node as Record<string, unknown>)[key];
  return true;
}

/**
 * Original positions of the elements of the new lists (closures, seasons, stops, performers) before any is
 * left out, so that later messages still point where the feed has them.
 */
const positions = new WeakMap<object, number>();

/** Records where each element of the new lists stands in the feed as written. Call before validating. */
export function recordPositions(feed: unknown): void {
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
  const note = (v: unknown) => list(v).forEach((x, i) => x && typeof x === 'object' && positions.set(x, i));
  const f = feed as { organization?: { closures?: unknown }; branches?: unknown; activities?: unknown };
  note(f.organization?.closures);
  for (const b of list(f.branches) as { hours?: unknown; stops?: unknown }[]) {
    if (!b || typeof b !== 'object') continue;
    note(b.stops);
    for (const l of list(b.hours) as { seasons?: unknown }[]) if (l && typeof l === 'object') note(l.seasons);
  }
  for (const a of list(f.activities) as { performers?: unknown }[]) if (a && typeof a === 'object') note(a.performers);
}

const pos = (item: object, fallback: number) => positions.get(item) ?? fallback;

type Warn = (path: string, message: string) => void;

/** Checks an interval list in place: intervals that end before they start are dropped. */
export type IntervalCheck = (iv: string, path: () => string, warn: Warn) => boolean;

/** How many days ahead (a quarter) a series without an end, or a season without one, is checked against the school-holiday data. */
export const SCHOOL_HOLIDAY_HORIZON_DAYS = 92;

/**
 * The semantic checks of the new parts. `pathOf` gives an item's pointer in the feed as written; `intervalOk`
 * is validate.ts's check of one interval.
 */
export function checkAdditions(
  feed: Feed,
  problems: FeedProblem[],
  now: number,
  pathOf: (key: 'branches' | 'kpis' | 'activities', item: object, index: number) => string,
  intervalOk: IntervalCheck,
): void {
  const warn: Warn = (path, message) => problems.push({ severity: 'warning', path, message });
  const org = feed.organization;
  const today = dateOf(now);
  const municipalities = new Set(org.municipalities.map((m) => m.id));
  const branchIds = new Set((feed.branches ?? []).map((b) => b.id));

  // Closures for every branch.
  if (org.closures) {
    org.closures = org.closures.filter((c, i) => {
      const path = `/organization/closures/${pos(c, i)}`;
      if (!dateRangeOk(c, path, 'closure', warn)) return false;
      c.branches?.forEach((b, j) => branchIds.has(b) || warn(`${path}/branches/${j}`, `branch "${b}" does not exist (or was left out)`));
      c.municipalities?.forEach((m, j) => municipalities.has(m) || warn(`${path}/municipalities/${j}`, `municipality ${m} is not among the organisation's municipalities`));
      if (c.hours) c.hours = c.hours.filter((iv, j) => intervalOk(iv, () => `${path}/hours/${j}`, warn));
      return true;
    });
  }

  for (const [bi, branch] of (feed.branches ?? []).entries()) {
    const path = pathOf('branches', branch, bi);
    const region = schoolHolidayRegionOf(org, branch.municipality);
    branch.hours?.forEach((layer, li) => checkLayerAdditions(layer, `${path}/hours/${li}`, region !== undefined, today, warn, intervalOk));
    if (branch.stops) checkStops(branch, path, municipalities, warn, intervalOk);
  }

  for (const [ki, kpi] of (feed.kpis ?? []).entries()) checkKpiAdditions(kpi, pathOf('kpis', kpi, ki), warn);

  for (const [ai, a] of (feed.activities ?? []).entries()) {
    const path = pathOf('activities', a, ai);
    checkActivityAdditions(a, path, feed, today, warn);
  }
}

/** False (with a warning) for a closure or exception whose dates are not real or that ends before it starts. */
function dateRangeOk(x: { date: string; until?: string }, path: string, what: string, warn: Warn): boolean {
  const ok = parseDate(x.date) && (x.until === undefined || parseDate(x.until));
  if (ok && (x.until === undefined || x.until >= x.date)) return true;
  warn(path, ok ? `the ${what} ends (${x.until}) before it starts (${x.date}); ignored` : `${x.date}${x.until ? ` to ${x.until}` : ''} is not a real date; ${what} ignored`);
  return false;
}

function checkPattern(pattern: WeeklyPattern | undefined, path: string, warn: Warn, intervalOk: IntervalCheck): void {
  if (!pattern) return;
  for (const [day, intervals] of Object.entries(pattern) as [keyof WeeklyPattern, string[] | undefined][]) {
    if (intervals) pattern[day] = intervals.filter((iv, i) => intervalOk(iv, () => `${path}/${day}/${i}`, warn));
  }
}

/** Minutes of a day an interval list covers (intervals already checked for their form). */
function minutesOf(intervals: readonly string[] | undefined): Set<number> {
  const out = new Set<number>();
  for (const iv of intervals ?? []) {
    const [from, to] = iv.split('-').map((t) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5))) as [number, number];
    for (let m = from; m < to; m++) out.add(m);
  }
  return out;
}

function checkOverlap(weekly: WeeklyPattern, appointment: WeeklyPattern | undefined, path: string, warn: Warn): void {
  if (!appointment) return;
  for (const day of ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const) {
    const open = minutesOf(weekly[day]);
    if ([...minutesOf(appointment[day])].some((m) => open.has(m))) {
      warn(`${path}/byAppointment/${day}`, `appointment hours overlap the open hours of ${day}; the open hours win there`);
    }
  }
}

function checkLayerAdditions(layer: HoursLayer, path: string, hasRegion: boolean, today: PlainDate, warn: Warn, intervalOk: IntervalCheck): void {
  if (layer.byAppointment) {
    checkPattern(layer.byAppointment, `${path}/byAppointment`, warn, intervalOk);
    checkOverlap(layer.weekly, layer.byAppointment, path, warn);
  }
  if (!layer.seasons) return;
  layer.seasons = layer.seasons.filter((season, i) => {
    const p = `${path}/seasons/${pos(season, i)}`;
    for (const key of ['validFrom', 'validThrough'] as const) {
      const value = season[key];
      if (value !== undefined && !parseDate(value)) {
        warn(`${p}/${key}`, `${value} is not a real date; season ignored`);
        return false;
      }
    }
    if (season.validFrom && season.validThrough && season.validThrough < season.validFrom) {
      warn(`${p}/validThrough`, `the season ends (${season.validThrough}) before it starts (${season.validFrom}); ignored`);
      return false;
    }
    checkPattern(season.weekly, `${p}/weekly`, warn, intervalOk);
    checkPattern(season.byAppointment, `${p}/byAppointment`, warn, intervalOk);
    if (season.byAppointment) checkOverlap(season.weekly, season.byAppointment, p, warn);
    if (season.schoolHolidays !== undefined) {
      if (!hasRegion) warn(`${p}/schoolHolidays`, 'no school-holiday region: set organization.schoolHolidayRegion (or the municipality\'s); the season is not applied');
      else checkCoverage(seasonRange(season, today), `${p}/schoolHolidays`, 'this season', warn);
    }
    return true;
  });
}

function seasonRange(season: Season, today: PlainDate): [PlainDate, PlainDate] {
  const from = season.validFrom ? parseDate(season.validFrom)! : today;
  const through = season.validThrough ? parseDate(season.validThrough)! : addDays(today, SCHOOL_HOLIDAY_HORIZON_DAYS);
  return [from, through];
}

/** Warns when part of a range the feed refers to with school holidays lies outside the data's years. */
function checkCoverage([from, through]: [PlainDate, PlainDate], path: string, what: string, warn: Warn): void {
  if (schoolHolidaysKnown(from) && schoolHolidaysKnown(through)) return;
  warn(
    path,
    `the school-holiday data of this Biebkit covers ${SCHOOL_HOLIDAY_COVERAGE.from} to ${SCHOOL_HOLIDAY_COVERAGE.through}, but ${what} runs from ${isoDate(from)} to ${isoDate(through)}: outside those years no day counts as a school holiday (update Biebkit)`,
  );
}

function checkStops(branch: Branch, path: string, municipalities: Set<string>, warn: Warn, intervalOk: IntervalCheck): void {
  if (branch.kind !== 'mobile-library') warn(`${path}/stops`, `stops are for a mobile library, and this branch's kind is "${branch.kind}"; shown anyway`);
  const ids = new Set<string>();
  branch.stops = branch.stops!.filter((stop, i) => {
    const p = `${path}/stops/${pos(stop, i)}`;
    if (ids.has(stop.id)) {
      warn(`${p}/id`, `duplicate stop id "${stop.id}"; this stop left out`);
      return false;
    }
    ids.add(stop.id);
    if (stop.municipality && !municipalities.has(stop.municipality)) warn(`${p}/municipality`, `municipality ${stop.municipality} is not among the organisation's municipalities`);
    checkPattern(stop.weekly, `${p}/weekly`, warn, intervalOk);
    stop.exceptions = stop.exceptions?.filter((ex, j) => dateRangeOk(ex, `${p}/exceptions/${j}`, 'exception', warn));
    return true;
  });
}

function checkKpiAdditions(kpi: Kpi, path: string, warn: Warn): void {
  kpi.series.forEach((m, i) => {
    if (m.asOf !== undefined && !parseDate(m.asOf)) {
      warn(`${path}/series/${i}/asOf`, `${m.asOf} is not a real date; ignored`);
      delete m.asOf;
    }
  });
  if (kpi.baseline?.asOf !== undefined && !parseDate(kpi.baseline.asOf)) {
    warn(`${path}/baseline/asOf`, `${kpi.baseline.asOf} is not a real date; ignored`);
    delete kpi.baseline.asOf;
  }
  if (!kpi.derived) return;
  if (kpi.series.length) warn(`${path}/series`, 'this KPI is counted from the activities; the measurements typed in are ignored');
  if (kpi.unit !== 'count') {
    warn(`${path}/unit`, `a count of activities has unit "count", not "${kpi.unit}"; shown as a count`);
    kpi.unit = 'count';
  }
  if (kpi.derived.since !== undefined && !parseDate(kpi.derived.since)) {
    warn(`${path}/derived/since`, `${kpi.derived.since} is not a real date; counted from the first activity`);
    delete kpi.derived.since;
  }
}

function checkActivityAdditions(a: Activity, path: string, feed: Feed, today: PlainDate, warn: Warn): void {
  if (a.previousStart !== undefined) {
    const real = a.previousStart.length === 10 ? parseDate(a.previousStart) : parseLocalDateTime(a.previousStart);
    if (!real) {
      warn(`${path}/previousStart`, `${a.previousStart} is not a real date or time; ignored`);
      delete a.previousStart;
    }
  }
  if ((a.previousStart !== undefined || a.previousPlace !== undefined) && a.status !== 'moved') {
    const key = a.previousStart !== undefined ? 'previousStart' : 'previousPlace';
    warn(`${path}/${key}`, `only a moved activity ("status": "moved") has a previous date or place; ignored`);
    delete a.previousStart;
    delete a.previousPlace;
  }
  const reg = a.registration;
  if (reg?.opens !== undefined && !parseLocalDateTime(reg.opens)) {
    warn(`${path}/registration/opens`, `${reg.opens} is not a real date or time; ignored`);
    delete reg.opens;
  }
  if (reg?.placesLeft !== undefined && reg.capacity !== undefined && reg.placesLeft > reg.capacity) {
    warn(`${path}/registration/placesLeft`, `${reg.placesLeft} places left is more than the capacity of ${reg.capacity}; shown as ${reg.capacity}`);
    reg.placesLeft = reg.capacity;
  }
  if ((a.attendanceMode === 'online' || a.attendanceMode === 'mixed') && !a.onlineUrl && !(a.location?.online && a.location.url)) {
    warn(`${path}/attendanceMode`, `an ${a.attendanceMode} activity needs "onlineUrl", where to join; search engines leave it out without one`);
  }
  // Its links were normalised with the feed's others (validate.ts); a picture left without one goes.
  if (a.image && !a.image.url) delete a.image;
  if (a.schoolHolidays) {
    const branch = a.branch ? feed.branches?.find((b) => b.id === a.branch) : undefined;
    const municipality = branch?.municipality ?? a.location?.municipality;
    if (!schoolHolidayRegionOf(feed.organization, municipality)) {
      warn(`${path}/schoolHolidays`, "no school-holiday region: set organization.schoolHolidayRegion (or the municipality's); the activity is shown on every date");
    } else {
      const start = seriesStartOf(a);
      const last = lastStartOf(a);
      if (start) {
        const from = dayNumber(start.date) < dayNumber(addDays(today, -365)) ? addDays(today, -365) : start.date;
        const through = Number.isFinite(last) ? dateOf(last) : addDays(today, SCHOOL_HOLIDAY_HORIZON_DAYS);
        if (dayNumber(through) >= dayNumber(from)) checkCoverage([from, through], `${path}/schoolHolidays`, 'this activity', warn);
      }
    }
  }
  if (a.recurrence) {
    let rule;
    try {
      rule = parseRRule(a.recurrence.rrule);
    } catch {
      return; // validate.ts already named it
    }
    const start = seriesStartOf(a);
    if (start && !startFitsRule(rule, start.date)) {
      warn(`${path}/recurrence/rrule`, `${startMisfit(rule, start.date)}: the series still starts on that day, then follows the rule`);
    }
    for (const miss of exdateMisses(a, rule)) {
      warn(
        `${path}/recurrence/exdates/${miss.index}`,
        `${miss.text} matches no occurrence of this series${miss.nearest ? ` (the nearest is ${miss.nearest})` : ''}; it removes nothing`,
      );
    }
  }
}

