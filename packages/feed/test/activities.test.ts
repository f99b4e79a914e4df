import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Feed } from '../src/generated/feed-types.js';
import {
  activityMatcher,
  dayLabel,
  eventsJsonLd,
  filterActivities,
  formatPrice,
  groupByDay,
  isoWithOffset,
  jsonLdText,
  listOccurrences,
  monthGrid,
} from '../src/activities/index.js';
import { addDays, fromWall, isoDate } from '../src/time/amsterdam.js';

const feed = JSON.parse(readFileSync(new URL('../../../test/fixtures/activities-basic.json', import.meta.url), 'utf8')) as Feed;
const NOW = fromWall(2026, 11, 26, 14, 0); // Thursday 26 November 2026, 14:00
const DAY = 86_400_000;
const list = (extra: Partial<Parameters<typeof listOccurrences>[1]> = {}) =>
  listOccurrences(feed, { fromMs: NOW, toMs: NOW + 17 * DAY, nowMs: NOW, ...extra });

test('upcoming occurrences in time order; past ones hidden; the one that started is in progress', () => {
  const occ = list();
  assert.deepEqual(
    occ.map((o) => `${isoDate(o.date)} ${o.activity.id}`),
    [
      '2026-11-26 taalcafe',
      '2026-11-26 ido-spreekuur',
      '2026-11-27 dnd',
      '2026-11-28 voorlezen',
      '2026-11-28 lezing',
      '2026-12-02 digivitaler',
      '2026-12-03 taalcafe',
      '2026-12-10 taalcafe',
      '2026-12-12 kerstmarkt',
    ],
  );
  assert.equal(occ[0]!.inProgress, true);
  assert.equal(occ[1]!.inProgress, false);
  assert.equal(occ[0]!.startMinute, 13 * 60 + 30);
  assert.equal(occ[0]!.endMinute, 15 * 60);
  assert.equal(occ.find((o) => o.activity.id === 'lezing')!.status, 'cancelled');
  assert.equal(occ.find((o) => o.activity.id === 'kerstmarkt')!.allDay, true);
  // With past ones: the haakcafé of this morning is there, marked past.
  const withPast = list({ fromMs: fromWall(2026, 11, 26), includePast: true });
  const haak = withPast.find((o) => o.activity.id === 'haakcafe')!;
  assert.equal(haak.past, true);
  assert.equal(haak.inProgress, false);
});

test('filters: branch, municipality, audience (everyone suits all), theme, function, free text', () => {
  const ids = (f: Parameters<typeof filterActivities>[1]) => filterActivities(feed, f).map((a) => a.id);
  assert.deepEqual(ids({ branches: ['brunssum'] }), ['dnd', 'lezing']);
  assert.deepEqual(ids({ municipalities: ['GM0986'] }), ['voorlezen', 'haakcafe']);
  assert.deepEqual(ids({ audiences: ['youth'] }), ['dnd', 'haakcafe', 'kerstmarkt']);
  assert.deepEqual(ids({ themes: ['information-society'] }), ['ido-spreekuur', 'digivitaler']);
  assert.deepEqual(ids({ functions: ['reading-literature'] }), ['voorlezen']);
  assert.deepEqual(ids({ query: 'taalcafe' }), ['taalcafe']);
  assert.deepEqual(ids({ query: 'language' }), ['taalcafe']);
  assert.deepEqual(ids({ query: 'brunssum gesprek' }), ['lezing']);
  assert.deepEqual(ids({ audiences: ['youth'], municipalities: ['GM0899'] }), ['dnd']);
  assert.deepEqual(ids({ query: 'bestaat niet' }), []);
  assert.equal(activityMatcher(feed, {})(feed.activities![0]!), true);
});

test('grouping by day and day headings: Vandaag, Morgen, za 28 november', () => {
  const groups = groupByDay(list());
  assert.deepEqual(groups.map((g) => g.iso), ['2026-11-26', '2026-11-27', '2026-11-28', '2026-12-02', '2026-12-03', '2026-12-10', '2026-12-12']);
  assert.deepEqual(groups.map((g) => g.occurrences.length), [2, 1, 2, 1, 1, 1, 1]);
  assert.deepEqual(groups.slice(0, 3).map((g) => dayLabel(g.date, NOW, 'nl')), ['Vandaag', 'Morgen', 'za 28 november']);
  assert.deepEqual(groups.slice(0, 3).map((g) => dayLabel(g.date, NOW, 'en')), ['Today', 'Tomorrow', 'Sat 28 November']);
  assert.equal(dayLabel({ year: 2027, month: 1, day: 2 }, NOW, 'nl'), 'za 2 januari 2027');
});

test('an all-day activity that began yesterday is listed under today', () => {
  const now = fromWall(2026, 12, 13, 9);
  const occ = listOccurrences(feed, { fromMs: now, toMs: now + DAY, nowMs: now, filter: { query: 'boekenmarkt' } });
  assert.equal(occ.length, 1);
  assert.equal(occ[0]!.inProgress, true);
  assert.equal(groupByDay(occ, { year: 2026, month: 12, day: 13 })[0]!.iso, '2026-12-13');
});

test('prices and offsets', () => {
  assert.equal(formatPrice(0, 'nl'), 'Gratis');
  assert.equal(formatPrice(2.5, 'nl'), '€ 2,50');
  assert.equal(formatPrice(5, 'nl'), '€ 5');
  assert.equal(formatPrice(2.5, 'en'), '€2.50');
  assert.equal(isoWithOffset(fromWall(2026, 11, 28, 10)), '2026-11-28T10:00:00+01:00');
  assert.equal(isoWithOffset(fromWall(2026, 7, 1, 19, 30)), '2026-07-01T19:30:00+02:00');
});

test('month grid: Monday-first weeks covering the month', () => {
  const nov = monthGrid(2026, 11);
  assert.equal(nov.length, 6); // 1 November 2026 is a Sunday
  assert.equal(isoDate(nov[0]![0]!), '2026-10-26');
  assert.equal(isoDate(nov[0]![6]!), '2026-11-01');
  assert.equal(isoDate(nov[5]![6]!), '2026-12-06');
  assert.equal(monthGrid(2027, 2).length, 4); // February 2027 starts on a Monday
});

test('schema.org Event JSON-LD: status, attendance mode, Place with PostalAddress, organizer, offers in EUR', () => {
  const doc = eventsJsonLd(feed, list(), { lang: 'nl', limit: 6 })!;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- reading JSON-LD shape in assertions
  const graph = doc['@graph'] as Record<string, any>[];
  assert.equal(doc['@context'], 'https://schema.org');
  assert.equal(graph.length, 6);
  const taal = graph[0]!;
  assert.equal(taal['@type'], 'Event');
  assert.equal(taal.name, 'Taalcafé');
  assert.equal(taal.startDate, '2026-11-26T13:30:00+01:00');
  assert.equal(taal.endDate, '2026-11-26T15:00:00+01:00');
  assert.equal(taal.eventStatus, 'https://schema.org/EventScheduled');
  assert.equal(taal.eventAttendanceMode, 'https://schema.org/OfflineEventAttendanceMode');
  assert.deepEqual(taal.location, {
    '@type': 'Place',
    name: 'HuB.Bibliotheek Kerkrade',
    address: { '@type': 'PostalAddress', streetAddress: 'Markt 31', postalCode: '6461 EC', addressLocality: 'Kerkrade', addressCountry: 'NL' },
    geo: { '@type': 'GeoCoordinates', latitude: 50.8655, longitude: 6.0625 },
  });
  assert.deepEqual(taal.organizer, { '@type': 'Organization', name: 'Mijn Streek Bibliotheek (test)', url: 'https://www.mijnstreekbibliotheek.example/' });
  assert.deepEqual(taal.offers, { '@type': 'Offer', price: 0, priceCurrency: 'EUR', availability: 'https://schema.org/InStock' });
  const dnd = graph.find((e) => e.name === 'Dungeons & Dragons')!;
  assert.equal(dnd.offers.price, 2.5);
  assert.equal(dnd.offers.availability, 'https://schema.org/SoldOut');
  assert.equal(dnd.offers.url, 'https://www.mijnstreekbibliotheek.example/dnd');
  assert.equal(graph.find((e) => e.name.startsWith('Parkstad'))!.eventStatus, 'https://schema.org/EventCancelled');
  assert.equal(graph.find((e) => e.name.startsWith('DigiVitaler'))!.eventStatus, 'https://schema.org/EventRescheduled');
  assert.equal(eventsJsonLd(feed, [], { lang: 'nl' }), undefined);
  assert.equal(jsonLdText({ name: '</script><script>alert(1)</script>' }).includes('<'), false);
  assert.deepEqual(JSON.parse(jsonLdText({ name: '</script>' })), { name: '</script>' });
});

test('10,000 activities: every occurrence in the window, in time order (how fast: npm run bench)', () => {
  const many: Feed = { ...feed, activities: [] };
  for (let i = 0; i < 10_000; i++) {
    const day = 1 + (i % 28);
    many.activities!.push({
      id: `a${i}`,
      title: `Activiteit ${i}`,
      start: `2026-12-${String(day).padStart(2, '0')}T${String(9 + (i % 10)).padStart(2, '0')}:00`,
      end: `2026-12-${String(day).padStart(2, '0')}T${String(10 + (i % 10)).padStart(2, '0')}:00`,
      branch: ['hub-kerkrade', 'brunssum', 'voerendaal'][i % 3]!,
      ...(i % 50 === 0 ? { recurrence: { rrule: 'FREQ=WEEKLY' } } : {}),
    });
  }
  const occ = listOccurrences(many, { fromMs: NOW, toMs: NOW + 60 * DAY, nowMs: NOW });
  // December's 9,800 single ones, and each weekly series once a week from its start to the window's end.
  const startOf = (a: { start: string }) => fromWall(2026, 12, +a.start.slice(8, 10), +a.start.slice(11, 13));
  const weekly = many.activities!.filter((a) => a.recurrence);
  assert.equal(occ.filter((o) => !o.activity.recurrence).length, 10_000 - weekly.length);
  const weeks = weekly.reduce((n, a) => n + Math.floor((NOW + 60 * DAY - 1 - startOf(a)) / (7 * DAY)) + 1, 0);
  assert.equal(occ.filter((o) => o.activity.recurrence).length, weeks);
  assert.ok(occ.every((o, i) => i === 0 || occ[i - 1]!.startMs <= o.startMs));
});

test('a window lists exactly the occurrences of the whole year that overlap it (the quick test on the text skips none)', async () => {
  const { nationalFeed } = await import('../../../test/fixtures/national-feed.js');
  const big = nationalFeed({ branches: 60, activities: 3000 }) as unknown as Feed;
  // Ongoing and multi-day ones too: some all-day activities that last a week, some timed ones across midnight.
  const later = (iso: string, days: number) => isoDate(addDays({ year: +iso.slice(0, 4), month: +iso.slice(5, 7), day: +iso.slice(8, 10) }, days));
  let changed = 0;
  big.activities!.slice(0, 200).forEach((a, i) => {
    if (a.recurrence) return;
    if (a.start.length === 10) a.end = later(a.start, 7);
    else if (i % 2) a.end = `${later(a.start, 1)}T01:00`;
    else return;
    changed++;
  });
  assert.ok(changed > 20);
  // One late in the evening without an end: it goes on past midnight into a window that starts then.
  const late = big.activities!.find((a) => !a.recurrence && a.start.length > 10)!;
  late.start = '2026-12-27T23:30';
  delete late.end;
  const before = fromWall(2026, 1, 1);
  const year = listOccurrences(big, { fromMs: fromWall(2026, 10, 1), toMs: fromWall(2028, 1, 1), nowMs: before, includePast: true });
  const span = (o: (typeof year)[number]) => (o.endMs ?? o.startMs + (o.allDay ? DAY : 3_600_000));
  for (const [y, m, d, days] of [[2026, 11, 1, 30], [2026, 12, 28, 7], [2027, 3, 22, 14], [2027, 10, 25, 3], [2027, 1, 1, 1]] as const) {
    const fromMs = fromWall(y, m, d);
    const toMs = fromWall(y, m, d + days);
    const got = listOccurrences(big, { fromMs, toMs, nowMs: before, includePast: true }).map((o) => o.key);
    const expected = year.filter((o) => o.startMs < toMs && span(o) > fromMs).map((o) => o.key);
    assert.deepEqual(got, expected, `${y}-${m}-${d} + ${days} days`);
    assert.ok(expected.length > 0);
  }
});
