/**
 * The hours engine against an independent oracle: the same hours written as OpenStreetMap
 * `opening_hours` strings and evaluated by the `opening_hours` npm package (a dev dependency only),
 * compared every 15 minutes of 2026 and 2027, DST weeks and Dutch holidays included: the state, the
 * next change, and every interval of the year.
 *
 * The oracle reads the process's own time zone, so it runs with TZ=Europe/Amsterdam; the engine is then
 * run with the process in New York and in Tokyo, to show its answers do not depend on the visitor's zone.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import OpeningHours from 'opening_hours';
import type { HolidayRule, HoursLayer } from '../src/generated/feed-types.js';
import { LayerTimeline, intervalsBetween, nextChange, stateAt, type HoursState } from '../src/hours/engine.js';
import { fromWall, isoLocalDateTime, offsetAt, toWall } from '../src/time/amsterdam.js';

const NOMINATIM = { lat: 52.37, lon: 4.89, address: { country_code: 'nl', state: 'Noord-Holland' } };
const STEP = 15 * 60_000;

interface Case {
  name: string;
  layer: HoursLayer;
  organization?: { holidays?: HolidayRule };
  osm: string;
}

const CASES: Case[] = [
  {
    name: 'staffed branch, default holiday rule (closed; open on Good Friday and 5 May), touching and overlapping intervals, Christmas Eve, a closed range with one open day inside',
    layer: {
      id: 'bemand',
      kind: 'staffed',
      weekly: {
        mo: ['13:00-17:00'],
        tu: ['10:00-12:30', '12:30-13:00', '13:00-17:00'],
        we: ['10:00-17:00'],
        th: ['10:00-17:00'],
        fr: ['10:00-17:00'],
        sa: ['10:00-13:00', '11:00-14:00'],
      },
      exceptions: [
        { date: '2026-12-24', status: 'open', hours: ['10:00-16:00'], note: 'Kerstavond' },
        { date: '2026-12-31', status: 'open', hours: ['10:00-16:00'], note: 'Oudejaarsdag' },
        { date: '2027-12-24', status: 'open', hours: ['10:00-16:00'], note: 'Kerstavond' },
        { date: '2027-12-31', status: 'open', hours: ['10:00-16:00'], note: 'Oudejaarsdag' },
        { date: '2026-07-27', until: '2026-08-02', status: 'closed', note: 'Zomersluiting' },
        { date: '2026-07-29', status: 'open', hours: ['10:00-12:00'] },
      ],
    },
    osm:
      'Mo 13:00-17:00; Tu-Fr 10:00-17:00; Sa 10:00-14:00; PH off; easter -2 days 10:00-17:00; ' +
      'May 05 Mo 13:00-17:00; May 05 Tu-Fr 10:00-17:00; May 05 Sa 10:00-14:00; ' +
      '2026 Dec 24 10:00-16:00; 2026 Dec 31 10:00-16:00; 2027 Dec 24 10:00-16:00; 2027 Dec 31 10:00-16:00; ' +
      '2026 Jul 27-2026 Aug 02 off; 2026 Jul 29 10:00-12:00',
  },
  {
    name: 'self-service building open every day 08:00-22:00, closed on all holidays incl. Good Friday and Liberation Day (organisation rule)',
    layer: { id: 'gebouw', kind: 'building', selfService: true, weekly: { mo: ['08:00-22:00'], tu: ['08:00-22:00'], we: ['08:00-22:00'], th: ['08:00-22:00'], fr: ['08:00-22:00'], sa: ['08:00-22:00'], su: ['08:00-22:00'] } },
    organization: { holidays: { goodFriday: true, liberationDay: true } },
    osm: 'Mo-Su 08:00-22:00; PH off; easter off; easter +49 days off',
  },
  {
    name: 'intervals ending at 24:00 and running on after midnight, a 24-hour Sunday across both DST switches, holidays open (layer rule)',
    layer: {
      id: 'nacht',
      kind: 'building',
      weekly: { fr: ['18:00-24:00'], sa: ['00:00-02:00', '10:00-12:00'], su: ['00:00-24:00'], mo: ['00:00-01:00'] },
      holidays: { rule: 'open' },
    },
    organization: { holidays: { rule: 'closed', goodFriday: true } },
    osm: 'Fr 18:00-24:00; Sa 00:00-02:00,10:00-12:00; Su 00:00-24:00; Mo 00:00-01:00',
  },
  {
    name: 'the DST night itself: Sunday hours around 02:00-03:00, layer closes on Good Friday only (liberationDay false)',
    layer: {
      id: 'dst',
      kind: 'desk',
      service: 'other',
      weekly: { mo: ['09:00-17:00'], tu: ['09:00-17:00'], we: ['09:00-17:00'], th: ['09:00-17:00'], fr: ['09:00-17:00'], su: ['01:30-02:30', '02:45-03:30'] },
      holidays: { goodFriday: true, liberationDay: false },
    },
    osm: 'Mo-Fr 09:00-17:00; Su 01:30-02:30,02:45-03:30; PH off; easter off; easter +49 days off; May 05 Mo-Fr 09:00-17:00',
  },
  {
    name: 'unknown and by-appointment exceptions (whole days, hours, ranges)',
    layer: {
      id: 'ido',
      kind: 'desk',
      service: 'ido',
      weekly: { tu: ['10:00-16:00'], we: ['10:00-16:00'], th: ['10:00-16:00'] },
      exceptions: [
        { date: '2026-03-02', until: '2026-03-08', status: 'unknown' },
        { date: '2026-06-10', status: 'appointment', hours: ['10:00-12:00'] },
        { date: '2027-01-04', until: '2027-01-08', status: 'appointment' },
        { date: '2027-10-26', status: 'unknown', hours: ['09:00-11:00', '10:30-12:00'] },
      ],
    },
    osm:
      'Tu-Th 10:00-16:00; PH off; May 05 Tu-Th 10:00-16:00; 2026 Mar 02-2026 Mar 08 unknown; 2026 Jun 10 10:00-12:00 unknown; ' +
      '2027 Jan 04-2027 Jan 08 unknown; 2027 Oct 26 09:00-12:00 unknown',
  },
];

type Simple = 'open' | 'closed' | 'unknown';
const simple = (s: HoursState): Simple => (s === 'appointment' ? 'unknown' : s);

interface OracleYear {
  ticks: Simple[];
  intervals: [number, number, Simple][];
  sampledNext: [number, number | undefined][];
}

function withTz<T>(tz: string, fn: () => T): T {
  const before = process.env['TZ'];
  process.env['TZ'] = tz;
  try {
    return fn();
  } finally {
    process.env['TZ'] = before;
  }
}

function oracleYear(osm: string, from: number, to: number): OracleYear {
  return withTz('Europe/Amsterdam', () => {
    assert.equal(new Date(Date.UTC(2026, 6, 1)).getTimezoneOffset(), -120, 'the oracle needs the process in Amsterdam');
    const oh = new OpeningHours(osm, NOMINATIM, 0);
    const ticks: Simple[] = [];
    for (let t = from; t < to; t += STEP) {
      ticks.push(oh.getStateString(new Date(t), true) as Simple);
    }
    const intervals = oh
      .getOpenIntervals(new Date(from), new Date(to))
      .map(([a, b, unknown]): [number, number, Simple] => [a.getTime(), b.getTime(), unknown ? 'unknown' : 'open']);
    const sampledNext: [number, number | undefined][] = [];
    for (let t = from; t < to; t += 97 * STEP) sampledNext.push([t, oh.getNextChange(new Date(t), new Date(to + 40 * 86_400_000))?.getTime()]);
    return { ticks, intervals, sampledNext };
  });
}

/** The oracle's next change after t, from its merged intervals (boundaries where the state differs). */
function changesOf(intervals: [number, number, Simple][]): number[] {
  const points: number[] = [];
  intervals.forEach(([a, b, s], i) => {
    const prev = intervals[i - 1];
    if (!prev || prev[1] !== a || prev[2] !== s) points.push(a);
    const next = intervals[i + 1];
    if (!next || next[0] !== b || next[2] !== s) points.push(b);
  });
  return [...new Set(points)].sort((x, y) => x - y);
}

/** The second pass of the repeated autumn hour: Amsterdam at UTC+1 with a wall clock of 02:xx. */
function isRepeatedHour(t: number): boolean {
  return offsetAt(t) === 60 && toWall(t).hour === 2 && offsetAt(t - 3_600_000) === 120;
}

function stateIn(intervals: [number, number, Simple][], t: number): Simple {
  return intervals.find(([a, b]) => t >= a && t < b)?.[2] ?? 'closed';
}

const fmt = (t: number | undefined) => (t === undefined ? 'none' : `${isoLocalDateTime(t)} (${new Date(t).toISOString()})`);

for (const year of [2026, 2027]) {
  for (const c of CASES) {
    test(`${year}: ${c.name}`, () => {
      const from = fromWall(year, 1, 1);
      const to = fromWall(year + 1, 1, 1);
      const oracle = oracleYear(c.osm, from, to);
      const tickCount = Math.round((to - from) / STEP);
      assert.equal(oracle.ticks.length, tickCount);
      // A year has 35,040 quarter hours; the DST switches do not change that (the day of the switch has 92 or 100).
      assert.equal(tickCount, (year % 4 === 0 ? 366 : 365) * 96);
      const changes = changesOf(oracle.intervals).filter((p) => p > from && p < to);

      for (const tz of ['America/New_York', 'Asia/Tokyo']) {
        withTz(tz, () => {
          const tl = new LayerTimeline(structuredClone(c.layer), c.organization);
          let mismatches = 0;
          let oracleSelfContradictions = 0;
          let ci = 0;
          for (let i = 0, t = from; i < tickCount; i++, t += STEP) {
            const ours = simple(stateAt(tl, t));
            let expectedState = oracle.ticks[i];
            if (ours !== expectedState && isRepeatedHour(t)) {
              // In the hour that occurs twice (02:00-03:00 on the last Sunday of October, second pass) the
              // oracle's getState contradicts its own getOpenIntervals; there its intervals are the reference.
              expectedState = stateIn(oracle.intervals, t);
              oracleSelfContradictions++;
            }
            if (ours !== expectedState && mismatches++ < 5) {
              assert.fail(`${tz}: at ${fmt(t)} the engine says ${ours}, the oracle ${expectedState}`);
            }
            while (ci < changes.length && changes[ci]! <= t) ci++;
            const expected = changes[ci];
            if (expected !== undefined) {
              const next = nextChange(tl, t, { horizonDays: 30 });
              assert.equal(next?.at, expected, `${tz}: next change after ${fmt(t)}: engine ${fmt(next?.at)}, oracle ${fmt(expected)}`);
            }
          }
          // Only the one repeated hour of each year may need the exemption above: 4 quarter hours at most.
          assert.ok(oracleSelfContradictions <= 4, `${oracleSelfContradictions} exemptions`);
          const ours = intervalsBetween(tl, from, to).map((iv): [number, number, Simple] => [iv.start, iv.end, simple(iv.state)]);
          assert.deepEqual(ours, oracle.intervals, `${tz}: the year's intervals`);
          for (const [t, expected] of oracle.sampledNext) {
            if (expected === undefined || expected >= to) continue;
            assert.equal(nextChange(tl, t)?.at, expected, `${tz}: getNextChange after ${fmt(t)}`);
          }
        });
      }
      // The sweep saw real variety, not a year of "closed".
      assert.ok(oracle.ticks.includes('open') && oracle.ticks.includes('closed'), 'both open and closed occur');
    });
  }
}
