import { test } from 'node:test';
import assert from 'node:assert/strict';
import { activityInstances, expandRule, lastStartBound, lastStartOf, parseRRule, RRuleError, type SeriesStart } from '../src/recurrence/index.js';
import { fromWall, isoDate, toWall } from '../src/time/amsterdam.js';

const at = (y: number, m: number, d: number, h = 0, min = 0): SeriesStart => ({ date: { year: y, month: m, day: d }, time: h * 3600 + min * 60 });
const win = (from: string, to: string) => ({ fromMs: Date.parse(from), toMs: Date.parse(to) });
const dates = (xs: { date: { year: number; month: number; day: number } }[]) => xs.map((x) => isoDate(x.date));
const utc = (xs: { startMs: number }[]) => xs.map((x) => new Date(x.startMs).toISOString().slice(0, 16));

test('weekly at 10:00 stays at 10:00 across the autumn DST change (UTC moves an hour)', () => {
  const out = expandRule(at(2026, 10, 13, 10), 'FREQ=WEEKLY;BYDAY=TU', [], win('2026-10-01T00:00Z', '2026-11-04T00:00Z'));
  assert.deepEqual(utc(out), ['2026-10-13T08:00', '2026-10-20T08:00', '2026-10-27T09:00', '2026-11-03T09:00']);
  assert.ok(out.every((o) => toWall(o.startMs).hour === 10));
});

test('a time in the spring-forward gap moves to 03:30 CEST that day only (RFC 5545 3.3.5)', () => {
  const out = expandRule(at(2027, 3, 21, 2, 30), 'FREQ=WEEKLY;COUNT=3', [], win('2027-03-01T00:00Z', '2027-05-01T00:00Z'));
  assert.deepEqual(utc(out), ['2027-03-21T01:30', '2027-03-28T01:30', '2027-04-04T00:30']);
  assert.deepEqual(out.map((o) => `${toWall(o.startMs).hour}:${toWall(o.startMs).minute}`), ['2:30', '3:30', '2:30']);
});

test('monthly on the 2nd Tuesday and the last Friday', () => {
  assert.deepEqual(dates(expandRule(at(2026, 11, 10, 19), 'FREQ=MONTHLY;BYDAY=2TU', [], win('2026-11-01T00:00Z', '2027-03-01T00:00Z'))), [
    '2026-11-10',
    '2026-12-08',
    '2027-01-12',
    '2027-02-09',
  ]);
  assert.deepEqual(dates(expandRule(at(2026, 11, 27, 14), 'FREQ=MONTHLY;BYDAY=-1FR;COUNT=4', [], win('2026-01-01T00:00Z', '2028-01-01T00:00Z'))), [
    '2026-11-27',
    '2026-12-25',
    '2027-01-29',
    '2027-02-26',
  ]);
  // The 5th Thursday only exists in some months; INTERVAL=2 picks every other month.
  assert.deepEqual(dates(expandRule(at(2026, 1, 29, 10), 'FREQ=MONTHLY;INTERVAL=2;BYDAY=5TH', [], win('2026-01-01T00:00Z', '2027-01-01T00:00Z'))), [
    '2026-01-29',
    '2026-07-30',
  ]);
});

test('BYMONTHDAY: 31 skips short months, -1 is the last day, and with BYDAY both must hold', () => {
  assert.deepEqual(dates(expandRule(at(2026, 1, 31, 10), 'FREQ=MONTHLY;BYMONTHDAY=31;COUNT=4', [], win('2026-01-01T00:00Z', '2027-01-01T00:00Z'))), [
    '2026-01-31',
    '2026-03-31',
    '2026-05-31',
    '2026-07-31',
  ]);
  assert.deepEqual(dates(expandRule(at(2026, 1, 31, 10), 'FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=3', [], win('2026-01-01T00:00Z', '2027-01-01T00:00Z'))), [
    '2026-01-31',
    '2026-02-28',
    '2026-03-31',
  ]);
  assert.deepEqual(dates(expandRule(at(2026, 2, 28, 10), 'FREQ=DAILY;BYMONTHDAY=-1;COUNT=3', [], win('2026-01-01T00:00Z', '2027-01-01T00:00Z'))), [
    '2026-02-28',
    '2026-03-31',
    '2026-04-30',
  ]);
  assert.deepEqual(dates(expandRule(at(2026, 7, 31, 10), 'FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=-1;COUNT=3', [], win('2026-01-01T00:00Z', '2030-01-01T00:00Z'))), [
    '2026-07-31',
    '2027-04-30',
    '2027-12-31',
  ]);
});

test('COUNT counts DTSTART and excluded dates; EXDATE by date-time or by whole day', () => {
  const out = expandRule(at(2026, 12, 1, 10), 'FREQ=WEEKLY;BYDAY=TU,TH;COUNT=6', ['2026-12-03T10:00', '2026-12-10'], win('2026-11-01T00:00Z', '2027-06-01T00:00Z'));
  assert.deepEqual(dates(out), ['2026-12-01', '2026-12-08', '2026-12-15', '2026-12-17']);
  // An EXDATE at another time of day is not this occurrence.
  assert.equal(expandRule(at(2026, 12, 1, 10), 'FREQ=DAILY;COUNT=2', ['2026-12-02T11:00'], win('2026-11-01T00:00Z', '2027-01-01T00:00Z')).length, 2);
});

test('UNTIL as a date includes that day; as local time and as UTC it is exact', () => {
  const w = win('2026-01-01T00:00Z', '2027-01-01T00:00Z');
  assert.deepEqual(dates(expandRule(at(2026, 6, 1, 19, 30), 'FREQ=DAILY;UNTIL=20260603', [], w)), ['2026-06-01', '2026-06-02', '2026-06-03']);
  assert.deepEqual(dates(expandRule(at(2026, 6, 1, 19, 30), 'FREQ=DAILY;UNTIL=20260603T193000', [], w)), ['2026-06-01', '2026-06-02', '2026-06-03']);
  assert.deepEqual(dates(expandRule(at(2026, 6, 1, 19, 30), 'FREQ=DAILY;UNTIL=20260603T192959', [], w)), ['2026-06-01', '2026-06-02']);
  // 19:30 CEST is 17:30 UTC.
  assert.deepEqual(dates(expandRule(at(2026, 6, 1, 19, 30), 'FREQ=DAILY;UNTIL=20260603T173000Z', [], w)), ['2026-06-01', '2026-06-02', '2026-06-03']);
  assert.deepEqual(dates(expandRule(at(2026, 6, 1, 19, 30), 'FREQ=DAILY;UNTIL=20260603T172959Z', [], w)), ['2026-06-01', '2026-06-02']);
});

test('weekly with INTERVAL and WKST: the week a Sunday belongs to decides', () => {
  const w = win('2026-01-01T00:00Z', '2026-02-01T00:00Z');
  assert.deepEqual(dates(expandRule(at(2026, 1, 4, 10), 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,SU;WKST=MO', [], w)), ['2026-01-04', '2026-01-12', '2026-01-18', '2026-01-26']);
  assert.deepEqual(dates(expandRule(at(2026, 1, 4, 10), 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,SU;WKST=SU', [], w)), ['2026-01-04', '2026-01-05', '2026-01-18', '2026-01-19']);
});

test('DTSTART is the first occurrence even when the rule would not pick it', () => {
  assert.deepEqual(dates(expandRule(at(2026, 11, 25, 10), 'FREQ=WEEKLY;BYDAY=MO;COUNT=3', [], win('2026-11-01T00:00Z', '2027-01-01T00:00Z'))), ['2026-11-25', '2026-11-30', '2026-12-07']);
});

test('only the window is expanded, however long the series', () => {
  // Counted, not timed: the daily loop reads the rule's interval once per day it steps.
  let steps = 0;
  const rule = new Proxy(parseRRule('FREQ=DAILY'), {
    get(target, key) {
      if (key === 'interval') steps++;
      return target[key as keyof typeof target];
    },
  });
  const out = expandRule(at(2026, 1, 1, 10), rule, [], win('2150-06-01T00:00Z', '2150-06-08T00:00Z'));
  assert.equal(out.length, 7);
  assert.equal(isoDate(out[0]!.date), '2150-06-01');
  assert.ok(steps < 30, `a far window must not walk 124 years of days (${steps} steps)`);
  const limited = expandRule(at(2026, 1, 1, 10), 'FREQ=DAILY', [], { ...win('2026-01-01T00:00Z', '2027-01-01T00:00Z'), limit: 3 });
  assert.equal(limited.length, 3);
});

test('all-day series start at Amsterdam midnight', () => {
  const out = activityInstances({ start: '2026-10-24', recurrence: { rrule: 'FREQ=DAILY;COUNT=3' } }, win('2026-10-01T00:00Z', '2026-11-01T00:00Z'));
  assert.deepEqual(out.map((o) => o.startMs), [fromWall(2026, 10, 24), fromWall(2026, 10, 25), fromWall(2026, 10, 26)]);
  assert.deepEqual(utc(out), ['2026-10-23T22:00', '2026-10-24T22:00', '2026-10-25T23:00']);
  assert.equal(out[0]!.time, undefined);
});

test('rules outside the subset are refused with a reason; activities then occur once', () => {
  for (const [rule, reason] of [
    ['FREQ=YEARLY', /not supported/],
    ['FREQ=WEEKLY;BYDAY=2TU', /needs FREQ=MONTHLY/],
    ['FREQ=DAILY;COUNT=3;UNTIL=20270101', /cannot both/],
    ['FREQ=MONTHLY;BYMONTHDAY=0', /day of the month/],
    ['INTERVAL=2', /FREQ is missing/],
    ['FREQ=DAILY;BYSETPOS=1', /BYSETPOS is not supported/],
    ['FREQ=DAILY;UNTIL=20270231', /not a date/],
  ] as const) {
    assert.throws(() => parseRRule(rule), (e: unknown) => e instanceof RRuleError && reason.test(e.message), rule);
  }
  const once = activityInstances({ start: '2026-12-01T10:00', recurrence: { rrule: 'FREQ=YEARLY' } }, win('2026-01-01T00:00Z', '2030-01-01T00:00Z'));
  assert.equal(once.length, 1);
});

test('lastStartOf: the end of a bounded series, Infinity for an endless one', () => {
  assert.equal(lastStartOf({ start: '2026-12-01T10:00', recurrence: { rrule: 'FREQ=WEEKLY;COUNT=3' } }), fromWall(2026, 12, 15, 10));
  assert.equal(lastStartOf({ start: '2026-12-01T10:00', recurrence: { rrule: 'FREQ=WEEKLY;UNTIL=20261222' } }), fromWall(2026, 12, 22, 10));
  assert.equal(lastStartOf({ start: '2026-12-01T10:00', recurrence: { rrule: 'FREQ=WEEKLY' } }), Infinity);
  assert.equal(lastStartOf({ start: '2026-12-01T10:00' }), fromWall(2026, 12, 1, 10));
});

test('lastStartBound is never before the last occurrence, without expanding the series', () => {
  const rules = [
    'FREQ=DAILY;COUNT=10',
    'FREQ=DAILY;INTERVAL=3;COUNT=10',
    'FREQ=WEEKLY;COUNT=12',
    'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE,FR;COUNT=30',
    'FREQ=MONTHLY;BYDAY=2TU;COUNT=12',
    'FREQ=MONTHLY;BYDAY=5SU;COUNT=6',
    'FREQ=MONTHLY;BYMONTHDAY=31;COUNT=7',
    'FREQ=MONTHLY;BYMONTHDAY=-1;INTERVAL=2;COUNT=5',
    'FREQ=WEEKLY;UNTIL=20270301',
    'FREQ=WEEKLY;UNTIL=20270301T093000',
    'FREQ=DAILY;UNTIL=20261231T230000Z',
    'FREQ=DAILY',
    'FREQ=YEARLY',
  ];
  for (const rrule of rules) {
    for (const start of ['2026-10-20T10:00', '2026-03-29T02:30', '2026-11-01']) {
      const activity = { start, recurrence: { rrule } };
      assert.ok(lastStartBound(activity) >= lastStartOf(activity), `${rrule} from ${start}`);
    }
  }
  assert.equal(lastStartBound({ start: '2026-10-20T10:00', recurrence: { rrule: 'FREQ=DAILY' } }), Infinity);
});
