/** iCalendar export: RFC 5545 details, and a round trip through ical.js compared with our own expansion. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import type { Activity, Feed } from '../src/generated/feed-types.js';
import { activitiesToICalendar, escapeText, foldLine, occurrenceToICalendar, icsFileName } from '../src/ical/index.js';
import { activityInstances } from '../src/recurrence/index.js';
import { fromWall, isoDate } from '../src/time/amsterdam.js';

const feed: Pick<Feed, 'organization' | 'branches'> = {
  organization: { id: 'mijn-streek', name: 'Mijn Streek Bibliotheek', municipalities: [{ id: 'GM0928', name: 'Kerkrade' }] },
  branches: [
    {
      id: 'hub-kerkrade',
      name: 'HuB.Bibliotheek Kerkrade',
      kind: 'branch',
      municipality: 'GM0928',
      address: { street: 'Markt 31', postalCode: '6461 EC', city: 'Kerkrade' },
      geo: { lat: 50.8655, lon: 6.0625 },
    },
  ],
};
const NOW = Date.UTC(2026, 10, 21, 9, 0);
const activities: Activity[] = [
  {
    id: 'taalcafe',
    title: 'Taalcafé; praat mee, oefen Nederlands',
    description: 'Elke dinsdag.\nKoffie en thee staan klaar, ook voor beginners\\gevorderden.',
    start: '2026-10-06T10:00',
    end: '2026-10-06T11:30',
    branch: 'hub-kerkrade',
    recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20270330', exdates: ['2026-12-29', '2027-03-23T10:00'] },
    url: 'https://www.mijnstreekbibliotheek.nl/taalcafe',
  },
  {
    id: 'dnd',
    title: 'Dungeons & Dragons',
    start: '2026-11-13T19:00',
    end: '2026-11-13T22:00',
    branch: 'hub-kerkrade',
    recurrence: { rrule: 'FREQ=MONTHLY;BYDAY=2FR;COUNT=6' },
    status: 'scheduled',
  },
  { id: 'lezing', title: 'Lezing: Parkstad in gesprek', start: '2026-12-03T20:00', end: '2026-12-03T21:30', branch: 'hub-kerkrade', status: 'cancelled' },
  { id: 'boekenmarkt', title: 'Boekenmarkt', start: '2026-12-12', end: '2026-12-13', branch: 'hub-kerkrade' },
  { id: 'voorlezen', title: 'Voorlezen in de kerstvakantie', start: '2026-12-21', recurrence: { rrule: 'FREQ=DAILY;COUNT=5', exdates: ['2026-12-25'] } },
];

function parse(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  ICAL.TimezoneService.register(new ICAL.Timezone(cal.getFirstSubcomponent('vtimezone')!), 'Europe/Amsterdam');
  return cal;
}

test('text is escaped per RFC 5545 3.3.11 and lines fold at 75 octets without splitting characters', () => {
  assert.equal(escapeText('a;b,c\\d\ne\r\nf'), 'a\\;b\\,c\\\\d\\ne\\nf');
  const long = `SUMMARY:${'é'.repeat(80)}`;
  const folded = foldLine(long);
  const lines = folded.split('\r\n');
  assert.ok(lines.length > 2);
  for (const line of lines) assert.ok(Buffer.byteLength(line) <= 75, `${Buffer.byteLength(line)} octets`);
  assert.equal(lines.slice(1).every((l) => l.startsWith(' ')), true);
  assert.equal(lines.map((l, i) => (i ? l.slice(1) : l)).join(''), long);
  assert.equal(foldLine('SHORT:x'), 'SHORT:x');
  assert.equal(icsFileName('Activiteiten Mijn Streek — Kerkrade'), 'activiteiten-mijn-streek-kerkrade.ics');
});

test('the calendar is well-formed: CRLF, PRODID, VTIMEZONE, TZID starts, UTC UNTIL, EXDATE, STATUS', () => {
  const text = activitiesToICalendar(feed, activities, { lang: 'nl', nowMs: NOW, name: 'Activiteiten' });
  assert.ok(text.endsWith('\r\n'));
  assert.equal(/[^\r]\n/.test(text), false, 'every line ends with CRLF');
  for (const line of text.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, line);
  const unfolded = text.replace(/\r\n /g, '');
  assert.match(unfolded, /^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\nPRODID:-\/\/Biebkit\/\//);
  assert.match(unfolded, /BEGIN:VTIMEZONE\r\nTZID:Europe\/Amsterdam/);
  assert.match(unfolded, /DTSTART;TZID=Europe\/Amsterdam:20261006T100000\r\nDTEND;TZID=Europe\/Amsterdam:20261006T113000/);
  // UNTIL=20270330 (a date) becomes the end of that Amsterdam day in UTC, as RFC 5545 requires with TZID.
  assert.match(unfolded, /RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20270330T215959Z/);
  assert.match(unfolded, /EXDATE;TZID=Europe\/Amsterdam:20261229T100000,20270323T100000/);
  assert.match(unfolded, /SUMMARY:Taalcafé\\; praat mee\\, oefen Nederlands/);
  assert.match(unfolded, /DESCRIPTION:Elke dinsdag\.\\nKoffie en thee staan klaar\\, ook voor beginners\\\\gevorderden\./);
  assert.match(unfolded, /LOCATION:HuB\.Bibliotheek Kerkrade\\, Markt 31\\, 6461 EC Kerkrade/);
  assert.match(unfolded, /UID:lezing@mijn-streek\.biebkit\r\nDTSTAMP:20261121T090000Z/);
  assert.match(unfolded, /UID:lezing@[^]*?STATUS:CANCELLED/);
  assert.match(unfolded, /DTSTART;VALUE=DATE:20261212\r\nDTEND;VALUE=DATE:20261214/);
  assert.match(unfolded, /RRULE:FREQ=DAILY;COUNT=5\r\nEXDATE;VALUE=DATE:20261225/);
  assert.equal(unfolded.match(/BEGIN:VEVENT/g)?.length, 5);
});

test('round trip: ical.js reads back the same events, texts and occurrences', () => {
  const cal = parse(activitiesToICalendar(feed, activities, { lang: 'nl', nowMs: NOW }));
  const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  assert.equal(events.length, activities.length);
  const from = fromWall(2026, 1, 1);
  const to = fromWall(2028, 1, 1);
  for (const [i, event] of events.entries()) {
    const a = activities[i]!;
    assert.equal(event.summary, a.title);
    if (a.description) assert.equal(event.description, a.description);
    const theirs: string[] = [];
    const it = event.iterator();
    // All-day events are floating dates in iCalendar: compare dates; timed ones: compare instants.
    const allDay = a.start.length === 10;
    for (let t = it.next(); t && t.toUnixTime() * 1000 < to; t = it.next()) theirs.push(allDay ? t.toString() : String(t.toUnixTime() * 1000));
    const ours = activityInstances(a, { fromMs: from, toMs: to }).map((o) => (allDay ? isoDate(o.date) : String(o.startMs)));
    assert.deepEqual(theirs, ours, a.id);
    assert.ok(ours.length > 0);
  }
  assert.equal(events[0]!.iterator().next()!.toString(), '2026-10-06T10:00:00');
  assert.equal(events[0]!.duration.toSeconds(), 90 * 60);
  assert.equal(events[2]!.component.getFirstPropertyValue('status'), 'CANCELLED');
  // The taalcafé: weekly Tuesdays until 30 March 2027 minus two, across the October and March DST changes.
  const tuesdays = activityInstances(activities[0]!, { fromMs: from, toMs: to });
  assert.deepEqual(events[4]!.iterator().next()!.toString(), '2026-12-21');
  assert.equal(tuesdays.length, 26 - 2);
});

test('one occurrence of a recurring activity exports on its own, with its own date and UID', () => {
  const start = fromWall(2027, 1, 12, 10);
  const text = occurrenceToICalendar(feed, { activity: activities[0]!, startMs: start }, { lang: 'en', nowMs: NOW });
  assert.doesNotMatch(text.slice(text.indexOf('BEGIN:VEVENT')), /RRULE|EXDATE/);
  const cal = parse(text);
  const event = new ICAL.Event(cal.getFirstSubcomponent('vevent')!);
  assert.equal(event.startDate.toUnixTime() * 1000, start);
  assert.equal(event.endDate.toUnixTime() * 1000, start + 90 * 60_000);
  assert.equal(event.uid, 'taalcafe-20270112T1000@mijn-streek.biebkit');
  const allDay = parse(occurrenceToICalendar(feed, { activity: activities[3]!, startMs: fromWall(2026, 12, 12) }, { lang: 'nl', nowMs: NOW }));
  const ev = new ICAL.Event(allDay.getFirstSubcomponent('vevent')!);
  assert.equal(ev.startDate.isDate, true);
  assert.equal(ev.startDate.toString(), '2026-12-12');
  assert.equal(ev.endDate.toString(), '2026-12-14');
});

test('a subscription: SEQUENCE per event, the refresh interval and the published address, parsed by ical.js', () => {
  const text = activitiesToICalendar(feed, activities, {
    lang: 'nl',
    nowMs: NOW,
    name: 'Activiteiten Mijn Streek',
    sequence: (a) => (a.id === 'taalcafe' ? 3 : 0),
    refresh: 'PT12H',
    source: 'https://bieb.example.nl/biebkit/ics/agenda.ics',
  });
  const cal = new ICAL.Component(ICAL.parse(text));
  assert.equal(cal.getFirstPropertyValue('refresh-interval')?.toString(), 'PT12H');
  assert.equal(cal.getFirstPropertyValue('x-published-ttl'), 'PT12H');
  assert.equal(cal.getFirstPropertyValue('source'), 'https://bieb.example.nl/biebkit/ics/agenda.ics');
  assert.equal(cal.getFirstPropertyValue('name'), 'Activiteiten Mijn Streek');
  const events = new Map(cal.getAllSubcomponents('vevent').map((e) => [e.getFirstPropertyValue('uid'), new ICAL.Event(e)]));
  assert.equal(events.get('taalcafe@mijn-streek.biebkit')!.sequence, 3);
  assert.equal(events.get('dnd@mijn-streek.biebkit')!.sequence, 0);
  // Without the options (a download) there is no SEQUENCE, and no subscription headers.
  const plain = activitiesToICalendar(feed, activities, { lang: 'nl', nowMs: NOW });
  assert.doesNotMatch(plain, /SEQUENCE|REFRESH-INTERVAL|SOURCE/);
});
