import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, dayNumber, daysInMonth, fromDayNumber, fromWall, isInDstGap, isRealDate, isoLocalDateTime, offsetAt, parseDate, parseLocalDateTime, toWall, weekdayOf } from '../src/time/amsterdam.js';

test('offsets: CET in winter, CEST in summer, switching at 01:00 UTC on the last Sundays of March and October', () => {
  assert.equal(offsetAt(Date.UTC(2026, 0, 15, 12)), 60);
  assert.equal(offsetAt(Date.UTC(2026, 6, 15, 12)), 120);
  assert.equal(offsetAt(Date.UTC(2026, 2, 29, 0, 59)), 60);
  assert.equal(offsetAt(Date.UTC(2026, 2, 29, 1, 0)), 120);
  assert.equal(offsetAt(Date.UTC(2026, 9, 25, 0, 59)), 120);
  assert.equal(offsetAt(Date.UTC(2026, 9, 25, 1, 0)), 60);
});

test('wall clock round trips every 15 minutes through 2026, gap and overlap excepted', () => {
  let checked = 0;
  for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 15 * 60_000) {
    const w = toWall(t);
    const back = fromWall(w.year, w.month, w.day, w.hour, w.minute);
    const inOverlap = w.month === 10 && w.day === 25 && w.hour === 2;
    if (!inOverlap) assert.equal(back, t, new Date(t).toISOString());
    checked++;
  }
  assert.equal(checked, 365 * 96);
});

test('the spring gap moves forward, the autumn overlap takes the earlier hour', () => {
  assert.equal(new Date(fromWall(2026, 3, 29, 2, 30)).toISOString(), '2026-03-29T01:30:00.000Z');
  assert.equal(isoLocalDateTime(fromWall(2026, 3, 29, 2, 30)), '2026-03-29T03:30');
  assert.equal(new Date(fromWall(2026, 10, 25, 2, 30)).toISOString(), '2026-10-25T00:30:00.000Z');
  assert.ok(isInDstGap(2026, 3, 29, 2, 30));
  assert.ok(!isInDstGap(2026, 3, 29, 3, 0));
  assert.ok(!isInDstGap(2026, 10, 25, 2, 30));
});

test('weekday and day arithmetic do not depend on the visitor zone', () => {
  assert.equal(weekdayOf({ year: 2026, month: 11, day: 21 }), 5); // Saturday
  assert.equal(toWall(Date.UTC(2026, 10, 21, 23, 30)).weekday, 6); // 00:30 Sunday in Amsterdam
  assert.deepEqual(addDays({ year: 2026, month: 12, day: 31 }, 1), { year: 2027, month: 1, day: 1 });
  assert.deepEqual(addDays({ year: 2028, month: 2, day: 28 }, 1), { year: 2028, month: 2, day: 29 });
});

test('dates that do not exist are refused', () => {
  assert.equal(parseDate('2026-02-30'), undefined);
  assert.equal(parseDate('2026-13-01'), undefined);
  assert.ok(parseDate('2028-02-29'));
  assert.ok(!isRealDate(2027, 2, 29));
  assert.equal(parseLocalDateTime('2026-11-21T24:00'), undefined);
  assert.deepEqual(parseLocalDateTime('2026-11-21T09:05'), { year: 2026, month: 11, day: 21, hour: 9, minute: 5, second: 0 });
});

test('daysInMonth matches the platform calendar for 1900-2100, leap years included', () => {
  for (let year = 1900; year <= 2100; year++) {
    for (let month = 1; month <= 12; month++) {
      assert.equal(daysInMonth(year, month), new Date(Date.UTC(year, month, 0)).getUTCDate(), `${year}-${month}`);
    }
  }
  assert.equal(daysInMonth(2000, 2), 29);
  assert.equal(daysInMonth(1900, 2), 28);
});

test('isInDstGap agrees with a round trip through the wall clock at every quarter hour of 2024-2027', () => {
  let gaps = 0;
  for (let d = { year: 2024, month: 1, day: 1 }; d.year < 2028; d = addDays(d, 1)) {
    for (let minute = 0; minute < 1440; minute += 15) {
      const hour = Math.floor(minute / 60);
      const w = toWall(fromWall(d.year, d.month, d.day, hour, minute % 60));
      const slow = w.hour !== hour || w.minute !== minute % 60 || w.day !== d.day;
      assert.equal(isInDstGap(d.year, d.month, d.day, hour, minute % 60), slow, `${d.year}-${d.month}-${d.day} ${hour}:${minute % 60}`);
      if (slow) gaps++;
    }
  }
  assert.equal(gaps, 4 * 4, 'one hour (four quarters) a year');
});

test('day numbers, dates and wall clocks agree with the platform calendar from year 1 to 9999', () => {
  // The calendar arithmetic is integer maths (no Date objects): check it against Date across the range.
  for (let n = -719_162; n <= 2_932_896; n += 97) {
    const t = new Date(n * 86_400_000);
    const d = fromDayNumber(n);
    assert.deepEqual(d, { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() }, `day ${n}`);
    assert.equal(dayNumber(d), n);
    assert.equal(weekdayOf(d), (t.getUTCDay() + 6) % 7);
  }
  for (let t = Date.UTC(1969, 11, 20, 5, 7, 9); t < Date.UTC(2031, 0, 1); t += 7_777_777) {
    const w = toWall(t);
    const local = new Date(t + offsetAt(t) * 60_000);
    assert.deepEqual(w, {
      year: local.getUTCFullYear(),
      month: local.getUTCMonth() + 1,
      day: local.getUTCDate(),
      hour: local.getUTCHours(),
      minute: local.getUTCMinutes(),
      second: local.getUTCSeconds(),
      weekday: (local.getUTCDay() + 6) % 7,
    }, new Date(t).toISOString());
  }
});

test('offsets agree with the platform time zone data at every hour of 2024-2027 and around the changes of 1977-2037', () => {
  const zone = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Amsterdam', hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' });
  const platform = (t: number) => {
    const p = Object.fromEntries(zone.formatToParts(t).filter((x) => x.type !== 'literal').map((x) => [x.type, Number(x.value)]));
    return (Date.UTC(p['year']!, p['month']! - 1, p['day']!, p['hour']!, p['minute']!) - t) / 60_000;
  };
  for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2028, 0, 1); t += 3_600_000) assert.equal(offsetAt(t), platform(t), new Date(t).toISOString());
  // Each March, April, September and October 1977-2037 hour by hour: every change since DST came back.
  for (let year = 1977; year <= 2037; year++) {
    for (const month of [2, 3, 8, 9]) {
      for (let t = Date.UTC(year, month, 1); t < Date.UTC(year, month + 1, 1); t += 3_600_000) {
        assert.equal(offsetAt(t + 1_800_000), platform(t + 1_800_000), new Date(t).toISOString());
      }
    }
  }
});
