/**
 * KPIs counted from the activities (per Wsob function, per municipality, per period): real counts of weekly,
 * monthly and one-off activities, with exception dates, school holidays, cancelled activities and scopes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Feed, Kpi } from '../src/generated/feed-types.js';
import { activityCountTable, countSeries, heldOccurrences, periodKey } from '../src/kpi/derived.js';
import { parseFeed } from '../src/validate.js';
import { fromWall } from '../src/time/amsterdam.js';
import { readKpi } from '../src/kpi/series.js';

const feed: Feed = {
  version: 1,
  organization: {
    id: 'streek',
    name: 'Mijn Streek (test)',
    schoolHolidayRegion: 'zuid',
    municipalities: [
      { id: 'GM0928', name: 'Kerkrade' },
      { id: 'GM0899', name: 'Brunssum' },
    ],
  },
  branches: [
    { id: 'hub', name: 'HuB', kind: 'branch', municipality: 'GM0928' },
    { id: 'brunssum', name: 'Brunssum', kind: 'branch', municipality: 'GM0899' },
  ],
  activities: [
    // Every Tuesday from 6 January 2026, not on 24 March, not in the school holidays (zuid).
    { id: 'taalcafe', title: 'Taalcafé', start: '2026-01-06T14:00', end: '2026-01-06T15:30', branch: 'hub', function: 'development-education', schoolHolidays: 'except', recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=TU', exdates: ['2026-03-24'] } },
    // Second Saturday of the month, from February 2026.
    { id: 'voorlezen', title: 'Voorlezen', start: '2026-02-14T10:30', branch: 'brunssum', function: 'reading-literature', recurrence: { rrule: 'FREQ=MONTHLY;BYDAY=2SA' } },
    { id: 'lezing', title: 'Lezing', start: '2026-11-19T19:30', branch: 'hub', function: 'meeting-debate' },
    { id: 'afgelast', title: 'Afgelast', start: '2026-11-20T19:30', branch: 'hub', function: 'meeting-debate', status: 'cancelled' },
    { id: 'online', title: 'Webinar', start: '2026-11-24T15:30', location: { name: 'Online', online: true, municipality: 'GM0899' }, function: 'meeting-debate' },
    { id: 'toekomst', title: 'Later', start: '2027-03-01T10:00', branch: 'hub', function: 'meeting-debate' },
  ],
};

const NOW = fromWall(2026, 12, 6, 12);
const kpi = (derived: Kpi['derived'], scope?: Kpi['scope']): Kpi => ({ id: 'k', label: 'k', unit: 'count', direction: 'higher', theme: 'literate-society', level: 'output', series: [], derived, ...(scope ? { scope } : {}) });

test('the Taalcafé in Kerkrade: every Tuesday of 2026 up to 6 December, less the school holidays and one exception', () => {
  // Tuesdays from 6 January to 1 December 2026: 48. School holidays zuid: spring 14-22 Feb (17 Feb),
  // may 25 Apr-3 May (28 Apr), summer 11 Jul-23 Aug (14, 21, 28 Jul, 4, 11, 18 Aug), autumn 17-25 Oct (20 Oct):
  // 9 Tuesdays. And 24 March. 48 - 9 - 1 = 38.
  const held = heldOccurrences(feed, NOW);
  assert.equal(held.find((h) => h.activity.id === 'taalcafe')!.dates.length, 38);
  const series = countSeries(kpi({ from: 'activities', function: 'development-education' }, { municipalities: ['GM0928'] }), held, NOW);
  assert.deepEqual(series, [{ period: '2026', value: 38, provisional: true, asOf: '2026-12-06' }]);
});

test('per quarter and per month, zeros kept, the current period provisional; scopes by municipality and branch', () => {
  const held = heldOccurrences(feed, NOW);
  const meeting = countSeries(kpi({ from: 'activities', function: 'meeting-debate', per: 'quarter' }), held, NOW);
  // The lecture (19 Nov) and the webinar (24 Nov); the cancelled one and the one in 2027 do not count.
  assert.deepEqual(meeting, [{ period: '2026-Q4', value: 2, provisional: true, asOf: '2026-12-06' }]);
  const brunssum = countSeries(kpi({ from: 'activities', per: 'month' }, { municipalities: ['GM0899'] }), held, NOW);
  assert.deepEqual(
    brunssum.map((m) => [m.period, m.value]),
    [['2026-02', 1], ['2026-03', 1], ['2026-04', 1], ['2026-05', 1], ['2026-06', 1], ['2026-07', 1], ['2026-08', 1], ['2026-09', 1], ['2026-10', 1], ['2026-11', 2], ['2026-12', 0]],
  );
  assert.equal(brunssum.at(-1)!.provisional, true);
  const byBranch = countSeries(kpi({ from: 'activities', function: 'reading-literature' }, { branches: ['brunssum'] }), held, NOW);
  assert.deepEqual(byBranch, [{ period: '2026', value: 10, provisional: true, asOf: '2026-12-06' }]);
  const since = countSeries(kpi({ from: 'activities', function: 'reading-literature', since: '2026-07-01', per: 'year' }), held, NOW);
  assert.equal(since[0]!.value, 5);
  assert.deepEqual(countSeries(kpi({ from: 'activities', function: 'art-culture' }), held, NOW), [], 'nothing to count: no measurement');
  assert.equal(periodKey({ year: 2026, month: 11, day: 3 }, 'quarter'), '2026-Q4');
});

test('a year later the past year is final and the new one provisional; the table per municipality and function', () => {
  const later = fromWall(2027, 1, 15, 12);
  const series = countSeries(kpi({ from: 'activities', function: 'meeting-debate' }), heldOccurrences(feed, later), later);
  assert.deepEqual(series, [{ period: '2026', value: 2 }, { period: '2027', value: 0, provisional: true, asOf: '2027-01-15' }]);
  assert.deepEqual(activityCountTable(feed, NOW), [
    { municipality: 'GM0899', function: 'meeting-debate', period: '2026', count: 1 },
    { municipality: 'GM0899', function: 'reading-literature', period: '2026', count: 10 },
    { municipality: 'GM0928', function: 'development-education', period: '2026', count: 38 },
    { municipality: 'GM0928', function: 'meeting-debate', period: '2026', count: 1 },
  ]);
});

test('through the validator: a derived KPI is filled in when the feed is read, and reads like any KPI', () => {
  const withKpi = { ...feed, kpis: [{ ...kpi({ from: 'activities', function: 'development-education' }, { municipalities: ['GM0928'] }), id: 'taal-kerkrade', label: 'Activiteiten ontwikkeling en educatie, Kerkrade' }] };
  const r = parseFeed(withKpi, { now: NOW });
  assert.ok(r.ok);
  const k = r.model.feed.kpis![0]!;
  assert.deepEqual(k.series, [{ period: '2026', value: 38, provisional: true, asOf: '2026-12-06' }]);
  assert.deepEqual(k.source, { nl: 'Geteld uit de activiteiten in deze feed', en: 'Counted from the activities in this feed' });
  assert.equal(readKpi(k, { today: { year: 2026, month: 12, day: 6 } }).point?.value, 38);
  assert.deepEqual(r.model.problems, []);
});

test('a published feed keeps the counts of the whole feed: withCountedKpis drops `derived`, and a slice reads them unchanged', async () => {
  const { withCountedKpis } = await import('../src/kpi/derived.js');
  const { scopeFeed } = await import('../src/scope.js');
  const whole = { ...feed, kpis: [kpi({ from: 'activities', function: 'meeting-debate' })] };
  const parsed = parseFeed(structuredClone(whole), { now: NOW });
  assert.ok(parsed.ok);
  const counted = withCountedKpis(parsed.model.feed);
  assert.equal(counted.kpis![0]!.derived, undefined);
  assert.deepEqual(counted.kpis![0]!.series.map((m) => [m.period, m.value]), [['2026', 2]]);
  assert.ok(parsed.model.feed.kpis![0]!.derived, 'the model itself is left as it was');
  // Brunssum's slice holds only the webinar, yet shows the organisation's count, with no warning.
  const slice = parseFeed(JSON.stringify(scopeFeed(counted, 'GM0899')), { now: NOW });
  assert.ok(slice.ok);
  assert.deepEqual(slice.model.problems, []);
  assert.deepEqual(slice.model.feed.kpis![0]!.series.map((m) => [m.period, m.value]), [['2026', 2]]);
  assert.equal(withCountedKpis(feed), feed, 'a feed without derived KPIs is returned as it is');
});

test('reading a feed expands only the activities a derived KPI counts, and counts the same', () => {
  const kpis = [
    { ...kpi({ from: 'activities', function: 'reading-literature' }), id: 'lezen' },
    { ...kpi({ from: 'activities', function: 'meeting-debate' }, { municipalities: ['GM0899'] }), id: 'debat-brunssum' },
  ];
  const wanted = ['voorlezen', 'online'];
  const narrowed = heldOccurrences(feed, NOW, (c) => wanted.includes(c.activity.id));
  assert.deepEqual(narrowed.map((h) => h.activity.id), wanted);
  const parsed = parseFeed({ ...feed, kpis }, { now: NOW });
  assert.ok(parsed.ok);
  if (!parsed.ok) return;
  const all = heldOccurrences(feed, NOW);
  for (const k of kpis) assert.deepEqual(parsed.model.feed.kpis!.find((x) => x.id === k.id)!.series, countSeries(k, all, NOW), k.id);
  // Voorlezen: second Saturdays from February to November 2026 (10); the webinar in Brunssum (1).
  assert.deepEqual(parsed.model.feed.kpis!.map((k) => k.series.at(-1)!.value), [10, 1]);
});
