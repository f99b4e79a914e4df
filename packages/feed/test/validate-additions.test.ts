/**
 * Validation of the parts added to version 1: a wrong part is left out on its own with its JSON Pointer and
 * the rest of the item is kept; the checks the schema cannot make; and every feed that was valid before reads
 * exactly as before.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseFeed } from '../src/validate.js';
import { fromWall } from '../src/time/amsterdam.js';
import type { FeedModel } from '../src/types.js';

const NOW = fromWall(2027, 6, 14, 12);
const fixture = () => JSON.parse(readFileSync(new URL('../../../test/fixtures/additions-feed.json', import.meta.url), 'utf8'));
const mini = () => JSON.parse(readFileSync(new URL('../../../test/fixtures/mini-feed.json', import.meta.url), 'utf8'));

function read(feed: unknown, now = NOW): FeedModel {
  const r = parseFeed(feed, { now });
  assert.ok(r.ok, r.ok ? '' : r.error.message);
  return r.model;
}
const messages = (m: FeedModel) => Object.fromEntries(m.problems.map((p) => [p.path, p.message]));

test('the additions fixture reads without a problem; the old fixtures read as before', () => {
  assert.deepEqual(read(fixture()).problems, []);
  assert.deepEqual(read(mini()).problems, []);
  for (const name of ['hours-feed', 'kpi-feed', 'activities-basic', 'partial-feed']) {
    const text = readFileSync(new URL(`../../../test/fixtures/${name}.json`, import.meta.url), 'utf8');
    const r = parseFeed(text, { now: NOW });
    assert.ok(r.ok, name);
    // partial-feed is wrong on purpose: the same problems as before the additions, no new ones.
    assert.ok(r.model.problems.every((p) => !/school-holiday|BYDAY|matches no occurrence/.test(p.message)), `${name}: ${JSON.stringify(r.model.problems)}`);
  }
});

test('a wrong new part is left out on its own, named by its pointer; the branch, KPI or activity stays', () => {
  const f = fixture();
  const plein = f.branches[0];
  plein.facilities.studyPlaces = 'veertig';
  plein.hours[1].seasons.push({ label: 'kapot', validFrom: '2027-13-01', weekly: {} });
  plein.hours[1].seasons.push({ label: 'geen datum', weekly: {} });
  plein.hours[2].byAppointment = { th: ['9-12'] };
  f.branches[3].stops[1].weekly = 'dinsdag';
  f.organization.closures.push({ date: '24-12-2027' });
  f.organization.schoolHolidayRegion = 'oost';
  f.kpis[1].series[1].asOf = 'juni';
  f.kpis[0].scope.region = 42;
  const a = f.activities[2];
  a.image = { url: 'https://bieb-extra.example.nl/x.jpg' };
  a.performers.push({ naam: 'X' });
  a.attendanceMode = 'hybride';
  a.registration.placesLeft = -1;
  const m = read(f);
  const at = messages(m);
  assert.equal(at['/branches/0/facilities/studyPlaces'], 'must be an integer; this facility left out');
  assert.equal(at['/branches/0/hours/1/seasons/1/validFrom'], 'must be a date YYYY-MM-DD; the season left out');
  assert.equal(at['/branches/0/hours/1/seasons/2'], 'missing required field "validFrom"; the season left out');
  assert.equal(at['/branches/0/hours/2/byAppointment/th/0'], 'must be an interval HH:MM-HH:MM; the appointment hours left out');
  assert.equal(at['/branches/3/stops/1/weekly'], 'must be an object; the stop left out');
  assert.equal(at['/organization/closures/2/date'], 'must be a date YYYY-MM-DD; the closure left out');
  assert.equal(at['/organization/schoolHolidayRegion'], 'must be one of "noord", "midden", "zuid"; the school-holiday region left out');
  assert.equal(at['/kpis/1/series/1/asOf'], 'must be a date YYYY-MM-DD; the as-of date left out');
  assert.equal(at['/kpis/0/scope/region'], 'must be a string; the region left out');
  assert.equal(at['/activities/2/image'], 'missing required field "alt"; the image left out');
  assert.equal(at['/activities/2/performers/1'], 'missing required field "name"; the performer left out');
  assert.equal(at['/activities/2/attendanceMode'], 'must be one of "offline", "online", "mixed"; the attendance mode left out');
  assert.equal(at['/activities/2/registration/placesLeft'], 'must be >= 0; the places left left out');
  // Everything else is still there.
  const feed = m.feed;
  assert.equal(feed.branches!.length, 4);
  assert.equal(feed.branches![0]!.facilities!.studyPlaces, undefined);
  assert.equal(feed.branches![0]!.facilities!.hearingLoop, true);
  assert.deepEqual(feed.branches![0]!.hours![1]!.seasons!.map((s) => s.id), ['zomer']);
  assert.equal(feed.branches![0]!.hours![2]!.byAppointment, undefined);
  assert.deepEqual(feed.branches![3]!.stops!.map((s) => s.id), ['ruinerwold', 'koekange']);
  assert.equal(feed.organization.closures!.length, 2);
  assert.equal(feed.organization.schoolHolidayRegion, undefined);
  assert.equal(feed.kpis!.length, 3);
  assert.equal(feed.kpis![1]!.series[1]!.asOf, undefined);
  const lezing = feed.activities!.find((x) => x.id === 'lezing')!;
  assert.deepEqual([lezing.image, lezing.attendanceMode, lezing.performers?.length, lezing.registration?.capacity], [undefined, undefined, 1, 60]);
  assert.equal(m.problems.every((p) => p.severity === 'warning'), true);
});

test('what the schema cannot check: real dates, periods, moved fields, places left, online links', () => {
  const f = fixture();
  f.branches[0].hours[1].seasons.push({ validFrom: '2027-09-01', validThrough: '2027-08-01', weekly: {} });
  f.branches[0].hours[1].seasons.push({ validFrom: '2027-02-30', weekly: {} });
  f.branches[0].hours[2].byAppointment = { tu: ['15:00-17:00'] };
  f.organization.closures.push({ date: '2027-03-10', until: '2027-03-01' }, { date: '2027-03-10', branches: ['nergens'] });
  f.branches[3].stops.push({ id: 'ruinerwold', name: 'Dubbel', weekly: {} });
  f.branches[1].stops = [{ id: 's', name: 'S', weekly: { mo: ['10:00-11:00'] }, municipality: 'GM0001' }];
  f.activities[3].previousStart = '2027-06-12T13:00';
  f.activities[2].registration.placesLeft = 80;
  f.activities[4].onlineUrl = undefined;
  delete f.activities[4].location;
  f.activities[2].previousStart = '2027-02-30T20:00';
  f.kpis[2].series = [{ period: '2026', value: 3 }];
  f.kpis[2].unit = 'percent';
  const at = messages(read(f));
  assert.equal(at['/branches/0/hours/1/seasons/1/validThrough'], 'the season ends (2027-08-01) before it starts (2027-09-01); ignored');
  assert.equal(at['/branches/0/hours/1/seasons/2/validFrom'], '2027-02-30 is not a real date; season ignored');
  assert.equal(at['/branches/0/hours/2/byAppointment/tu'], 'appointment hours overlap the open hours of tu; the open hours win there');
  assert.equal(at['/organization/closures/2'], 'the closure ends (2027-03-01) before it starts (2027-03-10); ignored');
  assert.equal(at['/organization/closures/3/branches/0'], 'branch "nergens" does not exist (or was left out)');
  assert.equal(at['/branches/3/stops/3/id'], 'duplicate stop id "ruinerwold"; this stop left out');
  assert.equal(at['/branches/1/stops'], 'stops are for a mobile library, and this branch\'s kind is "branch"; shown anyway');
  assert.equal(at['/branches/1/stops/0/municipality'], 'municipality GM0001 is not among the organisation\'s municipalities');
  assert.equal(at['/activities/3/previousStart'], 'only a moved activity ("status": "moved") has a previous date or place; ignored');
  assert.equal(at['/activities/2/previousStart'], '2027-02-30T20:00 is not a real date or time; ignored');
  assert.equal(at['/activities/2/registration/placesLeft'], '80 places left is more than the capacity of 60; shown as 60');
  assert.equal(at['/activities/4/attendanceMode'], 'an online activity needs "onlineUrl", where to join; search engines leave it out without one');
  assert.equal(at['/kpis/2/series'], 'this KPI is counted from the activities; the measurements typed in are ignored');
  assert.equal(at['/kpis/2/unit'], 'a count of activities has unit "count", not "percent"; shown as a count');
});

test('school holidays: a region is needed, and the data must cover the dates the feed refers to', () => {
  const f = fixture();
  delete f.organization.schoolHolidayRegion;
  const at = messages(read(f));
  assert.match(at['/activities/0/schoolHolidays']!, /^no school-holiday region: set organization\.schoolHolidayRegion/);
  // Kerkrade has its own region (zuid), so a school-holiday season there needs nothing else.
  const g = fixture();
  g.branches[2].hours[0].seasons.push({ schoolHolidays: true, weekly: {} });
  g.activities[0].recurrence.rrule = 'FREQ=WEEKLY;BYDAY=WE';
  const later = messages(read(g, fromWall(2027, 7, 1, 12)));
  assert.equal(
    later['/activities/0/schoolHolidays'],
    'the school-holiday data of this Biebkit covers 2024-07-01 to 2027-08-31, but this activity runs from 2027-01-06 to 2027-10-01: outside those years no day counts as a school holiday (update Biebkit)',
  );
  assert.match(later['/branches/2/hours/0/seasons/1/schoolHolidays']!, /covers 2024-07-01 to 2027-08-31, but this season runs from 2027-07-01 to 2027-10-01/);
  assert.equal(messages(read(g, fromWall(2027, 3, 1, 12)))['/activities/0/schoolHolidays'], undefined, 'in March the coming quarter is covered');
});

test('recurrence: a start that is not a day of the rule, and exception dates that remove nothing', () => {
  const f = mini();
  f.activities = [
    { id: 'a', title: 'Woensdag', start: '2026-11-04T10:00', recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=TU' } },
    { id: 'b', title: 'Tweede dinsdag', start: '2026-11-03T10:00', recurrence: { rrule: 'FREQ=MONTHLY;BYDAY=2TU' } },
    { id: 'c', title: 'Goed', start: '2026-11-10T10:00', recurrence: { rrule: 'FREQ=MONTHLY;BYDAY=2TU', exdates: ['2026-12-08', '2026-12-09', '2027-01-12T10:00', '2027-01-12T11:00'] } },
    { id: 'd', title: 'Vijftiende', start: '2026-11-14', recurrence: { rrule: 'FREQ=MONTHLY;BYMONTHDAY=15' } },
  ];
  const at = messages(read(f, fromWall(2026, 11, 1)));
  assert.equal(at['/activities/0/recurrence/rrule'], 'BYDAY=TU, but the start 2026-11-04 is a WE: the series still starts on that day, then follows the rule');
  assert.equal(at['/activities/1/recurrence/rrule'], 'BYDAY=2TU, but the start 2026-11-03 is a TU: the series still starts on that day, then follows the rule');
  assert.equal(at['/activities/3/recurrence/rrule'], 'BYMONTHDAY=15, but the start 2026-11-14 is a SA: the series still starts on that day, then follows the rule');
  assert.equal(at['/activities/2/recurrence/rrule'], undefined);
  assert.equal(at['/activities/2/recurrence/exdates/0'], undefined, 'the second Tuesday of December');
  assert.equal(at['/activities/2/recurrence/exdates/1'], '2026-12-09 matches no occurrence of this series (the nearest is 2026-12-08T10:00); it removes nothing');
  assert.equal(at['/activities/2/recurrence/exdates/2'], undefined);
  assert.equal(at['/activities/2/recurrence/exdates/3'], '2027-01-12T11:00 matches no occurrence of this series (the nearest is 2027-01-12T10:00); it removes nothing');
  assert.equal(read(f).feed.activities!.length, 4, 'warnings only: every activity is shown');
});

test('a regional scope may name municipalities outside the organisation', () => {
  const f = fixture();
  assert.equal(messages(read(f))['/kpis/0/scope/municipalities/0'], undefined);
  delete f.kpis[0].scope.region;
  assert.equal(messages(read(f))['/kpis/0/scope/municipalities/0'], "municipality GM0917 is not among the organisation's municipalities");
});
