/**
 * Reading a KPI: its series in order, the value for a period (the latest by default), the change
 * against the previous period and against the same period a year earlier, and where it stands against
 * its target.
 */
import type { Kpi } from '../generated/feed-types.js';
import { parseDate, type PlainDate } from '../time/amsterdam.js';
import { comparePeriods, parsePeriod, previousPeriod, yearEarlierPeriod, type ParsedPeriod } from './period.js';
import { assessProgress, type Direction, type Progress } from './progress.js';

export type KpiUnit = Kpi['unit'];

/** One measurement of a series, with its parsed period. */
export interface KpiPoint {
  period: ParsedPeriod;
  value: number;
  provisional: boolean;
}

/** A change between two measurements of a KPI. */
export interface KpiDelta {
  /** What it compares with: the period before, or the same period a year earlier. */
  against: 'previous' | 'year';
  from: KpiPoint;
  to: KpiPoint;
  /**
   * to - from, in the unit of the KPI. For a percent KPI this is in percentage points (57% → 60% is
   * +3 points), which is what `points` says.
   */
  change: number;
  points: boolean;
  /** The relative change (0.072 is +7,2%), or undefined when it is meaningless: a zero start, or a percent KPI. */
  relative?: number;
  /** up, down, or flat when the change rounds to zero at the KPI's decimals. */
  trend: 'up' | 'down' | 'flat';
  /** Whether the change is good for this KPI (its direction); undefined when flat. */
  good?: boolean;
  /** False when the previous period is missing and the comparison skips over a gap. */
  consecutive: boolean;
}

export interface KpiReading {
  kpi: Kpi;
  /** The series of the shown measurement's kind (years, quarters, ...), in order, up to the shown one. */
  series: KpiPoint[];
  /** The measurement shown: the one for the requested period, else the latest. Undefined: no data. */
  point?: KpiPoint;
  /** The requested period when there is no measurement for it. */
  missingPeriod?: string;
  previous?: KpiDelta;
  yearAgo?: KpiDelta;
  /** Against the KPI's target, when it has one: from its baseline (else its first measurement) to the target. */
  progress?: Progress;
}

/** The decimals a unit is shown with unless the KPI says otherwise. */
export function defaultDecimals(unit: KpiUnit): number {
  switch (unit) {
    case 'score':
      return 1;
    case 'ratio':
      return 2;
    case 'hours':
      return 1;
    default:
      return 0;
  }
}

/** The decimals a KPI is shown with. */
export function kpiDecimals(kpi: Pick<Kpi, 'unit' | 'decimals'>): number {
  return kpi.decimals ?? defaultDecimals(kpi.unit);
}

/**
 * The series in period order, malformed periods and non-finite values dropped; when a period occurs
 * twice, the later entry wins (a corrected figure appended to the feed).
 */
export function kpiSeries(kpi: Pick<Kpi, 'series'>): KpiPoint[] {
  const byPeriod = new Map<string, KpiPoint>();
  for (const m of kpi.series ?? []) {
    const period = parsePeriod(m.period);
    if (!period || !Number.isFinite(m.value)) continue;
    byPeriod.set(period.text, { period, value: m.value, provisional: m.provisional === true });
  }
  return [...byPeriod.values()].sort((a, b) => comparePeriods(a.period, b.period));
}

function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/** The change from one measurement to another, for a KPI with this unit, direction and decimals. */
export function kpiDelta(
  from: KpiPoint,
  to: KpiPoint,
  against: 'previous' | 'year',
  options: { unit: KpiUnit; direction: Direction; decimals: number; consecutive?: boolean },
): KpiDelta {
  const change = to.value - from.value;
  const points = options.unit === 'percent';
  const relative = points || from.value === 0 ? undefined : change / Math.abs(from.value);
  // Flat when both the shown change and the shown relative change are zero.
  const shownChange = roundTo(change, options.decimals);
  const shownRelative = relative === undefined ? 0 : roundTo(relative * 100, 2);
  const trend = shownChange === 0 && shownRelative === 0 ? 'flat' : change > 0 ? 'up' : 'down';
  const good = trend === 'flat' ? undefined : (trend === 'up') === (options.direction === 'higher');
  return { against, from, to, change, points, relative, trend, good, consecutive: options.consecutive ?? true };
}

/** The last day of a period as a plain date: the date a measurement for it describes. */
export function periodEnd(period: string): PlainDate | undefined {
  return parsePeriod(period)?.end;
}

/**
 * Reads a KPI for display: the measurement for `period` (default the latest), its deltas and its target
 * status as of `today`.
 *
 * - previous: against the period just before, of the same kind. When that one is missing, against the
 *   nearest earlier one, marked `consecutive: false` so the text names the period compared with.
 * - yearAgo: against exactly the same period a year earlier; none when missing, and none for yearly
 *   series (there it is the same as previous).
 */
export function readKpi(kpi: Kpi, options: { today: PlainDate; period?: string }): KpiReading {
  const all = kpiSeries(kpi);
  const decimals = kpiDecimals(kpi);
  const deltaOptions = { unit: kpi.unit, direction: kpi.direction, decimals };
  let point: KpiPoint | undefined;
  let missingPeriod: string | undefined;
  const wanted = options.period?.trim() ? parsePeriod(options.period) : undefined;
  if (options.period?.trim()) {
    point = wanted ? all.find((p) => p.period.text === wanted.text) : undefined;
    if (!point) missingPeriod = wanted?.text ?? options.period.trim();
  } else {
    // The latest; of several periods ending on one day (2025-12, 2025-Q4, 2025), the longest.
    point = all.at(-1);
  }
  const series = point ? all.filter((p) => p.period.kind === point.period.kind && p.period.ordinal <= point.period.ordinal) : [];

  let previous: KpiDelta | undefined;
  let yearAgo: KpiDelta | undefined;
  if (point) {
    const before = series.at(-2);
    if (before) {
      const consecutive = before.period.text === previousPeriod(point.period);
      previous = kpiDelta(before, point, 'previous', { ...deltaOptions, consecutive });
    }
    if (point.period.kind !== 'year') {
      const text = yearEarlierPeriod(point.period);
      const earlier = series.find((p) => p.period.text === text);
      if (earlier) yearAgo = kpiDelta(earlier, point, 'year', deltaOptions);
    }
  }

  // Against the target: from the KPI's baseline, else from its first measurement.
  let progress: Progress | undefined;
  const baseline = kpi.baseline ?? (all[0] ? { period: all[0].period.text, value: all[0].value } : undefined);
  const baselineDate = baseline ? periodEnd(baseline.period) : undefined;
  const deadline = kpi.target ? parseDate(kpi.target.deadline) : undefined;
  if (baseline && baselineDate && kpi.target && deadline) {
    progress = assessProgress({
      baseline: { value: baseline.value, date: baselineDate },
      target: { value: kpi.target.value, date: deadline },
      current: point ? { value: point.value, date: point.period.end } : undefined,
      direction: kpi.direction,
      today: options.today,
      decimals,
    });
  }
  return { kpi, series, point, missingPeriod, previous, yearAgo, progress };
}
