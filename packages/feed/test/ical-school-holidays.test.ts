/** The .ics of a series with a school-holiday rule: the holiday dates as EXDATE, or only those dates as RDATE. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Feed } from '../src/generated/feed-types.js';
import { activitiesToICalendar } from '../src/ical/index.js';
import { fromWall } from '../src/time/amsterdam.js';

const feed: Feed = {
  version: 1,
  organization: { id: 'bieb', name: 'Bieb', schoolHolidayRegion: 'noord', municipalities: [{ id: 'GM0397', name: 'Heemstede' }] },
  branches: [{ id: 'plein-1', name: 'Plein 1', kind: 'branch', municipality: 'GM0397' }],
};
const options = { lang: 'nl' as const, nowMs: fromWall(2026, 12, 6, 12), name: 'Agenda' };
const unfold = (ics: string) => ics.replace(/\r\n /g, '');

test('not in the school holidays: the weekly rule with the holiday dates as EXDATE, up to the end of the data', () => {
  const ics = unfold(activitiesToICalendar(feed, [{ id: 'taal', title: 'Taalcafé', start: '2027-01-05T10:00', end: '2027-01-05T11:30', branch: 'plein-1', schoolHolidays: 'except', recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=TU', exdates: ['2027-03-30'] } }], options));
  assert.match(ics, /RRULE:FREQ=WEEKLY;BYDAY=TU\r\n/);
  const exdate = /EXDATE;TZID=Europe\/Amsterdam:([^\r]*)/.exec(ics)![1]!.split(',');
  // 2027-03-30 from the feed; spring 20-28 Feb (23 Feb), may 24 Apr-2 May (27 Apr), summer 10 Jul-22 Aug (6 Tuesdays).
  assert.deepEqual(exdate, ['20270330T100000', '20270223T100000', '20270427T100000', '20270713T100000', '20270720T100000', '20270727T100000', '20270803T100000', '20270810T100000', '20270817T100000']);
});

test('only in the school holidays: the holiday dates themselves, the first as DTSTART, the rest as RDATE', () => {
  const ics = unfold(activitiesToICalendar(feed, [{ id: 'zomer', title: 'Zomerleesclub', start: '2027-01-06T10:00', end: '2027-01-06T11:00', branch: 'plein-1', schoolHolidays: 'only', recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=WE' } }], options));
  assert.doesNotMatch(ics.slice(ics.indexOf('BEGIN:VEVENT')), /RRULE/);
  assert.match(ics, /DTSTART;TZID=Europe\/Amsterdam:20270224T100000\r\nDTEND;TZID=Europe\/Amsterdam:20270224T110000\r\n/);
  const rdate = /RDATE;TZID=Europe\/Amsterdam:([^\r]*)/.exec(ics)![1]!.split(',');
  assert.deepEqual(rdate, ['20270428T100000', '20270714T100000', '20270721T100000', '20270728T100000', '20270804T100000', '20270811T100000', '20270818T100000']);
});
