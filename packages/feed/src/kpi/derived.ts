/**
 * KPIs counted from the feed's own activities, never typed in twice: the number of activities held per Wsob
 * function (or theme), per municipality (the KPI's scope) and per year, quarter or month, the output figures
 * the KB's Bibliotheekmonitor asks libraries for.
 *
 * What counts: every occurrence (a recurring activity counts once per session; exception dates and the
 * `schoolHolidays` rule respected) that started before the moment the feed is read, of an activity that is
 * not cancelled, in a branch in the scope or off-site in a municipality in the scope. The period not yet over
 * is marked provisional, with the date it was counted (`asOf`).
 */
import type { Activity, Feed, Kpi, Measurement } from '../generated/feed-types.js';
import { activityInstances } from '../recurrence/index.js';
import { schoolHolidayTest } from '../activities/school-holidays.js';
import { dateOf, isoDate, parseDate, startOfDay, type PlainDate } from '../time/amsterdam.js';

export type CountPeriod = 'year' | 'quarter' | 'month';

/** The period key of a date: 2026, 2026-Q4 or 2026-11. */
export function periodKey(date: PlainDate, per: CountPeriod): string {
  if (per === 'year') return String(date.year);
  if (per === 'quarter') return `${date.year}-Q${Math.floor((date.month - 1) / 3) + 1}`;
  return `${date.year}-${String(date.month).padStart(2, '0')}`;
}

/** The periods from one key to another, both included, in order. */
function periodsBetween(first: PlainDate, last: PlainDate, per: CountPeriod): string[] {
  const out: string[] = [];
  let y = first.year;
  let m = per === 'year' ? 1 : per === 'quarter' ? Math.floor((first.month - 1) / 3) * 3 + 1 : first.month;
  const step = per === 'year' ? 12 : per === 'quarter' ? 3 : 1;
  const end = periodKey(last, per);
  for (let guard = 0; guard < 5000; guard++) {
    const key = periodKey({ year: y, month: m, day: 1 }, per);
    out.push(key);
    if (key === end) break;
    m += step;
    if (m > 12) {
      m -= 12;
      y++;
    }
  }
  return out;
}

/** An activity with what a count needs: where it is, and the dates it took place on before `now`. */
interface Counted {
  activity: Activity;
  municipality?: string;
  branch?: string;
  dates: PlainDate[];
}

/** Whether a derived KPI counts an activity (by its Wsob function or theme, and where it is), before any date. */
type Counts = (c: Pick<Counted, 'activity' | 'municipality' | 'branch'>) => boolean;

function countsFor(kpi: Pick<Kpi, 'derived' | 'scope'>): Counts {
  const d = kpi.derived;
  const municipalities = kpi.scope?.municipalities ? new Set<string>(kpi.scope.municipalities) : undefined;
  const branches = kpi.scope?.branches ? new Set<string>(kpi.scope.branches) : undefined;
  return (c) => {
    if (!d) return false;
    if (d.function && c.activity.function !== d.function) return false;
    if (d.theme && c.activity.theme !== d.theme) return false;
    if (!municipalities && !branches) return true;
    return (c.municipality !== undefined && municipalities?.has(c.municipality) === true) || (c.branch !== undefined && branches?.has(c.branch) === true);
  };
}

/**
 * The occurrences of each activity up to `now`, computed once for all derived KPIs of a feed; with `wanted`, only
 * of the activities it accepts (the others are left out before their occurrences are expanded).
 */
export function heldOccurrences(feed: Pick<Feed, 'organization' | 'branches' | 'activities'>, now: number, wanted?: Counts): Counted[] {
  const branchById = new Map((feed.branches ?? []).map((b) => [b.id, b]));
  const out: Counted[] = [];
  for (const activity of feed.activities ?? []) {
    if (activity.status === 'cancelled') continue;
    const branch = activity.branch ? branchById.get(activity.branch) : undefined;
    const municipality = branch?.municipality ?? activity.location?.municipality;
    const counted: Counted = { activity, dates: [] };
    if (municipality) counted.municipality = municipality;
    if (activity.branch) counted.branch = activity.branch;
    if (wanted && !wanted(counted)) continue;
    const held = schoolHolidayTest(feed.organization, activity, branch);
    for (const i of activityInstances(activity, { fromMs: -Infinity, toMs: now })) if (!held || held(i.date)) counted.dates.push(i.date);
    out.push(counted);
  }
  return out;
}

/** The series of one derived KPI from the held occurrences. */
export function countSeries(kpi: Pick<Kpi, 'derived' | 'scope'>, held: readonly Counted[], now: number): Measurement[] {
  const d = kpi.derived;
  if (!d) return [];
  const per: CountPeriod = d.per ?? 'year';
  const since = d.since ? parseDate(d.since) : undefined;
  const sinceMs = since ? startOfDay(since) : -Infinity;
  const tally = new Map<string, number>();
  const counts = countsFor(kpi);
  let first: PlainDate | undefined;
  for (const c of held) {
    if (!counts(c)) continue;
    for (const date of c.dates) {
      if (startOfDay(date) < sinceMs) continue;
      const key = periodKey(date, per);
      tally.set(key, (tally.get(key) ?? 0) + 1);
      if (!first || isoDate(date) < isoDate(first)) first = date;
    }
  }
  const today = dateOf(now);
  const start = since ?? first;
  if (!start) return [];
  const current = periodKey(today, per);
  return periodsBetween(start, today, per).map((period) => {
    const m: Measurement = { period, value: tally.get(period) ?? 0 };
    if (period === current) {
      m.provisional = true;
      m.asOf = isoDate(today);
    }
    return m;
  });
}

const SOURCE = { nl: 'Geteld uit de activiteiten in deze feed', en: 'Counted from the activities in this feed' };

/** Fills in the series of every KPI of the feed that is `derived` from its activities, as of `now`. */
export function deriveKpis(feed: Feed, now: number): void {
  const derived = (feed.kpis ?? []).filter((k) => k.derived);
  if (!derived.length) return;
  // Only the activities some derived KPI counts are expanded (a national agenda holds many that none does).
  const tests = derived.map(countsFor);
  const held = heldOccurrences(feed, now, (c) => tests.some((counts) => counts(c)));
  for (const kpi of derived) {
    kpi.series = countSeries(kpi, held, now);
    kpi.unit = 'count';
    kpi.source ??= SOURCE;
  }
}

/**
 * The feed as a publisher writes it: each derived KPI keeps the series counted (by `deriveKpis`) from the
 * whole feed and loses `derived`, so it is read as counted, not counted again. A municipality's slice holds
 * only that municipality's activities: counting again from it would shrink an organisation-wide count.
 */
export function withCountedKpis(feed: Feed): Feed {
  if (!feed.kpis?.some((k) => k.derived)) return feed;
  return {
    ...feed,
    kpis: feed.kpis.map((kpi) => {
      if (!kpi.derived) return kpi;
      const counted = { ...kpi };
      delete counted.derived;
      return counted;
    }),
  };
}

/** One cell of the table of activity counts: a municipality, a Wsob function, a period. */
export interface ActivityCount {
  /** CBS code; undefined for activities without a place in a municipality. */
  municipality?: string;
  /** The Wsob function; undefined for activities without one. */
  function?: Activity['function'];
  period: string;
  count: number;
}

/**
 * The whole table the KB asks for: occurrences held per municipality, Wsob function and period, up to `now`
 * (cells with a count only, ordered by municipality, function and period).
 */
export function activityCountTable(feed: Pick<Feed, 'organization' | 'branches' | 'activities'>, now: number, per: CountPeriod = 'year'): ActivityCount[] {
  const cells = new Map<string, ActivityCount>();
  for (const c of heldOccurrences(feed, now)) {
    for (const date of c.dates) {
      const period = periodKey(date, per);
      const key = `${c.municipality ?? ''}|${c.activity.function ?? ''}|${period}`;
      let cell = cells.get(key);
      if (!cell) {
        cell = { period, count: 0 };
        if (c.municipality) cell.municipality = c.municipality;
        if (c.activity.function) cell.function = c.activity.function;
        cells.set(key, cell);
      }
      cell.count++;
    }
  }
  return [...cells.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, cell]) => cell);
}
