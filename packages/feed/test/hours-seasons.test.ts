/**
 * Seasons, appointment hours as part of the week, closures the organisation sets once for all branches, and
 * mobile-library stops: through the hours engine, with the status in words and the schema.org output.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Branch, HoursLayer, Organization } from '../src/generated/feed-types.js';
import {
  BranchHours,
  MobileLibraryHours,
  closuresFor,
  describeBusStatus,
  describeCurrentSeason,
  describeDay,
  describeNextHere,
  describeSeasonChange,
  describeStatus,
  describeWeeklyPattern,
  hoursBetween,
  isoWeek,
  libraryJsonLd,
  seasonChanges,
  seasonOn,
  weeklyPatternHours,
} from '../src/hours/index.js';
import { fromWall, instantOf } from '../src/index.js';
import { parseDate } from '../src/time/amsterdam.js';

const d = (text: string) => parseDate(text)!;
function at(text: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(text)!;
  return fromWall(+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!);
}

const organization: Organization = {
  id: 'test',
  name: 'Testbibliotheek',
  municipalities: [
    { id: 'GM0397', name: 'Heemstede' },
    { id: 'GM0928', name: 'Kerkrade', schoolHolidayRegion: 'zuid' },
  ],
  schoolHolidayRegion: 'noord',
  holidays: { rule: 'closed' },
  closures: [
    { date: '2027-01-28', layers: ['staffed'], note: 'Teamdag' },
    { date: '2027-02-08', until: '2027-02-09', municipalities: ['GM0928'], note: 'Carnaval' },
    { date: '2026-12-24', status: 'open', hours: ['10:00-16:00'], note: 'Kerstavond' },
  ],
};

// Plein 1: staffed 38.5 hours a week; summer hours in July and August; IDO by appointment on Thursday morning.
const plein1: Branch = {
  id: 'plein-1',
  name: 'Plein 1',
  kind: 'branch',
  municipality: 'GM0397',
  hours: [
    { id: 'gebouw', kind: 'building', selfService: true, weekly: { mo: ['08:00-22:00'], tu: ['08:00-22:00'], we: ['08:00-22:00'], th: ['08:00-22:00'], fr: ['08:00-22:00'], sa: ['09:00-17:00'] } },
    {
      id: 'bemand',
      kind: 'staffed',
      weekly: { mo: ['13:30-17:30'], tu: ['10:00-17:30'], we: ['10:00-17:30'], th: ['10:00-17:30'], fr: ['10:00-17:30'], sa: ['10:00-14:30'] },
      seasons: [
        { label: 'zomertijden', validFrom: '2027-07-01', validThrough: '2027-08-31', weekly: { tu: ['10:00-16:00'], we: ['10:00-16:00'], th: ['10:00-16:00'], fr: ['10:00-16:00'] } },
        { label: 'nieuwe openingstijden', validFrom: '2027-09-06', weekly: { mo: ['10:00-17:30'], tu: ['10:00-17:30'], we: ['10:00-17:30'], th: ['10:00-20:00'], fr: ['10:00-17:30'], sa: ['10:00-16:00'] } },
      ],
    },
    { id: 'ido', kind: 'desk', service: 'ido', weekly: { tu: ['14:00-16:00'] }, byAppointment: { th: ['09:00-12:00', '15:00-16:30'], tu: ['15:00-17:00'] } },
  ],
};

test('a dated season replaces the weekly pattern for its period; the shortest wins; the week has its hours', () => {
  const hours = new BranchHours(plein1, organization);
  const staffed = hours.staffedLayer!.timeline;
  assert.equal(weeklyPatternHours(staffed.layer), 38.5, 'the normal week: 38.5 staffed hours');
  const week = (monday: string) => hoursBetween(staffed, instantOf(d(monday), 0), instantOf(d(monday), 7 * 1440));
  assert.equal(week('2027-06-21'), 38.5);
  assert.equal(week('2027-07-05'), 24, 'summer: 4 days of 6 hours');
  assert.equal(week('2027-09-06'), 7.5 * 4 + 10 + 6, 'from 6 September on: 46 hours');
  assert.equal(week('2028-03-06'), 46, 'an open-ended season goes on');
  assert.equal(seasonOn(staffed.layer, d('2027-08-31'))?.season.label, 'zomertijden');
  assert.equal(seasonOn(staffed.layer, d('2027-09-01')), undefined, 'between the two: the normal week');
  // A one-week season inside the summer wins over the summer.
  const layer = { ...staffed.layer, seasons: [...staffed.layer.seasons!, { validFrom: '2027-07-12', validThrough: '2027-07-18', weekly: {} }] };
  assert.equal(seasonOn(layer, d('2027-07-14'))?.index, 2);
  assert.equal(seasonOn(layer, d('2027-07-19'))?.index, 0);
});

test('the coming change in words: "Vanaf 1 juli zomertijden", and back to the normal hours', () => {
  const layer = plein1.hours![1]!;
  const changes = seasonChanges(layer, d('2027-06-20'), 90);
  assert.deepEqual(changes.map((c) => c.date), [d('2027-07-01'), d('2027-09-01'), d('2027-09-06')]);
  assert.equal(describeSeasonChange(changes[0]!, 'nl'), 'Vanaf 1 juli zomertijden');
  assert.equal(describeSeasonChange(changes[1]!, 'nl'), 'Vanaf 1 september weer de gewone openingstijden');
  assert.equal(describeSeasonChange(changes[2]!, 'en'), 'From 6 September nieuwe openingstijden');
  assert.equal(describeCurrentSeason(seasonOn(layer, d('2027-07-10'))!, 'nl'), 'Nu zomertijden, t/m 31 augustus');
  assert.equal(describeCurrentSeason(seasonOn(layer, d('2027-10-10'))!, 'nl'), 'Nu nieuwe openingstijden');
  assert.equal(describeWeeklyPattern(layer.seasons![0]!.weekly, undefined, 'nl'), 'di–vr 10:00–16:00');
  assert.equal(describeWeeklyPattern(layer.weekly, undefined, 'nl'), 'ma 13:30–17:30 · di–vr 10:00–17:30 · za 10:00–14:30');
  assert.equal(describeWeeklyPattern({}, undefined, 'en'), 'closed');
});

test('a school-holiday season follows the region of the branch: closed in the holidays, the normal week after', () => {
  const school: Branch = {
    id: 'school',
    name: 'Schoolbibliotheek',
    kind: 'school-library',
    municipality: 'GM0397',
    hours: [{ id: 'open', kind: 'staffed', weekly: { tu: ['08:30-12:00'], th: ['08:30-12:00'] }, seasons: [{ label: 'gesloten in de schoolvakanties', schoolHolidays: true, weekly: {} }] }],
  };
  const layer = school.hours![0]!;
  const tl = new BranchHours(school, organization).doors!;
  // Noord (Heemstede): autumn 10-18 October 2026; Tuesday 13 October closed, Tuesday 20 October open.
  assert.deepEqual(tl.day(d('2026-10-13')).segments, []);
  assert.equal(tl.day(d('2026-10-20')).segments.length, 1);
  const change = seasonChanges(layer, d('2026-10-01'), 30, 'noord')[0]!;
  assert.deepEqual(change.date, d('2026-10-10'));
  assert.equal(describeSeasonChange(change, 'nl'), 'Vanaf 10 oktober gesloten in de schoolvakanties');
  assert.equal(seasonOn(layer, d('2026-10-13'), 'noord')?.holiday?.kind, 'autumn');
  // The same school library in Kerkrade (zuid) has its autumn holiday a week later.
  const south = new BranchHours({ ...school, municipality: 'GM0928' }, organization).doors!;
  assert.equal(south.day(d('2026-10-13')).segments.length, 1);
  assert.deepEqual(south.day(d('2026-10-20')).segments, []);
  // Only the summer holidays, with a label-less name.
  const summerOnly: HoursLayer = { ...layer, seasons: [{ schoolHolidays: ['summer'], weekly: { tu: ['10:00-12:00'] } }] };
  assert.equal(seasonOn(summerOnly, d('2026-10-13'), 'noord'), undefined);
  const summer = seasonOn(summerOnly, d('2027-07-13'), 'noord')!;
  assert.equal(describeCurrentSeason(summer, 'nl'), 'Nu openingstijden in de zomervakantie, t/m 22 augustus');
  assert.equal(seasonOn(summerOnly, d('2026-10-13')), undefined, 'without a region no school-holiday season applies');
});

test('appointment hours in the weekly pattern: open wins where they overlap', () => {
  const ido = new BranchHours(plein1, organization).desks[0]!.timeline;
  // Tuesday: open 14:00-16:00, by appointment 15:00-17:00 → appointment only 16:00-17:00.
  assert.deepEqual(ido.day(d('2027-03-02')).segments, [
    { from: 840, to: 960, state: 'open' },
    { from: 960, to: 1020, state: 'appointment' },
  ]);
  const thursday = ido.day(d('2027-03-04'));
  assert.equal(describeDay(thursday, 'nl'), 'op afspraak 09:00–12:00, op afspraak 15:00–16:30');
  assert.equal(hoursBetween(ido, at('2027-03-01T00:00'), at('2027-03-08T00:00'), 'appointment'), 3 + 1.5 + 1);
  assert.equal(describeWeeklyPattern(plein1.hours![2]!.weekly, plein1.hours![2]!.byAppointment, 'nl'), 'di 14:00–16:00, op afspraak 16:00–17:00 · do op afspraak 09:00–12:00, op afspraak 15:00–16:30');
  // A branch open only by appointment: the status says so.
  const byAppointment: Branch = { id: 'a', name: 'Servicepunt', kind: 'service-point', municipality: 'GM0397', hours: [{ id: 'x', kind: 'staffed', weekly: {}, byAppointment: { we: ['10:00-12:00'] } }] };
  const h = new BranchHours(byAppointment, organization);
  assert.equal(describeStatus(h.status(at('2027-03-03T10:30')), at('2027-03-03T10:30'), 'nl'), 'Op afspraak · tot 12:00');
  assert.equal(describeStatus(h.status(at('2027-03-02T10:30')), at('2027-03-02T10:30'), 'nl'), 'Gesloten · op afspraak morgen om 10:00');
});

test('closures for every branch: a staff day closes the staffed layer only, carnival only in Kerkrade', () => {
  const hours = new BranchHours(plein1, organization);
  const status = hours.status(at('2027-01-28T11:00'));
  assert.equal(status.state, 'open');
  assert.equal(status.staffed, false, 'the staff day closes the staffed layer; self-service goes on');
  assert.equal(describeStatus(status, at('2027-01-28T11:00'), 'nl'), 'Open zonder personeel tot 22:00');
  assert.equal(hours.staffedLayer!.timeline.day(d('2027-01-28')).exception?.note, 'Teamdag');
  // Christmas Eve: open 10:00-16:00 in every layer that has the day.
  assert.deepEqual(hours.doors!.day(d('2026-12-24')).segments, [{ from: 600, to: 960, state: 'open' }]);
  // Carnival: only the branches in Kerkrade.
  assert.equal(hours.doors!.day(d('2027-02-08')).segments.length, 1);
  const kerkrade = new BranchHours({ ...plein1, id: 'hub', municipality: 'GM0928' }, organization);
  assert.deepEqual(kerkrade.doors!.day(d('2027-02-08')).segments, []);
  assert.equal(describeStatus(kerkrade.status(at('2027-02-09T12:00')), at('2027-02-09T12:00'), 'nl'), 'Vandaag gesloten (Carnaval) · opent morgen om 08:00');
  // A branch's own exception on the same day wins over the organisation's.
  const own = { ...plein1, id: 'own', hours: [{ ...plein1.hours![1]!, exceptions: [{ date: '2027-01-28', status: 'open' as const, note: 'Toch open' }] }] };
  assert.equal(new BranchHours(own, organization).doors!.day(d('2027-01-28')).segments.length, 1);
  assert.deepEqual(closuresFor(organization, { id: 'x', municipality: 'GM0397' }, { kind: 'desk' }).map((c) => c.note), ['Kerstavond']);
});

test('schema.org: seasons as openingHoursSpecification with validFrom/validThrough; facilities as amenityFeature', () => {
  const withFacilities: Branch = {
    ...plein1,
    facilities: { wheelchairAccessible: true, hearingLoop: true, wifi: true, studyPlaces: 40, computers: 8, parking: false, publicTransport: 'Bushalte Julianaplein (lijn 2, 10)' },
  };
  const jsonLd = libraryJsonLd({ ...withFacilities, hours: [withFacilities.hours![1]!] }, organization, { now: at('2027-06-20T10:00') });
  const specs = jsonLd['openingHoursSpecification'] as Record<string, unknown>[];
  const summer = specs.filter((s) => s['validFrom'] === '2027-07-01');
  assert.equal(summer.length, 1);
  assert.deepEqual(summer[0], {
    '@type': 'OpeningHoursSpecification',
    dayOfWeek: ['Tuesday', 'Wednesday', 'Thursday', 'Friday'].map((x) => `https://schema.org/${x}`),
    opens: '10:00',
    closes: '16:00',
    validFrom: '2027-07-01',
    validThrough: '2027-08-31',
  });
  const from = specs.filter((s) => s['validFrom'] === '2027-09-06');
  assert.ok(from.length >= 3 && from.every((s) => s['validThrough'] === undefined), 'an open-ended season has no validThrough');
  const regular = specs.filter((s) => s['validFrom'] === undefined);
  assert.equal(regular.reduce((n, s) => n + (s['dayOfWeek'] as string[]).length, 0), 6, 'the normal week: six days');
  assert.deepEqual(jsonLd['amenityFeature'], [
    { '@type': 'LocationFeatureSpecification', name: 'Rolstoeltoegankelijk', value: true },
    { '@type': 'LocationFeatureSpecification', name: 'Ringleiding', value: true },
    { '@type': 'LocationFeatureSpecification', name: 'Wifi', value: true },
    { '@type': 'LocationFeatureSpecification', name: 'Studieplekken', value: 40 },
    { '@type': 'LocationFeatureSpecification', name: 'Computers', value: 8 },
    { '@type': 'LocationFeatureSpecification', name: 'Parkeren', value: false },
    { '@type': 'LocationFeatureSpecification', name: 'Openbaar vervoer', value: 'Bushalte Julianaplein (lijn 2, 10)' },
  ]);
  // Once the open-ended season has begun, the old week is no longer published.
  const later = libraryJsonLd({ ...plein1, hours: [plein1.hours![1]!] }, organization, { now: at('2027-10-01T10:00') });
  const laterSpecs = later['openingHoursSpecification'] as Record<string, unknown>[];
  assert.ok(laterSpecs.every((s) => s['validFrom'] === '2027-09-06'), JSON.stringify(laterSpecs));
  assert.ok(laterSpecs.some((s) => s['closes'] === '20:00'), 'Thursday until 20:00');
});

const bus: Branch = {
  id: 'bibliobus',
  name: 'Bibliobus Drenthe',
  kind: 'mobile-library',
  municipality: 'GM1690',
  stops: [
    { id: 'zuidwolde', name: 'Zuidwolde, Marktplein', municipality: 'GM1690', geo: { lat: 52.6667, lon: 6.4333 }, weekly: { tu: ['09:30-11:00'] } },
    { id: 'ruinerwold', name: 'Ruinerwold, Dorpsstraat', municipality: 'GM1690', weekly: { tu: ['13:00-15:00'] }, exceptions: [{ date: '2027-03-09', status: 'closed', note: 'Markt' }] },
    { id: 'dwingeloo', name: 'Dwingeloo, Brink', municipality: 'GM1701', weekly: { we: ['10:00-12:00'] }, weeks: 'even' },
  ],
};
const drenthe: Organization = { id: 'bind', name: 'Bind', municipalities: [{ id: 'GM1690', name: 'De Wolden' }, { id: 'GM1701', name: 'Westerveld' }], holidays: { rule: 'closed' } };

test('a mobile library: where it is now, where next, and when it is next here', () => {
  const hours = new MobileLibraryHours(bus, drenthe);
  // Tuesday 2 March 2027 (ISO week 9), 10:00: at Zuidwolde until 11:00, then Ruinerwold at 13:00.
  const now = at('2027-03-02T10:00');
  assert.equal(isoWeek(d('2027-03-02')), 9);
  const current = hours.current(now);
  assert.equal(current?.stop.id, 'zuidwolde');
  assert.equal(describeBusStatus(current, hours.next(now), now, 'nl'), 'Nu in Zuidwolde, Marktplein tot 11:00 · daarna Ruinerwold, Dorpsstraat om 13:00');
  // Dwingeloo only in even weeks: not Wednesday 3 March (week 9), but 10 March (week 10).
  const dwingeloo = hours.next(now, 'dwingeloo')!;
  assert.equal(dwingeloo.start, at('2027-03-10T10:00'));
  assert.equal(describeNextHere(undefined, dwingeloo, now, 'nl'), 'Volgende keer hier: op 10 maart om 10:00');
  // The market in Ruinerwold on 9 March: that stop is skipped.
  const later = at('2027-03-09T12:00');
  assert.equal(hours.next(later, 'ruinerwold')!.start, at('2027-03-16T13:00'));
  assert.equal(describeBusStatus(undefined, hours.next(at('2027-03-02T16:00')), at('2027-03-02T16:00'), 'en'), 'Next stop: Zuidwolde, Marktplein, on 9 March at 09:30');
  assert.equal(describeNextHere(hours.current(at('2027-03-02T13:30')), undefined, at('2027-03-02T13:30'), 'nl'), 'Nu hier, tot 15:00');
  // Public holidays: Easter Monday 29 March 2027 has no stops; King's Day (Tuesday 27 April) neither.
  assert.equal(hours.visits(at('2027-04-27T00:00'), { days: 0 }).length, 0);
  // The next visits in order (Ruinerwold's market day skipped, Dwingeloo in even weeks).
  const visits = hours.visits(now, { limit: 5 }).map((v) => v.stop.id);
  assert.deepEqual(visits, ['zuidwolde', 'ruinerwold', 'zuidwolde', 'dwingeloo', 'zuidwolde']);
});
