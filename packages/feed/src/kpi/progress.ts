/**
 * Progress towards a target on a straight line from a baseline (value and date) to a target (value and
 * deadline). Used by KPI targets and numeric goals alike. Works for goals where lower is better (the
 * line simply goes down) and for a zero baseline.
 */
import { dayNumber, type PlainDate } from '../time/amsterdam.js';

export type Direction = 'higher' | 'lower';

/**
 * reached: the target is met (also before the deadline); on-track: at or ahead of the line;
 * behind: short of the line; missed: the deadline passed without reaching the target;
 * no-data: nothing measured after the baseline yet.
 */
export type ProgressStatus = 'reached' | 'on-track' | 'behind' | 'missed' | 'no-data';

export interface DatedValue {
  value: number;
  date: PlainDate;
}

export interface ProgressInput {
  baseline: DatedValue;
  /** The target value and its deadline. */
  target: DatedValue;
  /** The latest measured value and the date it describes (for a period: its last day). */
  current?: DatedValue;
  /** Which way is better. Default: the way from the baseline to the target (higher when they are equal). */
  direction?: Direction;
  /** Today in Amsterdam. */
  today: PlainDate;
  /** Decimals the values are shown with: a gap that rounds to zero there counts as on track. Default 0. */
  decimals?: number;
}

export interface Progress {
  status: ProgressStatus;
  direction: Direction;
  /**
   * The share of the way from baseline to target covered by the current value (0.42 is 42%). Not
   * clamped: below 0 when the value moved away from the target, above 1 past it. Undefined without a
   * current value.
   */
  fraction?: number;
  /** The date the current value is judged at: the date of the measurement (not today, see `expectedAt`). */
  asOf?: PlainDate;
  /** The share of the way the line expects at `asOf` (0-1). */
  expectedFraction?: number;
  /** The value the line expects at `asOf`. */
  expectedValue?: number;
  /**
   * How far the current value is from the line at `asOf`, in the unit of the values, positive when
   * ahead (better than expected), negative when behind. Undefined without a current value.
   */
  gap?: number;
  /** The share of the time from the baseline date to the deadline that has passed today (0-1). */
  elapsedFraction: number;
  /** Days from today to the deadline: negative once it has passed, 0 on the day itself. */
  daysLeft: number;
  pastDeadline: boolean;
}

/** The share (0-1) of the time from `from` to `to` passed at `at`, clamped. A zero-length span counts as passed. */
export function timeFraction(from: PlainDate, to: PlainDate, at: PlainDate): number {
  const span = dayNumber(to) - dayNumber(from);
  const passed = dayNumber(at) - dayNumber(from);
  if (span <= 0) return passed >= 0 ? 1 : 0;
  return Math.min(1, Math.max(0, passed / span));
}

/** The value the straight line from baseline to target expects at a date. */
export function expectedAt(baseline: DatedValue, target: DatedValue, at: PlainDate): number {
  return baseline.value + (target.value - baseline.value) * timeFraction(baseline.date, target.date, at);
}

/** True when `value` meets the target in the direction that is better. */
export function meetsTarget(value: number, target: number, direction: Direction): boolean {
  return direction === 'higher' ? value >= target : value <= target;
}

/** Where a value stands against a target line: status, share of the way, expected share, gap. */
export function assessProgress(input: ProgressInput): Progress {
  const { baseline, target, current, today } = input;
  const direction: Direction = input.direction ?? (target.value < baseline.value ? 'lower' : 'higher');
  const daysLeft = dayNumber(target.date) - dayNumber(today);
  const pastDeadline = daysLeft < 0;
  const elapsedFraction = timeFraction(baseline.date, target.date, today);
  const base = { direction, elapsedFraction, daysLeft, pastDeadline };
  if (!current || !Number.isFinite(current.value)) return { ...base, status: pastDeadline ? 'missed' : 'no-data' };

  const span = target.value - baseline.value;
  const fraction = span === 0 ? (meetsTarget(current.value, target.value, direction) ? 1 : 0) : (current.value - baseline.value) / span;
  const asOf = current.date;
  const expectedFraction = timeFraction(baseline.date, target.date, asOf);
  const expectedValue = expectedAt(baseline, target, asOf);
  const sign = direction === 'higher' ? 1 : -1;
  const gap = (current.value - expectedValue) * sign;
  const tolerance = 0.5 * 10 ** -(input.decimals ?? 0);

  let status: ProgressStatus;
  if (meetsTarget(current.value, target.value, direction)) status = 'reached';
  else if (pastDeadline) status = 'missed';
  // Nothing measured after the baseline: too early to judge, however old the baseline is.
  else if (dayNumber(asOf) <= dayNumber(baseline.date)) return { ...base, status: 'no-data' };
  else status = gap < -tolerance ? 'behind' : 'on-track';
  return { ...base, status, fraction, asOf, expectedFraction, expectedValue, gap };
}
