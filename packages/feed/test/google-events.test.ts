/**
 * The Event JSON-LD against Google's event structured data (developers.google.com/search/docs/appearance/
 * structured-data/event): the required properties on every event, the recommended ones wherever the feed has
 * the data, each in the form Google reads. Checked on hand-made events (offline, online, mixed, moved, full,
 * free, with registration that opens later) and on every event of the four sample feeds.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Activity, Feed } from '../src/generated/feed-types.js';
import { eventsJsonLd, listOccurrences } from '../src/activities/index.js';
import { parseFeed } from '../src/validate.js';
import { fromWall, parseLocalDateTime } from '../src/time/amsterdam.js';

type Json = Record<string, unknown>;

/** Google's list. Required on every event; recommended ones checked where the feed has what they need. */
export const GOOGLE_EVENT = {
  required: ['name', 'startDate', 'location'],
  recommended: ['description', 'endDate', 'eventAttendanceMode', 'eventStatus', 'image', 'offers', 'organizer', 'performer', 'previousStartDate'],
  offer: ['availability', 'price', 'priceCurrency', 'url', 'validFrom'],
  place: { required: ['address'], recommended: ['name'] },
  address: ['streetAddress', 'addressLocality', 'postalCode', 'addressCountry'],
  virtual: { required: ['url'] },
} as const;

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2})?$/;
const MODES = ['https://schema.org/OfflineEventAttendanceMode', 'https://schema.org/OnlineEventAttendanceMode', 'https://schema.org/MixedEventAttendanceMode'];
const STATUSES = ['https://schema.org/EventScheduled', 'https://schema.org/EventCancelled', 'https://schema.org/EventRescheduled', 'https://schema.org/EventMovedOnline', 'https://schema.org/EventPostponed'];
const AVAILABILITY = ['https://schema.org/InStock', 'https://schema.org/SoldOut', 'https://schema.org/PreOrder'];

/** Everything wrong with one event against Google's rules, as sentences (empty: fine). */
export function googleEventProblems(e: Json): string[] {
  const out: string[] = [];
  for (const key of GOOGLE_EVENT.required) if (e[key] === undefined || e[key] === '') out.push(`missing required ${key}`);
  if (typeof e['startDate'] === 'string' && !ISO_WITH_OFFSET.test(e['startDate'])) out.push(`startDate ${e['startDate']} has no offset`);
  if (e['endDate'] !== undefined && !ISO_WITH_OFFSET.test(String(e['endDate']))) out.push(`endDate ${String(e['endDate'])} has no offset`);
  const locations = (Array.isArray(e['location']) ? e['location'] : [e['location']]) as Json[];
  for (const loc of locations.filter(Boolean)) {
    if (loc['@type'] === 'Place') {
      if (!loc['address']) out.push('a Place without address');
      if (!loc['name']) out.push('a Place without name');
      const address = loc['address'] as Json | undefined;
      for (const key of GOOGLE_EVENT.address) if (address && !address[key]) out.push(`address without ${key}`);
    } else if (loc['@type'] === 'VirtualLocation') {
      if (typeof loc['url'] !== 'string' || !/^https?:\/\//.test(loc['url'])) out.push('a VirtualLocation without url');
    } else out.push(`location of type ${String(loc['@type'])}`);
  }
  const mode = e['eventAttendanceMode'];
  if (!MODES.includes(String(mode))) out.push(`eventAttendanceMode ${String(mode)}`);
  const types = locations.map((l) => l['@type']);
  if (mode === MODES[0] && !types.every((t) => t === 'Place')) out.push('offline with a virtual location');
  if (mode === MODES[1] && !types.every((t) => t === 'VirtualLocation')) out.push('online with a place');
  if (mode === MODES[2] && !(types.includes('Place') && types.includes('VirtualLocation'))) out.push('mixed without both a place and a virtual location');
  if (!STATUSES.includes(String(e['eventStatus']))) out.push(`eventStatus ${String(e['eventStatus'])}`);
  if (e['previousStartDate'] !== undefined && e['eventStatus'] !== 'https://schema.org/EventRescheduled') out.push('previousStartDate without EventRescheduled');
  const offers = e['offers'] as Json | undefined;
  if (offers) {
    if (!AVAILABILITY.includes(String(offers['availability']))) out.push(`offer availability ${String(offers['availability'])}`);
    if (offers['price'] !== undefined && offers['priceCurrency'] !== 'EUR') out.push('a price without currency');
    if (offers['validFrom'] !== undefined && !ISO_WITH_OFFSET.test(String(offers['validFrom']))) out.push('offer validFrom without offset');
  }
  const organizer = e['organizer'] as Json | undefined;
  if (organizer && !organizer['name']) out.push('organizer without name');
  for (const p of (e['performer'] as Json[] | undefined) ?? []) if (!p['name']) out.push('performer without name');
  for (const img of (e['image'] as Json[] | undefined) ?? []) if (!/^https?:\/\//.test(String(img['url']))) out.push('image without url');
  return out;
}

const organization = {
  id: 'duinstreek',
  name: 'Bibliotheek Duinstreek',
  website: 'https://www.bieb-duinstreek.example.nl',
  municipalities: [{ id: 'GM0473', name: 'Zandvoort' }],
};
const branch = {
  id: 'zandvoort',
  name: 'Bibliotheek Zandvoort',
  kind: 'branch' as const,
  municipality: 'GM0473',
  address: { street: 'Prinsesseweg 34', postalCode: '2042 NB', city: 'Zandvoort' },
  geo: { lat: 52.3731, lon: 4.5334 },
};
const full: Activity = {
  id: 'lezing',
  title: 'Lezing: de duinen van Kennemerland',
  description: 'Over duinen, water en wandelen.',
  start: '2027-01-14T20:00',
  end: '2027-01-14T21:30',
  branch: 'zandvoort',
  status: 'moved',
  statusNote: 'Verplaatst van 12 januari',
  previousStart: '2027-01-12T20:00',
  previousPlace: 'Dorpshuis Bloemendaal',
  attendanceMode: 'mixed',
  onlineUrl: 'https://www.bieb-duinstreek.example.nl/live/lezing',
  image: { url: 'https://www.bieb-duinstreek.example.nl/img/duinen.jpg', alt: 'Duinen bij Zandvoort in de avondzon', width: 1920, height: 1080 },
  organizer: { name: 'Stichting Duinbehoud', url: 'https://www.duinbehoud.example.nl' },
  performers: [{ name: 'Anna de Vries', kind: 'person' }],
  url: 'https://www.bieb-duinstreek.example.nl/agenda/lezing',
  price: { amount: 5, note: 'Leden € 3' },
  registration: { required: true, url: 'https://www.bieb-duinstreek.example.nl/aanmelden/lezing', capacity: 60, placesLeft: 12, opens: '2026-12-01T09:00' },
};

function jsonLdOf(activities: Activity[], nowMs = fromWall(2026, 12, 20, 12)): Json[] {
  const feed = { version: 1 as const, organization, branches: [branch], activities } as Feed;
  const occurrences = listOccurrences(feed, { fromMs: nowMs, toMs: fromWall(2028, 1, 1), nowMs });
  return (eventsJsonLd(feed, occurrences, { lang: 'nl', nowMs })?.['@graph'] ?? []) as Json[];
}

test('a fully described event has every property Google requires and recommends, in its form', () => {
  const [e] = jsonLdOf([full]);
  assert.ok(e);
  assert.deepEqual(googleEventProblems(e), []);
  for (const key of [...GOOGLE_EVENT.required, ...GOOGLE_EVENT.recommended]) assert.ok(e[key] !== undefined, `has ${key}`);
  for (const key of GOOGLE_EVENT.offer) assert.ok((e['offers'] as Json)[key] !== undefined, `offer has ${key}`);
  assert.equal(e['startDate'], '2027-01-14T20:00:00+01:00');
  assert.equal(e['previousStartDate'], '2027-01-12T20:00:00+01:00');
  assert.equal(e['eventStatus'], 'https://schema.org/EventRescheduled');
  assert.deepEqual(e['offers'], {
    '@type': 'Offer',
    availability: 'https://schema.org/InStock',
    priceCurrency: 'EUR',
    price: 5,
    url: 'https://www.bieb-duinstreek.example.nl/aanmelden/lezing',
    validFrom: '2026-12-01T09:00:00+01:00',
  });
  assert.deepEqual(e['organizer'], { '@type': 'Organization', name: 'Stichting Duinbehoud', url: 'https://www.duinbehoud.example.nl/' });
  assert.deepEqual(e['performer'], [{ '@type': 'Person', name: 'Anna de Vries' }]);
  assert.deepEqual(e['image'], [{ '@type': 'ImageObject', url: 'https://www.bieb-duinstreek.example.nl/img/duinen.jpg', caption: 'Duinen bij Zandvoort in de avondzon', width: 1920, height: 1080 }]);
  assert.equal(e['maximumAttendeeCapacity'], 60);
  assert.equal(e['remainingAttendeeCapacity'], 12);
  const [place, virtual] = e['location'] as Json[];
  assert.equal(place!['@type'], 'Place');
  assert.deepEqual(virtual, { '@type': 'VirtualLocation', url: 'https://www.bieb-duinstreek.example.nl/live/lezing' });
});

test('online, full, free, registration still to open, the library as organizer', () => {
  const online: Activity = { id: 'webinar', title: 'Webinar', start: '2027-01-20T15:30', end: '2027-01-20T16:30', attendanceMode: 'online', onlineUrl: 'https://meet.example.nl/webinar', price: { amount: 0 } };
  const fullUp: Activity = { id: 'vol', title: 'Workshop', start: '2027-01-21T14:00', branch: 'zandvoort', registration: { required: true, full: true, capacity: 12 } };
  const later: Activity = { id: 'later', title: 'Cursus', start: '2027-03-01T10:00', branch: 'zandvoort', registration: { required: true, opens: '2027-01-15T09:00' } };
  const legacyOnline: Activity = { id: 'oud', title: 'Online', start: '2027-01-22T10:00', location: { name: 'Online', online: true, url: 'https://meet.example.nl/oud' } };
  const events = jsonLdOf([online, fullUp, later, legacyOnline]);
  for (const e of events) assert.deepEqual(googleEventProblems(e), [], String(e['name']));
  const byName = Object.fromEntries(events.map((e) => [e['name'], e]));
  assert.equal(byName['Webinar']!['eventAttendanceMode'], 'https://schema.org/OnlineEventAttendanceMode');
  assert.equal(byName['Webinar']!['isAccessibleForFree'], true);
  assert.deepEqual(byName['Webinar']!['organizer'], { '@type': 'Organization', name: 'Bibliotheek Duinstreek', url: 'https://www.bieb-duinstreek.example.nl/' });
  assert.equal((byName['Workshop']!['offers'] as Json)['availability'], 'https://schema.org/SoldOut');
  assert.equal(byName['Workshop']!['remainingAttendeeCapacity'], 0);
  assert.equal((byName['Cursus']!['offers'] as Json)['availability'], 'https://schema.org/PreOrder');
  assert.equal((jsonLdOf([later], fromWall(2027, 2, 1))[0]!['offers'] as Json)['availability'], 'https://schema.org/InStock', 'open once the date has passed');
  assert.deepEqual(byName['Online']!['location'], { '@type': 'VirtualLocation', url: 'https://meet.example.nl/oud' });
});

test('every event of the four sample feeds meets Google\'s rules, and together they use every recommended property', () => {
  const seen = new Set<string>();
  let events = 0;
  for (const name of ['kopgroep', 'mijn-streek', 'zuid-kennemerland', 'bind']) {
    const text = readFileSync(new URL(`../../../demo/feeds/${name}.json`, import.meta.url), 'utf8');
    const generated = (JSON.parse(text) as Feed).generated!;
    const g = parseLocalDateTime(generated)!;
    const nowMs = fromWall(g.year, g.month, g.day, g.hour, g.minute);
    const r = parseFeed(text, { now: nowMs });
    assert.ok(r.ok);
    const feed = r.model.feed;
    const occurrences = listOccurrences(feed, { fromMs: nowMs, toMs: nowMs + 120 * 86_400_000, nowMs });
    const graph = (eventsJsonLd(feed, occurrences, { lang: 'nl', limit: 10_000, nowMs })?.['@graph'] ?? []) as Json[];
    assert.ok(graph.length > 20, `${name}: ${graph.length} events`);
    for (const e of graph) {
      assert.deepEqual(googleEventProblems(e), [], `${name}: ${String(e['name'])}`);
      for (const key of Object.keys(e)) seen.add(key);
      for (const key of Object.keys((e['offers'] as Json | undefined) ?? {})) seen.add(`offers.${key}`);
    }
    events += graph.length;
  }
  assert.ok(events > 100);
  for (const key of GOOGLE_EVENT.recommended) assert.ok(seen.has(key), `some sample event has ${key}`);
  for (const key of GOOGLE_EVENT.offer) assert.ok(seen.has(`offers.${key}`), `some sample offer has ${key}`);
});
