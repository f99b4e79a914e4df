import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Goal, Kpi } from '../src/generated/feed-types.js';
import {
  assessProgress,
  expectedAt,
  formatTimeLeft,
  goalsByTheme,
  progressStatusLabel,
  progressValueText,
  readGoal,
  readKpi,
  timeFraction,
  type MilestoneGoalReading,
  type NumericGoalReading,
} from '../src/kpi/index.js';

const d = (year: number, month: number, day: number) => ({ year, month, day });
const today = d(2026, 11, 21);
const close = (actual: number | undefined, expected: number, eps = 1e-9) =>
  assert.ok(actual !== undefined && Math.abs(actual - expected) < eps, `${actual} ≈ ${expected}`);

test('the straight line from baseline to deadline', () => {
  // 2024-01-01 to 2028-01-01 is 1461 days; 2026-01-01 is day 731.
  close(timeFraction(d(2024, 1, 1), d(2028, 1, 1), d(2026, 1, 1)), 731 / 1461);
  assert.equal(timeFraction(d(2024, 1, 1), d(2028, 1, 1), d(2023, 6, 1)), 0);
  assert.equal(timeFraction(d(2024, 1, 1), d(2028, 1, 1), d(2029, 6, 1)), 1);
  close(expectedAt({ value: 50, date: d(2024, 1, 1) }, { value: 80, date: d(2028, 1, 1) }, d(2026, 1, 1)), 50 + (30 * 731) / 1461);
});

test('behind: 40% of the way where the line expects 50%', () => {
  // Active reach of 0-18 year olds, towards ProBiblio's 100%: from 50% to 80% here.
  const p = assessProgress({
    baseline: { value: 50, date: d(2024, 1, 1) },
    target: { value: 80, date: d(2028, 1, 1) },
    current: { value: 62, date: d(2026, 1, 1) },
    today,
  });
  assert.equal(p.status, 'behind');
  assert.equal(p.direction, 'higher');
  close(p.fraction, 0.4);
  close(p.expectedFraction, 731 / 1461);
  close(p.gap, 62 - (50 + (30 * 731) / 1461));
  assert.ok(p.gap! < -3 && p.gap! > -3.1);
  assert.deepEqual(p.asOf, d(2026, 1, 1), 'judged at the date of the measurement, not today');
  assert.equal(p.daysLeft, 406);
  close(p.elapsedFraction, (1461 - 406) / 1461);
  assert.equal(progressValueText(p.fraction, p.status, 'nl'), '40% van doel, achter op schema');
  assert.equal(progressValueText(p.fraction, p.status, 'en'), '40% of target, behind schedule');
});

test('on track, and a gap too small to show counts as on track', () => {
  const base = { baseline: { value: 50, date: d(2024, 1, 1) }, target: { value: 80, date: d(2028, 1, 1) }, today };
  assert.equal(assessProgress({ ...base, current: { value: 66, date: d(2026, 1, 1) } }).status, 'on-track');
  // Expected 65,01; 64,7 is 0,3 short: shown without decimals that is 65 against 65.
  assert.equal(assessProgress({ ...base, current: { value: 64.7, date: d(2026, 1, 1) } }).status, 'on-track');
  assert.equal(assessProgress({ ...base, current: { value: 64.7, date: d(2026, 1, 1) }, decimals: 1 }).status, 'behind');
});

test('lower is better: fewer inhabitants with low digital skills', () => {
  // Drenthe: 20% with low digital skills (Biblionet Drenthe 2026-2029); a goal of 15% by 2029.
  const base = { baseline: { value: 20, date: d(2025, 1, 1) }, target: { value: 15, date: d(2029, 1, 1) }, today };
  const ahead = assessProgress({ ...base, current: { value: 18.5, date: d(2026, 1, 1) } });
  assert.equal(ahead.direction, 'lower', 'inferred from target below baseline');
  assert.equal(ahead.status, 'on-track');
  close(ahead.fraction, 0.3);
  close(ahead.expectedValue, 20 - (5 * 365) / 1461);
  assert.ok(ahead.gap! > 0.25 && ahead.gap! < 0.26, 'ahead by a quarter point');
  const behind = assessProgress({ ...base, current: { value: 19.5, date: d(2026, 1, 1) }, decimals: 1 });
  assert.equal(behind.status, 'behind');
  close(behind.fraction, 0.1);
  const worse = assessProgress({ ...base, current: { value: 21, date: d(2026, 1, 1) } });
  close(worse.fraction, -0.2);
  assert.equal(worse.status, 'behind');
  const reached = assessProgress({ ...base, current: { value: 14.8, date: d(2026, 6, 30) } });
  assert.equal(reached.status, 'reached');
});

test('target already passed before the deadline: reached, more than 100% of the way', () => {
  const p = assessProgress({
    baseline: { value: 50, date: d(2024, 1, 1) },
    target: { value: 80, date: d(2028, 1, 1) },
    current: { value: 83, date: d(2026, 1, 1) },
    today,
  });
  assert.equal(p.status, 'reached');
  close(p.fraction, 1.1);
  assert.equal(progressValueText(p.fraction, p.status, 'nl'), '110% van doel, doel bereikt');
});

test('past the deadline: reached or missed', () => {
  const base = { baseline: { value: 50, date: d(2022, 1, 1) }, target: { value: 80, date: d(2025, 12, 31) }, today };
  const missed = assessProgress({ ...base, current: { value: 75, date: d(2025, 12, 31) } });
  assert.equal(missed.status, 'missed');
  assert.equal(missed.pastDeadline, true);
  assert.equal(missed.daysLeft, -325);
  assert.equal(assessProgress({ ...base, current: { value: 80, date: d(2025, 12, 31) } }).status, 'reached');
  assert.equal(assessProgress(base).status, 'missed', 'no value at all after the deadline');
  assert.equal(progressStatusLabel('missed', 'nl'), 'doel niet gehaald');
});

test('no current value yet', () => {
  const p = assessProgress({ baseline: { value: 0, date: d(2026, 1, 1) }, target: { value: 40, date: d(2027, 12, 31) }, today });
  assert.equal(p.status, 'no-data');
  assert.equal(p.fraction, undefined);
  assert.equal(progressValueText(p.fraction, p.status, 'nl'), 'nog geen meting na de nulmeting');
  // Only the baseline itself measured, years ago: still nothing to judge.
  const stale = assessProgress({
    baseline: { value: 12, date: d(2021, 12, 31) },
    target: { value: 10, date: d(2029, 12, 31) },
    current: { value: 12, date: d(2021, 12, 31) },
    today,
  });
  assert.deepEqual([stale.status, stale.fraction], ['no-data', undefined]);
});

test('zero baseline, and a target equal to the baseline', () => {
  // Empowerment at Mijn Streek: 40+ participants; from none.
  const p = assessProgress({
    baseline: { value: 0, date: d(2026, 1, 1) },
    target: { value: 40, date: d(2027, 1, 1) },
    current: { value: 12, date: d(2026, 7, 2) },
    today,
  });
  close(p.fraction, 0.3);
  close(p.expectedFraction, 182 / 365);
  assert.equal(p.status, 'behind');
  const keep = { baseline: { value: 38.5, date: d(2025, 1, 1) }, target: { value: 38.5, date: d(2027, 1, 1) }, today };
  const kept = assessProgress({ ...keep, current: { value: 38.5, date: d(2026, 1, 1) } });
  assert.deepEqual([kept.status, kept.fraction], ['reached', 1]);
  const dropped = assessProgress({ ...keep, current: { value: 36, date: d(2026, 1, 1) } });
  assert.deepEqual([dropped.status, dropped.fraction], ['behind', 0]);
});

test('time left to a deadline', () => {
  assert.equal(formatTimeLeft(today, d(2028, 12, 31), 'nl'), 'nog 2 jaar en 1 maand');
  assert.equal(formatTimeLeft(today, d(2028, 12, 31), 'en'), '2 years and 1 month left');
  assert.equal(formatTimeLeft(today, d(2027, 11, 21), 'nl'), 'nog 1 jaar');
  assert.equal(formatTimeLeft(today, d(2027, 5, 20), 'nl'), 'nog 5 maanden');
  assert.equal(formatTimeLeft(today, d(2027, 1, 5), 'nl'), 'nog 45 dagen');
  assert.equal(formatTimeLeft(today, d(2026, 11, 22), 'nl'), 'nog 1 dag');
  assert.equal(formatTimeLeft(today, today, 'nl'), 'deadline vandaag');
  assert.equal(formatTimeLeft(today, d(2025, 12, 31), 'nl'), 'deadline verstreken (31 dec 2025)');
});

const readingKpi: Kpi = {
  id: 'leesplezier-12',
  label: 'Leesplezier 12-jarigen',
  unit: 'percent',
  direction: 'higher',
  theme: 'literate-society',
  level: 'outcome',
  series: [
    { period: '2025', value: 57 },
    { period: '2026-Q2', value: 59 },
  ],
  baseline: { period: '2025', value: 57 },
  target: { value: 65, deadline: '2029-12-31' },
};

test('a KPI against its own target: from the baseline period end to the deadline', () => {
  const r = readKpi(readingKpi, { today });
  const p = r.progress!;
  // Baseline 57 at 2025-12-31, target 65 at 2029-12-31 (1461 days); current 59 at 2026-06-30 (181 days).
  close(p.fraction, 2 / 8);
  close(p.expectedFraction, 181 / 1461);
  assert.equal(p.status, 'on-track');
  const noBaseline = readKpi({ ...readingKpi, baseline: undefined, series: [{ period: '2024', value: 50 }, { period: '2025', value: 52 }] }, { today });
  close(noBaseline.progress!.fraction, 2 / 15, 1e-9);
  const single = readKpi({ ...readingKpi, baseline: undefined, series: [{ period: '2025', value: 57 }] }, { today });
  assert.equal(single.progress?.status, 'no-data', 'a single measurement is its own baseline: nothing to judge yet');
});

test('a numeric goal reads its current value from the linked KPI, or its own newer one', () => {
  const goal: Goal = {
    id: 'leesplezier',
    title: 'Meer leesplezier bij 12-jarigen',
    theme: 'literate-society',
    target: { kpi: 'leesplezier-12', baseline: { value: 57, date: '2025-12-31' }, value: 65, deadline: '2029-12-31' },
  };
  const r = readGoal(goal, [readingKpi], today) as NumericGoalReading;
  assert.equal(r.kind, 'numeric');
  assert.equal(r.unit, 'percent');
  assert.equal(r.direction, 'higher');
  assert.deepEqual(r.current, { value: 59, date: d(2026, 6, 30), source: 'kpi', period: '2026-Q2' });
  close(r.progress.fraction, 0.25);
  const own = readGoal({ ...goal, target: { ...goal.target!, current: { value: 61, date: '2026-10-01' } } }, [readingKpi], today) as NumericGoalReading;
  assert.equal(own.current?.source, 'goal');
  close(own.progress.fraction, 0.5);
  const older = readGoal({ ...goal, target: { ...goal.target!, current: { value: 61, date: '2026-01-01' } } }, [readingKpi], today) as NumericGoalReading;
  assert.equal(older.current?.source, 'kpi');
  const noKpi = readGoal({ ...goal, target: { ...goal.target!, kpi: 'unknown' } }, [readingKpi], today) as NumericGoalReading;
  assert.equal(noKpi.current, undefined);
  assert.equal(noKpi.progress.status, 'no-data');
  assert.equal(noKpi.unit, 'count');
  const lower = readGoal(
    { id: 'digi', title: 'Digitale vaardigheden', theme: 'information-society', target: { baseline: { value: 20, date: '2025-01-01' }, value: 15, deadline: '2029-01-01', unit: 'percent', current: { value: 19.5, date: '2026-01-01' } } },
    [],
    today,
  ) as NumericGoalReading;
  assert.equal(lower.direction, 'lower');
  assert.equal(lower.progress.status, 'behind');
  close(lower.progress.fraction, 0.1);
});

test('a milestone goal: done count, the next one due, overdue ones', () => {
  const goal: Goal = {
    id: 'taalhuis',
    title: 'Taalhuis in elke gemeente',
    theme: 'literate-society',
    milestones: [
      { title: 'Taalhuis Texel', due: '2026-03-01', done: true, doneOn: '2026-02-20' },
      { title: 'Taalhuis Schagen', due: '2026-09-01' },
      { title: 'Taalhuis Hollands Kroon', due: '2027-03-01' },
      { title: 'Taalhuis Den Helder', due: '2025-09-01', done: true },
    ],
  };
  const r = readGoal(goal, [], today) as MilestoneGoalReading;
  assert.equal(r.kind, 'milestones');
  assert.deepEqual([r.done, r.total, r.overdue], [2, 4, 1]);
  assert.equal(r.status, 'behind');
  assert.equal(r.fraction, 0.5);
  assert.deepEqual(
    r.milestones.map((m) => m.milestone.title),
    ['Taalhuis Den Helder', 'Taalhuis Texel', 'Taalhuis Schagen', 'Taalhuis Hollands Kroon'],
  );
  assert.equal(r.next?.milestone.title, 'Taalhuis Schagen');
  assert.equal(r.next?.overdue, true);
  assert.deepEqual(r.milestones[1]!.doneOn, d(2026, 2, 20));
  const earlier = readGoal(goal, [], d(2026, 8, 1)) as MilestoneGoalReading;
  assert.deepEqual([earlier.status, earlier.overdue], ['on-track', 0]);
  const done = readGoal({ ...goal, milestones: goal.milestones!.map((m) => ({ ...m, done: true })) as Goal['milestones'] }, [], today) as MilestoneGoalReading;
  assert.deepEqual([done.status, done.next, done.fraction], ['reached', undefined, 1]);
});

test('a goal without target or milestones, or with a broken date, is not read', () => {
  assert.equal(readGoal({ id: 'x', title: 'x', theme: 'robust-library' }, [], today), undefined);
  assert.equal(
    readGoal({ id: 'x', title: 'x', theme: 'robust-library', target: { baseline: { value: 1, date: '2025-02-30' }, value: 2, deadline: '2026-01-01' } }, [], today),
    undefined,
  );
});

test('goals grouped by the convenant tasks, in the convenant order', () => {
  const groups = goalsByTheme([
    { id: 'a', theme: 'robust-library' as const },
    { id: 'b', theme: 'literate-society' as const },
    { id: 'c', theme: 'robust-library' as const },
    { id: 'd', theme: 'lifelong-development' as const },
  ]);
  assert.deepEqual(
    groups.map((g) => [g.theme, g.goals.map((x) => x.id)]),
    [
      ['literate-society', ['b']],
      ['lifelong-development', ['d']],
      ['robust-library', ['a', 'c']],
    ],
  );
});
