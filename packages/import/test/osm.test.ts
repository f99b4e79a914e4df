/**
 * OpenStreetMap opening_hours to a layer, checked against the `opening_hours` package over whole years: every
 * value below is read into a layer and evaluated by Biebkit's hours engine, and by the package itself, for
 * 2026 and 2027 (every open interval of both years, public holidays and both changes of the clocks included).
 * Values outside what the feed can say get a clear error; an OSM export (GeoJSON) fills in branches' hours.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import OpeningHours from 'opening_hours';
import { fromWall, intervalsBetween, isoLocalDateTime, LayerTimeline, type HoursLayer, type Organization } from '@biebkit/feed';
import { osmToHours, readOsm, NOMINATIM_NL } from '../src/osm.js';
import { importFiles } from '../src/import.js';
import { formatProblem } from '../src/problems.js';

const fixtures = new URL('./fixtures/', import.meta.url).pathname;

// The opening_hours package reads the process's time zone: this file runs in Amsterdam. (That Biebkit's engine
// gives the same answers in any zone is tested in packages/feed/test/hours-oracle.test.ts.)
process.env['TZ'] = 'Europe/Amsterdam';

type Iv = [start: string, end: string, state: 'open' | 'unknown'];

/** The package's open intervals of a year (it reads the process's time zone: Amsterdam here). */
function oracle(value: string, year: number): Iv[] {
  assert.equal(new Date(Date.UTC(2026, 6, 1)).getTimezoneOffset(), -120, 'the oracle needs the process in Amsterdam');
  const oh = new OpeningHours(value, NOMINATIM_NL, 0);
  return oh
    .getOpenIntervals(new Date(fromWall(year, 1, 1)), new Date(fromWall(year + 1, 1, 1)))
    .map(([a, b, unknown]): Iv => [isoLocalDateTime(a.getTime()), isoLocalDateTime(b.getTime()), unknown ? 'unknown' : 'open']);
}

/** Seasons that come back every year are written for the year of the import and the next: 2026 and 2027 here. */
const NOW = fromWall(2026, 6, 1);

/** Biebkit's intervals of the same year for the layer the import made. */
function ours(value: string, year: number, organization?: Pick<Organization, 'holidays'>): Iv[] {
  const hours = osmToHours(value, { now: NOW });
  const layer: HoursLayer = {
    id: 'osm',
    kind: 'building',
    weekly: hours.weekly,
    exceptions: hours.exceptions,
    ...(hours.seasons ? { seasons: hours.seasons } : {}),
    ...(hours.holidays ? { holidays: hours.holidays } : {}),
  };
  return intervalsBetween(new LayerTimeline(layer, organization), fromWall(year, 1, 1), fromWall(year + 1, 1, 1)).map(
    (iv): Iv => [isoLocalDateTime(iv.start), isoLocalDateTime(iv.end), iv.state === 'open' ? 'open' : 'unknown'],
  );
}

const CASES: { value: string; note?: string }[] = [
  { value: 'Mo-Fr 10:00-17:30; Sa 10:00-14:00; PH off' },
  { value: 'Mo-Fr 09:00-12:00,13:00-17:00; Sa 10:00-13:00; Su off; PH off' },
  { value: 'Tu-Sa 10:00-17:00, Th 19:00-21:00; PH off', note: 'an additional rule' },
  { value: 'Mo-Sa 08:00-22:00; We 08:00-12:00; PH off', note: 'a later rule overrides a day' },
  { value: 'Mo,We,Fr 13:30-17:30; Tu,Th 10:00-12:30; PH off' },
  { value: 'Sa-Mo 10:00-16:00', note: 'a range across the week end' },
  { value: 'Fr 20:00-02:00; Sa 10:00-12:00; PH off', note: 'past midnight' },
  { value: '24/7', note: 'always open, holidays too' },
  { value: 'Mo-Fr 10:00-17:00; PH off; 2026 Dec 24 10:00-16:00; 2026 Dec 31 10:00-15:00 open "Oudejaarsdag"; 2026 Dec 30 10:00-12:00 "bel aan"; 2027 Jul 26-2027 Aug 08 off; 2027 Jul 28 10:00-12:00', note: 'dated exceptions, a single day inside a closed range' },
  { value: 'Tu-Th 10:00-16:00; PH off; 2026 Mar 02-2026 Mar 08 unknown; 2027 Oct 26 09:00-12:00 unknown', note: 'unknown days' },
  { value: 'Mo-Fr 10:00-16:00; 2027 Dec 25 10:00-12:00; PH off', note: '"PH off" after a dated rule on a holiday wins, as OSM reads in order' },
  // Seasons.
  { value: 'Mo-Fr 10:00-17:30; Sa 10:00-14:00; Jul-Aug Mo-Fr 10:00-16:00 open "zomertijden"; PH off', note: 'summer hours every year; Saturdays as ever' },
  { value: 'Tu-Sa 10:00-17:00; Nov-Mar Sa off; PH off', note: 'a season across the turn of the year' },
  { value: 'Mo-Fr 09:00-17:00; 2027 Jan 11-2027 Mar 31 Mo-Sa 09:00-20:00; PH off', note: 'longer hours from a date, for a period' },
  { value: 'Mo-Fr 10:00-17:00; Jun 15-Sep 15 Mo-Fr 10:00-13:00; 2027 Jul 26-2027 Aug 08 off; PH off', note: 'a season with days, and a closed fortnight inside it' },
  { value: 'Mo-Sa 10:00-17:00; PH off; Apr-Sep Mo-Sa 09:00-18:00', note: 'a season after "PH off" opens its holidays, as OSM reads in order' },
  { value: 'Mo-Fr 10:00-17:00; Jul 20-Aug 16 off; PH off', note: 'closed a month every summer' },
  { value: 'Jul-Aug off; Mo-Fr 10:00-17:00; PH off', note: 'a later weekly rule wins over the season before it' },
  { value: 'Mo-Fr 10:00-17:00; Jul-Aug Mo-Fr 10:00-13:00; Aug Fr off; PH off', note: 'seasons that overlap, cut where they meet' },
];

for (const year of [2026, 2027]) {
  for (const c of CASES) {
    test(`${year}: "${c.value}"${c.note ? ` (${c.note})` : ''} is what the opening_hours package says, the whole year`, () => {
      const expected = oracle(c.value, year);
      // Without "PH off" the value says holidays are ordinary days: an organisation that says so too.
      const organization = /PH off/.test(c.value) ? undefined : { holidays: { rule: 'open' as const } };
      assert.deepEqual(ours(c.value, year, organization), expected);
      assert.ok(expected.length > (c.value === '24/7' ? 0 : 50), 'a year of real opening hours');
    });
  }
}

test('"PH off" with Sunday hours: Biebkit also closes on Easter Sunday and Whit Sunday, and says so', () => {
  const value = 'Mo-Su 10:00-17:00; PH off';
  const hours = osmToHours(value);
  assert.match(hours.notes[0]!.en, /also closes on Easter Sunday and Whit Sunday/);
  const a = oracle(value, 2027);
  const b = ours(value, 2027);
  const days = (ivs: Iv[]) => new Set(ivs.map((iv) => iv[0].slice(0, 10)));
  const onlyOsm = [...days(a)].filter((d) => !days(b).has(d));
  assert.deepEqual(onlyOsm, ['2027-03-28', '2027-05-16']); // Eerste Paasdag, Eerste Pinksterdag
});

test('seasons: weekdays within dates, and periods that come back every year (written for this year and the next, and said so)', () => {
  const summer = osmToHours('Mo-Fr 10:00-17:30; Sa 10:00-14:00; Jul-Aug Mo-Fr 10:00-16:00 open "zomertijden"; PH off', { now: NOW });
  const week = (mofr: string, sa: string) => ({ mo: [mofr], tu: [mofr], we: [mofr], th: [mofr], fr: [mofr], sa: [sa] });
  assert.deepEqual(summer.weekly, week('10:00-17:30', '10:00-14:00'));
  assert.deepEqual(summer.seasons, [
    { label: 'zomertijden', validFrom: '2026-07-01', validThrough: '2026-08-31', weekly: week('10:00-16:00', '10:00-14:00') },
    { label: 'zomertijden', validFrom: '2027-07-01', validThrough: '2027-08-31', weekly: week('10:00-16:00', '10:00-14:00') },
  ]);
  assert.equal(summer.notes[0]!.en, '"Jul-Aug" comes back every year; the feed gives a season its dates: written for 2026 and 2027 (import it again next year, or add the years after in Seizoenen)');
  const spuk = osmToHours('Mo-Fr 09:00-17:00; 2027 Jan 11-2027 Mar 31 Mo-Sa 09:00-20:00; PH off', { now: NOW });
  assert.deepEqual(spuk.seasons, [{ validFrom: '2027-01-11', validThrough: '2027-03-31', weekly: { ...week('09:00-20:00', '09:00-20:00') } }]);
  assert.ok(!spuk.notes.some((n) => /every year/.test(n.en)), 'a dated season is no yearly one');
  // Overlapping seasons are cut where they meet: the feed has no two seasons on one day.
  const cut = osmToHours('Mo-Fr 10:00-17:00; Jul-Aug Mo-Fr 10:00-13:00; Aug Fr off; PH off', { now: NOW });
  assert.deepEqual(cut.seasons!.slice(0, 2).map((x) => [x.validFrom, x.validThrough, x.weekly.fr]), [['2026-07-01', '2026-07-31', ['10:00-13:00']], ['2026-08-01', '2026-08-31', undefined]]);
  // A season after "PH off" opens on the holidays in it, as OSM reads: an exception says so.
  const after = osmToHours('Mo-Sa 10:00-17:00; PH off; Apr-Sep Mo-Sa 09:00-18:00', { now: NOW });
  assert.deepEqual(after.exceptions.find((e) => e.date === '2026-04-27'), { date: '2026-04-27', status: 'open', hours: ['09:00-18:00'] });
});

test('what the feed cannot say is named, and a typo is the package\'s message', async () => {
  const cases: [string, RegExp][] = [
    ['Mo-Fr 10:00-17:00; SH off', /school holidays \(SH\) cannot be said in an OSM value for the feed: give them as a season with Schoolvakanties \(sheet Seizoenen\)/],
    ['Mo-Fr 10:00-17:00; Dec 24 off', /a date that comes back every year \(Dec 24\) cannot be said in the feed: give the year \(2026 Dec 24\), or add it to Uitzonderingen/],
    ['Mo[1] 10:00-12:00', /a weekday of the month \(Mo\[…\]\) cannot be said in the weekly hours/],
    ['Mo-Fr 10:00-17:00; Jul-Aug PH off', /public holidays inside a dated rule cannot be said/],
    ['Mo-Fr 10:00-17:00; Jul-Aug Fr 20:00-02:00', /a season past midnight cannot be said/],
    ['Mo-Fr 10:00-17:00; Jul-Aug Mo-Fr 10:00-16:00 "zomer"', /a comment \("zomer"\) without "open" makes the season's hours unknown in OSM, which weekly hours cannot be: write … open "zomer"/],
    ['week 01-10 Mo 10:00-12:00', /week numbers \(week …\) cannot be said/],
    ['Mo-Fr sunrise-sunset', /times from the sun \(sunrise\) cannot be said/],
    ['Mo-Fr 10:00+', /an open end \(10:00\+\) cannot be said/],
    ['Mo-Fr 10:00-17:00 || "op afspraak"', /fallback rules \(\|\|\) cannot be said/],
    ['Mo-Fr 10:00-17:00 "op afspraak"', /a comment \("op afspraak"\) on the weekly hours cannot be said in the feed: put it in the Label/],
    ['PH 10:00-14:00', /only "PH off" can be said for public holidays/],
    ['Mo-Fr unknown', /weekly hours cannot be "unknown"/],
    ['easter off', /dates from Easter \(easter\) cannot be said/],
  ];
  for (const [value, message] of cases) {
    const r = await readOsm(value);
    assert.ok(!r.ok, value);
    assert.match(r.error.en, message, value);
    assert.ok(r.error.nl.length > 10);
  }
  const typo = await readOsm('Mo-Fx 10:00-17:00');
  assert.ok(!typo.ok);
  assert.match(typo.error.en, /^"Mo-Fx 10:00-17:00" is not valid opening_hours: Mo-F <--- \(Unexpected token: "-"/);
  // What the package reads in its own way is read as it writes it, and the message says so.
  const loose = await readOsm('mo-fr 10-17');
  assert.ok(loose.ok);
  assert.deepEqual(loose.hours.weekly.mo, ['10:00-17:00']);
  assert.equal(loose.hours.notes[0]!.en, 'read as "Mo-Fr 10:00-17:00"');
});

test('an OSM export (GeoJSON from overpass turbo) fills in the hours of the branches it names', async () => {
  const r = await importFiles([
    { name: 'duinstreek.xlsx', bytes: new Uint8Array(readFileSync(`${fixtures}duinstreek.xlsx`)) },
    { name: 'bibliotheken.geojson', bytes: new Uint8Array(readFileSync(`${fixtures}bibliotheken.geojson`)) },
  ]);
  const lines = r.problems.filter((p) => p.place.kind === 'osm' || (p.place.kind === 'sheet' && p.place.file === 'bibliotheken.geojson')).map((p) => `${p.severity} ${formatProblem(p)}`);
  assert.deepEqual(lines, [
    'warning bibliotheken.geojson: 2 object(s) with opening_hours match no branch (by name or address) and were not read: node/4411 ("Bibliotheek Bentveld"), node/4422 ("Bibliotheek Haarlem Centrum")',
    'info bibliotheken.geojson: 1 object(s) without opening_hours',
  ]);
  const zandvoort = r.feed!.branches!.find((b) => b.id === 'zandvoort')!;
  // The building layer (the doors) gets OSM's hours; the staffed layer and the desk keep theirs.
  assert.deepEqual(zandvoort.hours![0]!.weekly, { mo: ['08:30-20:00'], tu: ['08:30-20:00'], we: ['08:30-20:00'], th: ['08:30-20:00'], fr: ['08:30-20:00'], sa: ['10:00-16:00'] });
  assert.deepEqual(zandvoort.hours![0]!.holidays, { rule: 'closed', goodFriday: true, liberationDay: true });
  assert.deepEqual(zandvoort.hours![1]!.weekly, { tu: ['10:00-17:00'], th: ['10:00-12:30', '13:30-17:00'], sa: ['10:00-13:00'] });
  // Matched by its address, not its name.
  const bloemendaal = r.feed!.branches!.find((b) => b.id === 'bloemendaal')!;
  assert.deepEqual(bloemendaal.hours![0]!.weekly, { we: ['13:00-16:30'], sa: ['10:00-12:30'] });
  // A value the feed cannot say is named by the OSM object, in Overpass JSON too.
  const overpass = JSON.stringify({ version: 0.6, generator: 'Overpass API', elements: [{ type: 'node', id: 4400, tags: { name: 'Bibliotheek Zandvoort', opening_hours: 'Mo-Fr 10:00-17:00; SH off' } }] });
  const bad = await importFiles([
    { name: 'duinstreek.xlsx', bytes: new Uint8Array(readFileSync(`${fixtures}duinstreek.xlsx`)) },
    { name: 'overpass.json', bytes: new TextEncoder().encode(overpass) },
  ]);
  assert.deepEqual(bad.problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p)), [
    'overpass.json, node/4400 ("Bibliotheek Zandvoort"): "Mo-Fr 10:00-17:00; SH off": school holidays (SH) cannot be said in an OSM value for the feed: give them as a season with Schoolvakanties (sheet Seizoenen)',
  ]);
});
