/**
 * The hours engine: holiday dates 2024-2030 against known dates (and the `opening_hours` package's own
 * Dutch list), holiday rules, DST days, the status in Dutch and English, hours per week, schema.org
 * output, independence from the process's time zone, and the time to answer "open now" for 1,300 branches.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import OpeningHours from 'opening_hours';
import type { Branch, Feed, HoursLayer } from '../src/generated/feed-types.js';
import {
  BranchHours,
  LayerTimeline,
  closingHoliday,
  describeDay,
  describeStatus,
  dutchHolidays,
  easterSunday,
  hoursBetween,
  instantOf,
  layerLabel,
  libraryJsonLd,
  mergeSegments,
  nextChange,
  parseInterval,
  resolveHolidayRule,
  stateAt,
  weeklyPatternHours,
  dayIntervals,
} from '../src/hours/index.js';
import { addDays, fromWall, isoDate, isoLocalDateTime } from '../src/time/amsterdam.js';

const FIXTURE = fileURLToPath(new URL('../../../test/fixtures/hours-feed.json', import.meta.url));
const feed = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Feed;
const branch = (id: string) => feed.branches!.find((b) => b.id === id)!;
const hoursOf = (id: string) => new BranchHours(branch(id), feed.organization);

/** An Amsterdam wall-clock time, YYYY-MM-DDTHH:MM. */
function at(text: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(text)!;
  return fromWall(+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!);
}
const say = (id: string, when: string, lang: 'nl' | 'en' = 'nl') => describeStatus(hoursOf(id).status(at(when)), at(when), lang);

const KNOWN: Record<string, string[]> = {
  // new year, good friday, easter, easter monday, king's day, liberation, ascension, whit sunday, whit monday, christmas, boxing day
  2024: ['01-01', '03-29', '03-31', '04-01', '04-27', '05-05', '05-09', '05-19', '05-20', '12-25', '12-26'],
  2025: ['01-01', '04-18', '04-20', '04-21', '04-26', '05-05', '05-29', '06-08', '06-09', '12-25', '12-26'],
  2026: ['01-01', '04-03', '04-05', '04-06', '04-27', '05-05', '05-14', '05-24', '05-25', '12-25', '12-26'],
  2027: ['01-01', '03-26', '03-28', '03-29', '04-27', '05-05', '05-06', '05-16', '05-17', '12-25', '12-26'],
  2028: ['01-01', '04-14', '04-16', '04-17', '04-27', '05-05', '05-25', '06-04', '06-05', '12-25', '12-26'],
  2029: ['01-01', '03-30', '04-01', '04-02', '04-27', '05-05', '05-10', '05-20', '05-21', '12-25', '12-26'],
  2030: ['01-01', '04-19', '04-21', '04-22', '04-27', '05-05', '05-30', '06-09', '06-10', '12-25', '12-26'],
};
const ORDER = ['new-years-day', 'good-friday', 'easter-sunday', 'easter-monday', 'kings-day', 'liberation-day', 'ascension-day', 'whit-sunday', 'whit-monday', 'christmas-day', 'boxing-day'];

test('Dutch public holidays 2024-2030 fall on the known dates', () => {
  for (const [year, dates] of Object.entries(KNOWN)) {
    const got = dutchHolidays(Number(year));
    assert.deepEqual(got.map((h) => h.id), ORDER, `order in ${year}`);
    assert.deepEqual(got.map((h) => isoDate(h.date).slice(5)), dates, `dates in ${year}`);
  }
  // King's Day moves to Saturday the 26th when the 27th is a Sunday (2025), and is "Koningsdag".
  const kings2025 = dutchHolidays(2025).find((h) => h.id === 'kings-day')!;
  assert.equal(isoDate(kings2025.date), '2025-04-26');
  assert.equal(kings2025.name.nl, 'Koningsdag');
  assert.equal(isoDate(easterSunday(2038)), '2038-04-25'); // the latest possible Easter
  assert.equal(isoDate(easterSunday(2285)), '2285-03-22'); // the earliest
});

test('the holidays agree with the opening_hours package, day by day, 2024-2030', () => {
  // Its Dutch list has no Easter Sunday or Whit Sunday (they are Sundays anyway): compare the rest.
  const before = process.env['TZ'];
  process.env['TZ'] = 'Europe/Amsterdam';
  try {
    const oh = new OpeningHours('00:00-24:00; PH off', { lat: 52.37, lon: 4.89, address: { country_code: 'nl', state: 'Noord-Holland' } });
    let count = 0;
    for (let d = { year: 2024, month: 1, day: 1 }; d.year <= 2030; d = addDays(d, 1)) {
      const theirs = oh.getState(new Date(d.year, d.month - 1, d.day, 12)) === false;
      const ours = dutchHolidays(d.year).some((h) => isoDate(h.date) === isoDate(d) && h.id !== 'easter-sunday' && h.id !== 'whit-sunday');
      assert.equal(ours, theirs, isoDate(d));
      if (ours) count++;
    }
    assert.equal(count, 7 * 9);
  } finally {
    process.env['TZ'] = before;
  }
});

test('holiday rules: organisation then layer, defaults open on Good Friday and Liberation Day', () => {
  assert.deepEqual(resolveHolidayRule(), { rule: 'closed', goodFriday: false, liberationDay: false });
  assert.deepEqual(resolveHolidayRule({ goodFriday: true }, { liberationDay: true }), { rule: 'closed', goodFriday: true, liberationDay: true });
  assert.deepEqual(resolveHolidayRule({ rule: 'closed', goodFriday: true }, { rule: 'open' }).rule, 'open');
  const d = (s: string) => ({ year: +s.slice(0, 4), month: +s.slice(5, 7), day: +s.slice(8) });
  assert.equal(closingHoliday(d('2026-04-03'), resolveHolidayRule()), undefined);
  assert.equal(closingHoliday(d('2026-04-03'), resolveHolidayRule({ goodFriday: true }))?.id, 'good-friday');
  assert.equal(closingHoliday(d('2026-05-05'), resolveHolidayRule()), undefined);
  assert.equal(closingHoliday(d('2026-05-05'), resolveHolidayRule({ liberationDay: true }))?.name.nl, 'Bevrijdingsdag');
  assert.equal(closingHoliday(d('2026-04-27'), resolveHolidayRule({ rule: 'open' })), undefined);
  assert.equal(closingHoliday(d('2026-12-24'), resolveHolidayRule()), undefined); // Christmas Eve: an exception in the feed
  // A dated exception wins over a holiday: open on Whit Monday.
  const layer: HoursLayer = { id: 'x', kind: 'staffed', weekly: { mo: ['10:00-17:00'] }, exceptions: [{ date: '2026-05-25', status: 'open', hours: ['12:00-16:00'] }] };
  const tl = new LayerTimeline(layer);
  assert.equal(stateAt(tl, at('2026-05-25T13:00')), 'open');
  assert.equal(stateAt(tl, at('2026-05-25T11:00')), 'closed');
  assert.equal(tl.day(d('2026-04-06')).holiday?.id, 'easter-monday');
});

test('intervals: parsing, 24:00, touching and overlapping ones merged', () => {
  assert.deepEqual(parseInterval('10:00-24:00'), [600, 1440]);
  assert.equal(parseInterval('17:00-10:00'), undefined);
  assert.equal(parseInterval('10:00-24:30'), undefined);
  assert.deepEqual(
    mergeSegments([
      { from: 780, to: 1020, state: 'open' },
      { from: 600, to: 750, state: 'open' },
      { from: 750, to: 780, state: 'open' },
      { from: 1080, to: 1200, state: 'open' },
      { from: 1100, to: 1150, state: 'open' },
    ]),
    [
      { from: 600, to: 1020, state: 'open' },
      { from: 1080, to: 1200, state: 'open' },
    ],
  );
});

test('DST days: a whole day is 23 hours in March and 25 in October; times stay wall-clock', () => {
  const layer: HoursLayer = { id: 'x', kind: 'building', weekly: { su: ['00:00-24:00'], sa: ['10:00-17:00'] }, holidays: { rule: 'open' } };
  const tl = new LayerTimeline(layer);
  const march = { year: 2026, month: 3, day: 29 };
  const october = { year: 2026, month: 10, day: 25 };
  assert.equal(hoursBetween(tl, instantOf(march, 0), instantOf(addDays(march, 1), 0)), 23);
  assert.equal(hoursBetween(tl, instantOf(october, 0), instantOf(addDays(october, 1), 0)), 25);
  // 10:00 Amsterdam is 09:00 UTC in winter, 08:00 UTC in summer.
  assert.equal(new Date(dayIntervals(tl, { year: 2026, month: 3, day: 28 })[0]!.start).toISOString(), '2026-03-28T09:00:00.000Z');
  assert.equal(new Date(dayIntervals(tl, { year: 2026, month: 4, day: 4 })[0]!.start).toISOString(), '2026-04-04T08:00:00.000Z');
  // Open all Sunday: the next change is Monday 00:00, the 24:00 that ends Sunday.
  assert.equal(isoLocalDateTime(nextChange(tl, at('2026-10-25T01:00'))!.at), '2026-10-26T00:00');
});

test('the status in words, Dutch and English', () => {
  assert.equal(say('plein-1', '2026-11-23T09:00'), 'Open zonder personeel tot 22:00 · bemand vanaf 14:00');
  assert.equal(say('plein-1', '2026-11-23T09:00', 'en'), 'Open without staff until 22:00 · staffed from 14:00');
  assert.equal(say('plein-1', '2026-11-23T15:00'), 'Nu open · tot 22:00 · bemand tot 17:00');
  assert.equal(say('centrum', '2026-11-24T10:30'), 'Nu open · tot 17:00');
  assert.equal(say('centrum', '2026-11-24T10:30', 'en'), 'Open now · until 17:00');
  assert.equal(say('centrum', '2026-11-22T15:00'), 'Gesloten · opent morgen om 13:00');
  assert.equal(say('centrum', '2026-11-22T15:00', 'en'), 'Closed · opens tomorrow at 13:00');
  assert.equal(say('centrum', '2026-11-24T08:00'), 'Gesloten · opent om 10:00');
  assert.equal(say('centrum', '2026-11-28T17:00'), 'Gesloten · opent maandag om 13:00');
  assert.equal(say('centrum', '2026-04-27T11:00'), 'Vandaag gesloten (Koningsdag) · opent morgen om 10:00');
  assert.equal(say('centrum', '2026-04-27T11:00', 'en'), "Closed today (King's Day) · opens tomorrow at 10:00");
  assert.equal(say('plein-1', '2026-12-24T14:00'), 'Nu open · tot 16:00 (Kerstavond)');
  assert.equal(say('plein-1', '2026-12-25T11:00'), 'Vandaag gesloten (Eerste Kerstdag) · opent maandag om 08:00');
  assert.equal(say('schalkwijk', '2026-12-25T11:00'), 'Open zonder personeel tot 23:00');
  assert.equal(say('noord', '2026-11-23T09:00'), 'Openingstijden onbekend');
  assert.equal(say('noord', '2026-11-23T09:00', 'en'), 'Opening hours unknown');
  assert.equal(say('servicepunt-bos', '2026-11-25T15:00'), 'Op afspraak · tot 17:00 (bel vooraf)');
  assert.equal(say('servicepunt-bos', '2026-11-25T10:00'), 'Gesloten · op afspraak om 14:00');
  assert.equal(say('zuid', '2026-11-23T11:00'), 'Vandaag gesloten (Verbouwing) · opent op 14 december om 10:00');
  assert.equal(say('zuid', '2026-11-23T11:00', 'en'), 'Closed today (Renovation) · opens on 14 December at 10:00');
});

test('the status attributes: doors, staff, self-service', () => {
  const plein = hoursOf('plein-1');
  assert.deepEqual(pick(plein.status(at('2026-11-23T09:00'))), { state: 'open', staffed: false, selfService: true });
  assert.deepEqual(pick(plein.status(at('2026-11-23T15:00'))), { state: 'open', staffed: true, selfService: false });
  assert.deepEqual(pick(plein.status(at('2026-11-23T23:00'))), { state: 'closed', staffed: false, selfService: false });
  assert.deepEqual(pick(hoursOf('noord').status(at('2026-11-23T12:00'))), { state: 'unknown', staffed: false, selfService: false });
  assert.deepEqual(pick(hoursOf('servicepunt-bos').status(at('2026-11-25T15:00'))), { state: 'appointment', staffed: false, selfService: false });
  // Everything that is shown changes next at 10:00 on Tuesday (staff and the IDO desk), not later.
  assert.equal(isoLocalDateTime(plein.nextUpdate(at('2026-11-24T09:00'))!), '2026-11-24T10:00');
});

function pick(s: { state: string; staffed: boolean; selfService: boolean }) {
  return { state: s.state, staffed: s.staffed, selfService: s.selfService };
}

test('hours per week per layer: the pattern and a real week with a holiday', () => {
  const plein = hoursOf('plein-1');
  const [gebouw, bemand, ido, taalhuis] = plein.layers.map((l) => weeklyPatternHours(l.layer));
  assert.deepEqual([gebouw, bemand, ido, taalhuis], [79.5, 38.5, 4, 3]);
  // The week of Christmas 2026: Christmas Eve (Thursday) short, Christmas and Boxing Day (Friday, Saturday)
  // closed, the Taalhuis cancelled on the 23rd.
  const week = plein.hoursInWeek({ year: 2026, month: 12, day: 23 }).map((w) => [w.layer.id, w.hours]);
  assert.deepEqual(week, [
    ['gebouw', 14 * 3 + 8],
    ['bemand', 3 + 7 + 7 + 6],
    ['ido', 4],
    ['taalhuis', 0],
  ]);
  assert.equal(layerLabel(plein.layers[1]!.layer, 'nl'), 'Bemand');
  assert.equal(layerLabel(plein.layers[2]!.layer, 'nl'), 'Informatiepunt Digitale Overheid');
  assert.equal(describeDay(plein.layers[0]!.timeline.day({ year: 2026, month: 12, day: 24 }), 'nl'), '08:00–16:00');
  assert.equal(describeDay(plein.layers[0]!.timeline.day({ year: 2026, month: 12, day: 25 }), 'en'), 'closed');
});

test('schema.org Library JSON-LD with weekly and special opening hours', () => {
  const ld = libraryJsonLd(branch('plein-1'), feed.organization, { now: at('2026-11-23T09:00') });
  assert.equal(ld['@type'], 'Library');
  assert.deepEqual(ld['openingHoursSpecification'], [
    { '@type': 'OpeningHoursSpecification', dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'].map((d) => `https://schema.org/${d}`), opens: '08:00', closes: '22:00' },
    { '@type': 'OpeningHoursSpecification', dayOfWeek: ['https://schema.org/Saturday'], opens: '08:00', closes: '17:30' },
  ]);
  const special = ld['specialOpeningHoursSpecification'] as { validFrom: string; opens: string; closes: string }[];
  assert.deepEqual(
    special.map((s) => `${s.validFrom} ${s.opens}-${s.closes}`),
    ['2026-12-24 08:00-16:00', '2026-12-25 00:00-00:00', '2026-12-26 00:00-00:00', '2026-12-31 08:00-16:00', '2027-01-01 00:00-00:00'],
  );
  assert.deepEqual(ld['geo'], { '@type': 'GeoCoordinates', latitude: 52.3584, longitude: 4.6216 });
  // Hours to 24:00 are written 23:59; a branch without hours has no hours in its JSON-LD.
  const late: Branch = { id: 'l', name: 'Laat', kind: 'branch', municipality: 'GM0397', hours: [{ id: 'g', kind: 'building', weekly: { fr: ['18:00-24:00'] } }] };
  assert.equal((libraryJsonLd(late, feed.organization)['openingHoursSpecification'] as { closes: string }[])[0]!.closes, '23:59');
  assert.equal(libraryJsonLd(branch('noord'), feed.organization)['openingHoursSpecification'], undefined);
});

test('the answers do not depend on the process time zone (New York, Tokyo)', () => {
  const script = `
    import { readFileSync } from 'node:fs';
    import { BranchHours, describeStatus, fromWall } from ${JSON.stringify(fileURLToPath(new URL('../src/index.ts', import.meta.url)))};
    const feed = JSON.parse(readFileSync(${JSON.stringify(FIXTURE)}, 'utf8'));
    const out = [];
    for (const b of feed.branches) for (const [d, h] of [[23, 9], [23, 15], [24, 23], [28, 20]]) {
      const t = fromWall(2026, 11, d, h, 0);
      out.push(describeStatus(new BranchHours(b, feed.organization).status(t), t, 'nl'));
    }
    for (const t of [fromWall(2026, 3, 29, 9, 0), fromWall(2026, 4, 27, 11, 0), fromWall(2026, 10, 25, 12, 0)]) {
      out.push(describeStatus(new BranchHours(feed.branches[1], feed.organization).status(t), t, 'en'));
    }
    console.log(JSON.stringify({ offset: new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset(), out }));`;
  const results = ['Europe/Amsterdam', 'America/New_York', 'Asia/Tokyo'].map((tz) => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { env: { ...process.env, TZ: tz }, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    return JSON.parse(r.stdout) as { offset: number; out: string[] };
  });
  assert.deepEqual(results.map((r) => r.offset), [-60, 300, -540], 'the children really ran in those zones');
  assert.equal(results[0]!.out[0], 'Open zonder personeel tot 22:00 · bemand vanaf 14:00');
  assert.equal(results[0]!.out.at(-2), "Closed today (King's Day) · opens tomorrow at 10:00");
  assert.deepEqual(results[1]!.out, results[0]!.out);
  assert.deepEqual(results[2]!.out, results[0]!.out);
});

test('"open now" for 1,300 branches (prints the time it took; the figures that count are in npm run bench)', () => {
  // A national network's worth of branches, each with the mix of layers the fixture has, spread over hours.
  const templates = feed.branches!;
  const branches: Branch[] = Array.from({ length: 1300 }, (_, i) => ({ ...templates[i % templates.length]!, id: `b${i}` }));
  const times: number[] = [];
  let open = 0;
  for (let run = 0; run < 7; run++) {
    const t = at('2026-11-23T09:00') + run * 3_600_000;
    const start = performance.now();
    open = 0;
    for (const b of branches) {
      const s = new BranchHours(b, feed.organization).status(t);
      if (s.state === 'open') open++;
    }
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[3]!;
  console.log(`# "open now" for 1,300 branches (BranchHours + status, cold per run): median ${median.toFixed(1)} ms of ${times.map((x) => x.toFixed(1)).join(', ')}`);
  assert.ok(open > 0 && open < 1300);
});

void addDays;
