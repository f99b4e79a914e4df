/**
 * An iCalendar export (fixtures/agenda.ics, written as Wise, Outlook, Google and WordPress write them: two
 * VTIMEZONEs, series across both changes of the clocks, EXDATE, RDATE, changed and cancelled occurrences,
 * VALARM, X- properties, a private event, HTML, a UTC series, rules outside the feed's subset) imported with
 * the workbook it belongs to, and every imported series checked against ical.js's own expansion.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { activityInstances, fromWall, isoLocalDateTime, type Activity } from '@biebkit/feed';
import { parseFeed } from '@biebkit/feed/validate';
import { importFiles } from '../src/import.js';
import { formatProblem } from '../src/problems.js';
import { htmlToText } from '../src/ics.js';
import { matchBranch } from '../src/match.js';

const fixtures = new URL('./fixtures/', import.meta.url).pathname;
const file = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(`${fixtures}${name}`)) });
const ICS = readFileSync(`${fixtures}agenda.ics`, 'utf8');
const FROM = fromWall(2026, 9, 1);
const TO = fromWall(2028, 1, 1);

async function imported() {
  return importFiles([file('duinstreek.xlsx'), file('agenda.ics')]);
}

/** The start instants ical.js gives for a UID: RRULE, RDATE, EXDATE and changed occurrences, cancelled ones left out. */
function icalStarts(uid: string): number[] {
  const root = new ICAL.Component(ICAL.parse(ICS) as unknown as unknown[]);
  for (const vtz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(vtz), String(vtz.getFirstPropertyValue('tzid')));
  try {
    const events = root.getAllSubcomponents('vevent').filter((v) => v.getFirstPropertyValue('uid') === uid);
    const master = new ICAL.Event(events.find((v) => !v.hasProperty('recurrence-id')));
    for (const ex of events.filter((v) => v.hasProperty('recurrence-id'))) master.relateException(new ICAL.Event(ex));
    const starts: number[] = [];
    const it = master.iterator();
    for (let next = it.next(), n = 0; next && n < 500; next = it.next(), n++) {
      const details = master.getOccurrenceDetails(next);
      const changed = details.item.component.hasProperty('recurrence-id');
      if (changed && String(details.item.component.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED') continue;
      const start = details.startDate;
      // A floating time (no zone) is Amsterdam time, as X-WR-TIMEZONE says.
      const ms = start.zone?.tzid === 'floating' ? fromWall(start.year, start.month, start.day, start.hour, start.minute) : start.toUnixTime() * 1000;
      if (ms >= FROM && ms < TO) starts.push(ms);
    }
    return starts.sort((a, b) => a - b);
  } finally {
    for (const vtz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.remove(String(vtz.getFirstPropertyValue('tzid')));
  }
}

/** The start instants Biebkit shows for activities (a series and the activities it was split into). */
function biebkitStarts(activities: Activity[]): number[] {
  return activities.flatMap((a) => activityInstances(a, { fromMs: FROM, toMs: TO }).map((i) => i.startMs)).sort((a, b) => a - b);
}

test('the calendar with its workbook: activities at Amsterdam wall-clock time, every problem named by UID', async () => {
  const r = await imported();
  const lines = r.problems.map((p) => `${p.severity} ${formatProblem(p)}`);
  const uid = (u: string) => lines.filter((l) => l.includes(`UID ${u}`));
  assert.deepEqual(uid('maandafsluiter@wise.bieb-duinstreek.nl'), ['error agenda.ics, UID maandafsluiter@wise.bieb-duinstreek.nl: RRULE BYSETPOS is not supported; imported as one activity']);
  assert.deepEqual(uid('jaarfeest@wise.bieb-duinstreek.nl'), ['error agenda.ics, UID jaarfeest@wise.bieb-duinstreek.nl: RRULE FREQ=YEARLY is not supported; imported as one activity']);
  assert.deepEqual(uid('personeelsuitje@outlook'), ['warning agenda.ics, UID personeelsuitje@outlook: the event is private (CLASS:PRIVATE) and was not published']);
  assert.deepEqual(uid('7kukuqrr1u4ot7b4jg8u5h4ai8@google.com'), [
    'warning agenda.ics, UID 7kukuqrr1u4ot7b4jg8u5h4ai8@google.com: the series is kept in UTC: on 2027-03-31 it starts at 15:00 in Amsterdam, not 14:00; imported at 14:00 Amsterdam time throughout',
  ]);
  assert.deepEqual(uid('kern@wise.bieb-duinstreek.nl'), ['warning agenda.ics, UID kern@wise.bieb-duinstreek.nl: LOCATION "Dorpshuis De Kern, Bentveld" matches no branch; imported as a place of its own']);
  assert.ok(lines.includes('info agenda.ics: not part of a feed, so not imported: VTODO, VALARM, X-WISE-ACTIVITEIT-ID, X-MICROSOFT-CDO-BUSYSTATUS, X-MICROSOFT-CDO-ALLDAYEVENT'), lines.join('\n'));
  assert.ok(lines.includes('info agenda.ics: categories that name no audience, theme or Wsob function were not used: Taalles'), lines.join('\n'));
  assert.equal(r.errors, 2);
  // Nothing else went wrong, and what there is passes validation.
  assert.ok(r.valid && parseFeed(JSON.stringify(r.valid)).ok);
});

test('each imported activity: ids from the UID, times, places matched by name and address, text, categories', async () => {
  const r = await imported();
  const byId = new Map(r.feed!.activities!.map((a) => [a.id, a]));
  const taal = byId.get('taalcafe-wise.bieb-duinstreek.nl')!;
  assert.deepEqual(taal, {
    id: 'taalcafe-wise.bieb-duinstreek.nl',
    title: 'Taalcafé',
    description: 'Oefen Nederlands in een ontspannen sfeer, met koffie. Voor iedereen die de taal wil leren.',
    start: '2027-02-16T10:00',
    end: '2027-02-16T11:30',
    branch: 'zandvoort',
    audiences: ['adults', 'low-literate-adults'],
    recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20270525T080000Z', exdates: ['2027-04-27T10:00'] },
  });
  // An Outlook UID is long: the id is readable where it can be, unique by a hash where it must be.
  const leesclub = [...byId.values()].find((a) => a.title === 'Leesclub Literatuur')!;
  assert.match(leesclub.id, /^[a-z0-9-]{1,40}-[0-9a-f]{8}$/);
  assert.equal(leesclub.branch, 'bloemendaal'); // by postal code and house number
  assert.equal(leesclub.start, '2026-10-14T19:30'); // "W. Europe Standard Time", Outlook's name
  assert.equal(byId.get('expositie-wise.bieb-duinstreek.nl')!.end, '2027-02-20'); // DTEND;VALUE=DATE is the day after
  assert.deepEqual(byId.get('expositie-wise.bieb-duinstreek.nl')!.audiences, ['everyone']);
  assert.equal(byId.get('expositie-wise.bieb-duinstreek.nl')!.function, 'art-culture');
  const kern = byId.get('kern-wise.bieb-duinstreek.nl')!;
  assert.deepEqual(kern.location, { name: 'Dorpshuis De Kern, Bentveld', geo: { lat: 52.3712, lon: 4.5891 } });
  assert.deepEqual([kern.function, kern.audiences], ['knowledge-information', ['seniors']]);
  const workshop = byId.get('veilig-mailen-bieb-duinstreek.example.nl')!;
  assert.equal(workshop.description, 'Een workshop over e-mail & veiligheid.\n\n• Neem je laptop mee\n• Gratis\n\nCafé open vanaf 19.00 uur.');
  assert.equal(workshop.status, 'cancelled');
  assert.equal(workshop.start, '2026-12-02T19:30'); // floating, read as X-WR-TIMEZONE (Amsterdam)
  assert.deepEqual(workshop.location, { name: 'Online', online: true, url: 'https://meet.example.nl/veilig-mailen' });
  assert.equal(byId.has('personeelsuitje-outlook'), false);
  // The workbook's own activities are there too.
  assert.ok(byId.has('taalcafe') && byId.has('expositie'));
});

test('every series is what ical.js expands: EXDATE across the change to summer time, RDATE and changed occurrences as activities of their own', async () => {
  const r = await imported();
  const acts = r.feed!.activities!;
  const of = (stem: string) => acts.filter((a) => a.id === stem || a.id.startsWith(`${stem}-2`));
  for (const [uid, stem] of [
    ['taalcafe@wise.bieb-duinstreek.nl', 'taalcafe-wise.bieb-duinstreek.nl'],
    ['expositie@wise.bieb-duinstreek.nl', 'expositie-wise.bieb-duinstreek.nl'],
    ['voorlezen@wise.bieb-duinstreek.nl', 'voorlezen-wise.bieb-duinstreek.nl'],
    ['kern@wise.bieb-duinstreek.nl', 'kern-wise.bieb-duinstreek.nl'],
    ['veilig-mailen@bieb-duinstreek.example.nl', 'veilig-mailen-bieb-duinstreek.example.nl'],
  ] as const) {
    const ours = biebkitStarts(of(stem));
    const theirs = icalStarts(uid);
    assert.ok(theirs.length > 0, uid);
    assert.deepEqual(ours.map(isoLocalDateTime), theirs.map(isoLocalDateTime), uid);
  }
  const leesclub = acts.find((a) => a.title === 'Leesclub Literatuur')!;
  const lc = biebkitStarts([leesclub]);
  assert.deepEqual(lc.map(isoLocalDateTime), icalStarts('040000008200E00074C5B7101A82E0080000000070D2B5F3C25FDB01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90').map(isoLocalDateTime));
  assert.equal(lc.length, 10);
  // 19:30 in Amsterdam both sides of 25 October and 28 March.
  assert.ok(lc.every((t) => isoLocalDateTime(t).endsWith('T19:30')));
  // The Taalcafé: 15 Tuesdays from 16 February to 25 May 2027, less King's Day.
  const taal = biebkitStarts(of('taalcafe-wise.bieb-duinstreek.nl')).map(isoLocalDateTime);
  assert.equal(taal.length, 14);
  assert.ok(!taal.includes('2027-04-27T10:00') && taal.includes('2027-03-30T10:00') && taal.at(-1) === '2027-05-25T10:00');
  // The Saturday readings: 8, one moved to 11:30, one cancelled, one extra on a Sunday afternoon.
  const voor = biebkitStarts(of('voorlezen-wise.bieb-duinstreek.nl')).map(isoLocalDateTime);
  assert.deepEqual(voor, ['2026-11-07T10:30', '2026-11-14T10:30', '2026-11-21T11:30', '2026-11-28T10:30', '2026-11-29T14:30', '2026-12-12T10:30', '2026-12-19T10:30', '2026-12-26T10:30']);
  // The UTC series: ical.js moves it an hour in Amsterdam after 28 March; the feed cannot, and said so.
  const digi = acts.find((a) => a.title === 'DigiCafé')!;
  assert.deepEqual(biebkitStarts([digi]).map((t) => isoLocalDateTime(t).slice(11)), Array(6).fill('14:00'));
  assert.deepEqual(icalStarts('7kukuqrr1u4ot7b4jg8u5h4ai8@google.com').map((t) => isoLocalDateTime(t).slice(11)), ['14:00', '14:00', '14:00', '15:00', '15:00', '15:00']);
  // The BYSETPOS rule, reported: one activity where ical.js has many.
  const last = acts.find((a) => a.title === 'Boekenpraat op de laatste werkdag')!;
  assert.equal(last.recurrence, undefined);
  assert.ok(icalStarts('maandafsluiter@wise.bieb-duinstreek.nl').length > 10);
});

test('200 generated series (three ways of giving the zone, across both changes of the clocks) import to what ical.js expands', async () => {
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
  const pad = (n: number) => String(n).padStart(2, '0');
  const head = ICS.slice(0, ICS.indexOf('BEGIN:VEVENT'));
  const events: string[] = [];
  const uids: string[] = [];
  for (let i = 0; i < 200; i++) {
    const freq = pick(['DAILY', 'WEEKLY', 'MONTHLY'] as const);
    const parts = [`FREQ=${freq}`];
    if (random() < 0.4) parts.push(`INTERVAL=${int(2, freq === 'DAILY' ? 9 : 3)}`);
    if (freq === 'WEEKLY' && random() < 0.8) parts.push(`BYDAY=${[...new Set([pick(DAYS), pick(DAYS)])].join(',')}`);
    if (freq === 'MONTHLY') {
      const r = random();
      if (r < 0.5) parts.push(`BYDAY=${pick([1, 2, 3, 4, -1])}${pick(DAYS)}`);
      else if (r < 0.75) parts.push(`BYMONTHDAY=${pick([1, 10, 15, 28, 31, -1])}`);
    }
    if (freq === 'DAILY' && random() < 0.3) parts.push(`BYDAY=${pick(DAYS)},${pick(DAYS)}`);
    const month = int(1, 12);
    const day = int(1, 28);
    const hour = int(8, 20);
    const minute = pick([0, 15, 30, 45]);
    let local = `2026${pad(month)}${pad(day)}T${pad(hour)}${pad(minute)}00`;
    if (random() < 0.5) parts.push(`COUNT=${int(3, 40)}`);
    else parts.push(`UNTIL=${2027 + int(0, 1)}${pad(int(1, 12))}${pad(int(1, 28))}T225959Z`);
    if (random() < 0.1) parts.push('WKST=SU');
    // The zone: Amsterdam's VTIMEZONE, Outlook's Windows name (its own VTIMEZONE), or floating with X-WR-TIMEZONE.
    const zone = pick(['TZID=Europe/Amsterdam:', 'TZID=W. Europe Standard Time:', '']);
    // DTSTART on the rule's first day: RFC 5545 leaves other starts undefined (tested apart, below).
    const probe = new ICAL.Event(new ICAL.Component(ICAL.parse(`BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:p\r\nDTSTART:${local}\r\nRRULE:${parts.join(';')}\r\nEND:VEVENT\r\nEND:VCALENDAR`) as unknown as unknown[]).getFirstSubcomponent('vevent')!);
    local = probe.iterator().next()!.toICALString();
    const uid = `gen-${i}@test.example`;
    uids.push(uid);
    const exdate = `2026${pad(Math.min(12, month + 1))}${pad(day)}T${pad(hour)}${pad(minute)}00`;
    const exdates = random() < 0.4 ? [zone ? `EXDATE;${zone}${exdate}` : `EXDATE:${exdate}`] : [];
    events.push('BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20261120T070000Z', `DTSTART${zone ? `;${zone}` : ':'}${local}`, `RRULE:${parts.join(';')}`, ...exdates, `SUMMARY:Reeks ${i}`, 'END:VEVENT');
  }
  const text = `${head}${events.join('\r\n')}\r\nEND:VCALENDAR\r\n`;
  const r = await importFiles([file('duinstreek.xlsx'), { name: 'reeksen.ics', bytes: new TextEncoder().encode(text) }]);
  assert.equal(r.errors, 0, r.problems.map((p) => formatProblem(p)).join('\n'));
  const root = new ICAL.Component(ICAL.parse(text) as unknown as unknown[]);
  for (const vtz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(vtz), String(vtz.getFirstPropertyValue('tzid')));
  try {
    let compared = 0;
    for (const uid of uids) {
      const ve = root.getAllSubcomponents('vevent').find((v) => v.getFirstPropertyValue('uid') === uid)!;
      const event = new ICAL.Event(ve);
      const theirs: string[] = [];
      const it = event.iterator();
      for (let next = it.next(), n = 0; next && n < 5000; next = it.next(), n++) {
        const ms = next.zone?.tzid === 'floating' ? fromWall(next.year, next.month, next.day, next.hour, next.minute) : next.toUnixTime() * 1000;
        if (ms >= TO) break;
        if (ms >= FROM) theirs.push(isoLocalDateTime(ms));
      }
      const activity = r.feed!.activities!.find((a) => a.id === uid.replace('@', '-'))!;
      const ours = biebkitStarts([activity]).map(isoLocalDateTime);
      assert.deepEqual(ours, theirs, `${uid}: ${String(ve.getFirstPropertyValue('rrule'))} from ${String(ve.getFirstPropertyValue('dtstart'))}`);
      compared += theirs.length;
    }
    assert.ok(compared > 2000, `${compared} occurrences compared`);
  } finally {
    for (const vtz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.remove(String(vtz.getFirstPropertyValue('tzid')));
  }
});

test('a DTSTART that is not a day of its rule is kept as the first occurrence, and named', async () => {
  const head = ICS.slice(0, ICS.indexOf('BEGIN:VEVENT'));
  const text = `${head}BEGIN:VEVENT\r\nUID:zaterdag@test.example\r\nDTSTAMP:20261120T070000Z\r\nDTSTART;TZID=Europe/Amsterdam:20261003T130000\r\nRRULE:FREQ=WEEKLY;COUNT=4;BYDAY=SU,MO\r\nSUMMARY:Reeks\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`;
  const r = await importFiles([file('duinstreek.xlsx'), { name: 'r.ics', bytes: new TextEncoder().encode(text) }]);
  assert.deepEqual(r.problems.filter((p) => p.place.kind === 'event').map((p) => formatProblem(p)), [
    'r.ics, UID zaterdag@test.example: DTSTART (2026-10-03 13:00) is not a day its RRULE gives (the first is 2026-10-04 13:00); calendar programs differ here: the feed shows the start as the first occurrence, as RFC 5545 counts it',
  ]);
  const a = r.feed!.activities!.find((x) => x.id === 'zaterdag-test.example')!;
  assert.deepEqual(biebkitStarts([a]).map(isoLocalDateTime), ['2026-10-03T13:00', '2026-10-04T13:00', '2026-10-05T13:00', '2026-10-11T13:00']);
});

test('an EXDATE that matches no occurrence is named once, by UID, in the validator\'s words', async () => {
  const head = ICS.slice(0, ICS.indexOf('BEGIN:VEVENT'));
  const text = `${head}BEGIN:VEVENT\r\nUID:dinsdag@test.example\r\nDTSTAMP:20261120T070000Z\r\nDTSTART;TZID=Europe/Amsterdam:20261006T130000\r\nRRULE:FREQ=WEEKLY;COUNT=4;BYDAY=TU\r\nEXDATE;TZID=Europe/Amsterdam:20261014T130000\r\nSUMMARY:Reeks\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`;
  const r = await importFiles([file('duinstreek.xlsx'), { name: 'r.ics', bytes: new TextEncoder().encode(text) }]);
  assert.deepEqual(r.problems.filter((p) => p.place.kind === 'event').map((p) => formatProblem(p)), [
    'r.ics, UID dinsdag@test.example: 2026-10-14T13:00 matches no occurrence of this series (the nearest is 2026-10-13T13:00); it removes nothing',
  ]);
});

test('HTML to plain text, and LOCATION to a branch', () => {
  assert.equal(htmlToText('<p>Hallo&nbsp;<i>allemaal</i></p><p>Tot &#233;&eacute;n &amp; twee<br>uur</p>'), 'Hallo allemaal\n\nTot één & twee\nuur');
  assert.equal(htmlToText('<script>alert(1)</script><style>p{}</style>Tekst <a href="https://x.nl">link</a>'), 'Tekst link');
  const branches = [
    { id: 'plein-1', names: ['Bibliotheek Heemstede (Plein 1)'], address: { street: 'Julianaplein 1', postalCode: '2101 AA', city: 'Heemstede' } },
    { id: 'zv', names: ['Bibliotheek Zandvoort'], address: { street: 'Prinsesseweg 34', postalCode: '2042 NB', city: 'Zandvoort' } },
    { id: 'zv-2', names: ['Zandvoort Noord'], address: { street: 'Prinsesseweg 36', postalCode: '2042 NB', city: 'Zandvoort' } },
  ];
  assert.deepEqual(matchBranch('bibliotheek zandvoort', branches), { id: 'zv' });
  assert.deepEqual(matchBranch('Julianaplein 1, 2101AA Heemstede', branches), { id: 'plein-1' });
  assert.deepEqual(matchBranch('Prinsesseweg 36, 2042 NB Zandvoort', branches), { id: 'zv-2' });
  assert.deepEqual(matchBranch('2042 NB', branches), { ambiguous: ['zv', 'zv-2'] });
  assert.deepEqual(matchBranch('Plein 1', branches), { id: 'plein-1' });
  assert.equal(matchBranch('Dorpshuis De Kern', branches), undefined);
});

test('an .ics of 5 MB (10,000 events) imports without a crash, each event an activity', async () => {
  const events: string[] = [];
  for (let i = 0; i < 10_000; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(1 + (Math.floor(i / 28) % 12)).padStart(2, '0');
    events.push(
      'BEGIN:VEVENT',
      `UID:event-${i}@groot.example`,
      'DTSTAMP:20261120T070000Z',
      `DTSTART;TZID=Europe/Amsterdam:2027${month}${day}T${String(9 + (i % 10)).padStart(2, '0')}0000`,
      `DTEND;TZID=Europe/Amsterdam:2027${month}${day}T${String(10 + (i % 10)).padStart(2, '0')}0000`,
      `SUMMARY:Activiteit ${i}`,
      `DESCRIPTION:${'Een beschrijving van de activiteit\\, met details over wat er gebeurt. '.repeat(6)}`,
      'LOCATION:Bibliotheek Zandvoort',
      i % 5 === 0 ? 'RRULE:FREQ=WEEKLY;COUNT=4' : 'CATEGORIES:Iedereen',
      'END:VEVENT',
    );
  }
  const head = ICS.slice(0, ICS.indexOf('BEGIN:VEVENT'));
  const text = `${head}${events.join('\r\n')}\r\nEND:VCALENDAR\r\n`;
  const bytes = new TextEncoder().encode(text);
  assert.ok(bytes.length > 5_000_000, `${bytes.length} bytes`);
  const r = await importFiles([file('duinstreek.xlsx'), { name: 'groot.ics', bytes }]);
  assert.equal(r.errors, 0, r.problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p)).join('\n'));
  assert.equal(r.counts.events, 10_000);
  assert.equal(r.feed!.activities!.filter((a) => a.id.endsWith('-groot.example')).length, 10_000);
  assert.ok(r.feed!.activities!.every((a) => a.id.length <= 80));
});

test('what events systems say for search engines (fixtures/evenementen.ics): picture, organizer, speaker, the link to join, a moved occurrence; invitees never published', async () => {
  const r = await importFiles([file('duinstreek.xlsx'), file('evenementen.ics')]);
  const lines = r.problems.filter((p) => p.place.kind !== 'cell').map((p) => `${p.severity} ${formatProblem(p)}`);
  assert.deepEqual(lines, [
    'warning evenementen.ics, UID filmavond@wise.bieb-duinstreek.nl: ATTACH holds the picture itself, not its web address: a feed links to pictures, so it was left out',
    'info evenementen.ics: not part of a feed, so not imported: ATTENDEE (2×), X-MICROSOFT-CDO-BUSYSTATUS',
    'info evenementen.ics: 2 picture(s) (IMAGE, ATTACH) have no description in the calendar: the title is their alt text. Describe what each shows in the workbook (Afbeelding beschrijving), for people who cannot see it',
  ]);
  const byTitle = (t: string) => r.feed!.activities!.filter((a) => a.title === t);
  // WordPress (The Events Calendar): ATTACH as the picture, ORGANIZER by its name, the speaker (CHAIR, a group), a livestream.
  const [lezing] = byTitle('Lezing: de duinen van Zandvoort');
  assert.deepEqual(
    [lezing!.image, lezing!.organizer, lezing!.performers, lezing!.attendanceMode, lezing!.onlineUrl, lezing!.branch, lezing!.url],
    [
      { url: 'https://www.bieb-duinstreek.example.nl/wp-content/uploads/2026/11/duinen.jpg', alt: 'Lezing: de duinen van Zandvoort' },
      { name: 'Stichting Duinbehoud' },
      [{ name: 'Stichting Duinbehoud', kind: 'organization' }],
      'mixed',
      'https://www.bieb-duinstreek.example.nl/live/duinen',
      'zandvoort',
      'https://www.bieb-duinstreek.example.nl/agenda/lezing-duinen/',
    ],
  );
  // Google Calendar: the agenda itself as ORGANIZER is no outside organizer; Meet's link makes it online; the invitee is left out.
  const [webinar] = byTitle('Webinar: veilig online bankieren');
  assert.deepEqual([webinar!.organizer, webinar!.performers, webinar!.attendanceMode, webinar!.onlineUrl], [undefined, [{ name: 'Pieter Smit', kind: 'person' }], 'online', 'https://meet.google.com/abc-defg-hij']);
  assert.ok(!JSON.stringify(r.feed).includes('Marie Bakker') && !JSON.stringify(r.feed).includes('Jan de Vries'), 'invitees are never published');
  // Outlook: a Teams meeting, "Microsoft Teams-vergadering" as its place.
  const [teams] = byTitle('Spreekuur DigiD op afstand');
  assert.deepEqual([teams!.attendanceMode, teams!.onlineUrl, teams!.location, teams!.branch], ['online', 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0', undefined, undefined]);
  // RFC 7986 IMAGE: the full-size one, not the badge. A changed occurrence a week later in another branch is moved;
  // one with only another title is not.
  const leesclub = byTitle('Leesclub');
  assert.equal(leesclub[0]!.image!.url, 'https://www.bieb-duinstreek.example.nl/img/leesclub.jpg');
  assert.deepEqual(
    [leesclub[1]!.status, leesclub[1]!.start, leesclub[1]!.previousStart, leesclub[1]!.branch, leesclub[1]!.previousPlace],
    ['moved', '2027-03-09T19:30', '2027-03-02T19:30', 'zandvoort', 'Servicepunt Bloemendaal'],
  );
  assert.equal(byTitle('Leesclub met de schrijver')[0]!.status, undefined);
  assert.equal(byTitle('Filmavond')[0]!.status, 'cancelled');
  assert.equal(byTitle('Filmavond')[0]!.image, undefined);
  // Everything passes the validator, without a word from it.
  const check = parseFeed(JSON.stringify(r.feed));
  assert.ok(check.ok && check.model.problems.length === 0, check.ok ? JSON.stringify(check.model.problems) : '');
});
