/**
 * Reading a goal (a promise in a plan): a numeric target with its progress on the line from baseline to
 * deadline, or a list of milestones with how many are done, the next one due and the overdue ones.
 */
import type { Goal, Kpi, Milestone, Theme } from '../generated/feed-types.js';
import { compareDates, dayNumber, parseDate, type PlainDate } from '../time/amsterdam.js';
import { assessProgress, type DatedValue, type Direction, type Progress, type ProgressStatus } from './progress.js';
import { defaultDecimals, kpiDecimals, kpiSeries, type KpiUnit } from './series.js';

/** The four tasks goals are grouped under, in the order of the Bibliotheekconvenant (plus the robust library). */
export const THEMES: readonly Theme[] = ['literate-society', 'information-society', 'lifelong-development', 'robust-library'];

export interface NumericGoalReading {
  kind: 'numeric';
  goal: Goal;
  unit: KpiUnit;
  decimals: number;
  direction: Direction;
  baseline: DatedValue;
  target: DatedValue;
  /** The current value: the linked KPI's latest measurement or the goal's own `current`, whichever is newer. */
  current?: DatedValue & { source: 'kpi' | 'goal'; period?: string };
  progress: Progress;
}

export interface MilestoneReading {
  milestone: Milestone;
  due: PlainDate;
  done: boolean;
  doneOn?: PlainDate;
  /** Not done and its due date has passed. */
  overdue: boolean;
}

export interface MilestoneGoalReading {
  kind: 'milestones';
  goal: Goal;
  /** By due date. */
  milestones: MilestoneReading[];
  done: number;
  total: number;
  /** The first milestone not done yet (by due date), overdue or not. */
  next?: MilestoneReading;
  overdue: number;
  /** reached: all done; behind: some overdue; on-track: otherwise. */
  status: Extract<ProgressStatus, 'reached' | 'on-track' | 'behind'>;
  /** done / total. */
  fraction: number;
}

export type GoalReading = NumericGoalReading | MilestoneGoalReading;

function milestoneReading(goal: Goal, today: PlainDate): MilestoneGoalReading {
  const milestones: MilestoneReading[] = [];
  for (const m of goal.milestones ?? []) {
    const due = parseDate(m.due);
    if (!due) continue;
    const done = m.done === true;
    const doneOn = m.doneOn ? parseDate(m.doneOn) : undefined;
    milestones.push({ milestone: m, due, done, doneOn, overdue: !done && compareDates(due, today) < 0 });
  }
  milestones.sort((a, b) => compareDates(a.due, b.due));
  const done = milestones.filter((m) => m.done).length;
  const overdue = milestones.filter((m) => m.overdue).length;
  const total = milestones.length;
  return {
    kind: 'milestones',
    goal,
    milestones,
    done,
    total,
    next: milestones.find((m) => !m.done),
    overdue,
    status: total > 0 && done === total ? 'reached' : overdue > 0 ? 'behind' : 'on-track',
    fraction: total ? done / total : 0,
  };
}

/**
 * Reads a goal as of `today`. A numeric goal takes its unit, decimals and direction from the goal's
 * target, else from the linked KPI, else count / from the baseline towards the target. Returns undefined
 * for a goal with neither a usable target nor milestones.
 */
export function readGoal(goal: Goal, kpis: readonly Kpi[] | undefined, today: PlainDate): GoalReading | undefined {
  const t = goal.target;
  if (!t) return goal.milestones?.length ? milestoneReading(goal, today) : undefined;
  const baselineDate = parseDate(t.baseline.date);
  const deadline = parseDate(t.deadline);
  if (!baselineDate || !deadline) return undefined;
  const kpi = t.kpi ? kpis?.find((k) => k.id === t.kpi) : undefined;
  const unit: KpiUnit = t.unit ?? kpi?.unit ?? 'count';
  const decimals = kpi && (!t.unit || t.unit === kpi.unit) ? kpiDecimals(kpi) : defaultDecimals(unit);
  const direction: Direction = t.direction ?? kpi?.direction ?? (t.value < t.baseline.value ? 'lower' : 'higher');

  let current: NumericGoalReading['current'];
  const latest = kpi ? kpiSeries(kpi).at(-1) : undefined;
  if (latest) current = { value: latest.value, date: latest.period.end, source: 'kpi', period: latest.period.text };
  const own = t.current ? parseDate(t.current.date) : undefined;
  if (t.current && own && (!current || dayNumber(own) > dayNumber(current.date))) {
    current = { value: t.current.value, date: own, source: 'goal' };
  }
  const baseline = { value: t.baseline.value, date: baselineDate };
  const target = { value: t.value, date: deadline };
  const progress = assessProgress({ baseline, target, current, direction, today, decimals });
  return { kind: 'numeric', goal, unit, decimals, direction, baseline, target, current, progress };
}

/** Goals grouped by theme in the convenant's order; themes without goals are left out. */
export function goalsByTheme<T extends { theme: Theme }>(goals: readonly T[]): { theme: Theme; goals: T[] }[] {
  return THEMES.map((theme) => ({ theme, goals: goals.filter((g) => g.theme === theme) })).filter((g) => g.goals.length > 0);
}
