/**
 * Cells as Dutch staff and Dutch Excel write them: decimal commas, thousands dots, percentages, dates in
 * words and digits and as Excel serial numbers, times with dots and "uur", "gesloten", ja/nee, Dutch labels,
 * and recurrence in words. Every refusal says what is wrong and what to write instead.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codecOf, dateFromSerial, parseDateText, parseDutchNumber, parseIntervalsText, parseTimeText, serialFromDate, type Cell } from '../src/cells.js';
import { columnsOf, sheetSpec, type Column } from '../src/table.js';
import { dutchFromRRule, readRecurrence, rruleFromDutch } from '../src/recurrence-nl.js';
import { decodeText, encodingOf } from '../src/workbook.js';

const column = (sheet: string, header: string): Column => {
  const c = columnsOf(sheetSpec(sheet)).find((x) => x.header === header);
  assert.ok(c, `${sheet}.${header}`);
  return c;
};
const read = (sheet: string, header: string, cell: Cell | string | number | boolean) =>
  codecOf(column(sheet, header)).read(typeof cell === 'object' ? cell : { v: cell }, {});
const value = (sheet: string, header: string, cell: Cell | string | number | boolean) => {
  const r = read(sheet, header, cell);
  assert.ok(r.ok, r.ok ? '' : r.error.en);
  return r.value;
};
const error = (sheet: string, header: string, cell: Cell | string | number | boolean) => {
  const r = read(sheet, header, cell);
  assert.ok(!r.ok, `expected ${JSON.stringify(cell)} to be refused`);
  return r.error;
};

test('numbers: decimal comma, thousands dots, euro, percent, "uur"', () => {
  assert.equal(parseDutchNumber('38,5'), 38.5);
  assert.equal(parseDutchNumber('1.234'), 1234);
  assert.equal(parseDutchNumber('1.234,5'), 1234.5);
  assert.equal(parseDutchNumber('-3'), -3);
  assert.equal(parseDutchNumber('€ 2,50'), 2.5);
  assert.equal(parseDutchNumber('€ 5,-'), 5);
  assert.equal(parseDutchNumber('38,5 uur'), 38.5);
  assert.equal(parseDutchNumber('57%'), 57);
  assert.equal(parseDutchNumber('38.5'), 38.5);
  assert.equal(parseDutchNumber('12 345'), 12345);
  assert.equal(parseDutchNumber('veel'), undefined);
  assert.equal(value('Metingen', 'Waarde', '10.870'), 10870);
  // A cell formatted as a percentage holds 0.87 for 87%: the feed counts percent as 0-100.
  assert.equal(value('Metingen', 'Waarde', { v: 0.87, z: '0%' }), 87);
  assert.equal(value('Activiteiten', 'Prijs', 'gratis'), 0);
  assert.match(error('Metingen', 'Waarde', 'ongeveer 40').en, /"ongeveer 40" is not a number \(write 38,5 or 1234\)/);
  assert.match(error('Gemeenten', 'Inwoners', '24000,5').en, /24000\.5 is not a whole number/);
  assert.match(error('Vestigingen', 'Breedtegraad', '152,3').en, /above 90/);
});

test('dates: dd-mm-jjjj, d-m-jj, with slashes or dots, ISO, in words, Excel serial numbers (1900 and 1904)', () => {
  const iso = (t: string) => {
    const d = parseDateText(t);
    assert.ok(d && d !== 'not-real', t);
    return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
  };
  assert.equal(iso('24-12-2026'), '2026-12-24');
  assert.equal(iso('3-1-2027'), '2027-01-03');
  assert.equal(iso('3/1/2027'), '2027-01-03');
  assert.equal(iso('03.01.27'), '2027-01-03');
  assert.equal(iso('2027-01-03'), '2027-01-03');
  assert.equal(iso('3 januari 2027'), '2027-01-03');
  assert.equal(iso('di 3 nov. 2026'), '2026-11-03');
  assert.equal(iso('46329'), '2026-11-03'); // an Excel serial number in a CSV
  assert.equal(parseDateText('30-02-2027'), 'not-real');
  assert.deepEqual(dateFromSerial(46329), { year: 2026, month: 11, day: 3 });
  assert.deepEqual(dateFromSerial(44867, true), { year: 2026, month: 11, day: 3 });
  assert.equal(serialFromDate('2026-11-03'), 46329);
  assert.equal(value('Uitzonderingen', 'Datum', 46380), '2026-12-24');
  assert.match(error('Uitzonderingen', 'Datum', '31-06-2027').en, /"31-06-2027" is not a real date/);
  assert.match(error('Uitzonderingen', 'Datum', 'Kerstavond').en, /is not a date \(write dd-mm-jjjj, such as 24-12-2026\)/);
  assert.deepEqual(value('Activiteiten', 'Vervalt op', '22-12-2026, 29-12-2026 14.00 uur'), ['2026-12-22', '2026-12-29T14:00']);
});

test('times: 10:00, 10.00, 9:30, 10 uur, time cells (fractions of a day), 24:00 only as an end', () => {
  assert.deepEqual(parseTimeText('10.00'), { hour: 10, minute: 0, second: 0 });
  assert.deepEqual(parseTimeText('9:30'), { hour: 9, minute: 30, second: 0 });
  assert.deepEqual(parseTimeText('10 uur'), { hour: 10, minute: 0, second: 0 });
  assert.deepEqual(parseTimeText('24:00'), { hour: 24, minute: 0, second: 0 });
  assert.equal(parseTimeText('24:30'), undefined);
  assert.equal(parseTimeText('10:75'), undefined);
});

test('opening intervals: the issue\'s own example, closed days, several ranges, a day in front', () => {
  const ok = (t: string) => {
    const r = parseIntervalsText(t);
    assert.ok(r.ok, r.ok ? '' : r.error.en);
    return r.value;
  };
  assert.deepEqual(ok('10:00-12:30, 13:30-17:30'), { intervals: ['10:00-12:30', '13:30-17:30'] });
  assert.deepEqual(ok('10.00 - 17.30 uur'), { intervals: ['10:00-17:30'] });
  assert.deepEqual(ok('10:00 tot 12:00 en 13:00 tot 17:00'), { intervals: ['10:00-12:00', '13:00-17:00'] });
  assert.deepEqual(ok('gesloten'), { intervals: [] });
  assert.deepEqual(ok('ma 10:00-12:30, 13:30-17:30'), { intervals: ['10:00-12:30', '13:30-17:30'], day: 0 });
  assert.deepEqual(ok('zaterdag 10-14'), { intervals: ['10:00-14:00'], day: 5 });
  assert.deepEqual(ok('20:00-24:00'), { intervals: ['20:00-24:00'] });
  const bad = parseIntervalsText('10:00-1730');
  assert.ok(!bad.ok);
  assert.equal(bad.error.en, '"10:00-1730" is not a time range (use 10:00-17:30)');
  assert.equal(bad.error.nl, '"10:00-1730" is geen tijdvak (schrijf 10:00-17:30)');
  const night = parseIntervalsText('20:00-02:00');
  assert.ok(!night.ok);
  assert.match(night.error.en, /ends before it starts \(a time range cannot run past midnight: split it, 20:00-24:00 and 00:00-02:00 the next day\)/);
  assert.ok(!parseIntervalsText('open').ok);
  const dots = parseIntervalsText('08.00 - 2000 uur');
  assert.ok(!dots.ok);
  assert.equal(dots.error.en, '"08.00 - 2000 uur" is not a time range (use 08:00-20:00)');
});

test('periods: years, quarters, months and days in the ways people write them; a month that Excel made a date', () => {
  assert.equal(value('Metingen', 'Periode', 2025), '2025');
  assert.equal(value('Metingen', 'Periode', '2025-Q3'), '2025-Q3');
  assert.equal(value('Metingen', 'Periode', 'Q3 2025'), '2025-Q3');
  assert.equal(value('Metingen', 'Periode', '2025 K3'), '2025-Q3');
  assert.equal(value('Metingen', 'Periode', '2025-9'), '2025-09');
  assert.equal(value('Metingen', 'Periode', '09-2025'), '2025-09');
  assert.equal(value('Metingen', 'Periode', 'sep 2025'), '2025-09');
  assert.equal(value('Metingen', 'Periode', 'september 2025'), '2025-09');
  assert.equal(value('Metingen', 'Periode', '14-09-2025'), '2025-09-14');
  assert.equal(value('Metingen', 'Periode', { v: 45901, z: 'mmm-yy' }), '2025-09');
  assert.equal(value('Metingen', 'Periode', { v: 45914, z: 'dd-mm-yyyy' }), '2025-09-14');
  assert.match(error('Metingen', 'Periode', 'vorig jaar').en, /is not a period/);
});

test('ja/nee, Excel booleans and Dutch labels of every fixed list', () => {
  assert.equal(value('Openingstijden', 'Zelfservice', 'ja'), true);
  assert.equal(value('Openingstijden', 'Zelfservice', 'Nee'), false);
  assert.equal(value('Openingstijden', 'Zelfservice', true), true);
  assert.equal(value('Openingstijden', 'Zelfservice', 'WAAR'), true);
  assert.equal(value('Openingstijden', 'Zelfservice', 'x'), true);
  assert.match(error('Openingstijden', 'Zelfservice', 'misschien').en, /is not ja or nee/);
  assert.equal(value('Vestigingen', 'Soort', 'Bibliobus'), 'mobile-library');
  assert.equal(value('Vestigingen', 'Soort', 'service-point'), 'service-point');
  assert.equal(value('Openingstijden', 'Dienst', 'ido'), 'ido');
  assert.equal(value('Kengetallen', 'Opgave', 'Leven lang leren'), 'lifelong-development');
  assert.equal(value('Kengetallen', 'Richting', 'lager is beter'), 'lower');
  assert.equal(value('Activiteiten', 'Status', 'afgelast'), 'cancelled');
  assert.equal(value('Activiteiten', 'Wsob-functie', 'Ontmoeting en debat'), 'meeting-debate');
  assert.deepEqual(value('Activiteiten', 'Doelgroepen', 'Kinderen, gezinnen en 0-4 jaar'), ['children', 'families', '0-4']);
  const e = error('Vestigingen', 'Soort', 'bibliotheekfiliaal');
  assert.equal(e.en, '"bibliotheekfiliaal" is not one of: vestiging, servicepunt, schoolbibliotheek, afhaalpunt, bibliobus, anders');
});

test('ids, links, phone numbers (the 0 Excel drops), e-mail, postal codes, municipalities', () => {
  assert.equal(value('Vestigingen', 'Id', 'plein-1'), 'plein-1');
  assert.match(error('Vestigingen', 'Id', 'Plein 1').en, /"Plein 1" is not an id .*use "plein-1"/);
  assert.equal(value('Vestigingen', 'Webpagina', 'www.bieb.nl/zandvoort'), 'https://www.bieb.nl/zandvoort');
  assert.match(error('Vestigingen', 'Webpagina', 'javascript:alert(1)').en, /is not a web address/);
  const phone = read('Vestigingen', 'Telefoon', 235731234);
  assert.ok(phone.ok && phone.value === '0235731234' && phone.note);
  assert.equal(value('Vestigingen', 'Telefoon', '+31 (0)23 511 53 00'), '+31 (0)23 511 53 00');
  assert.match(error('Vestigingen', 'Telefoon', '023.511.53.00').en, /is not a phone number/);
  assert.equal(value('Vestigingen', 'E-mail', 'mailto:info@bieb.nl'), 'info@bieb.nl');
  assert.equal(value('Vestigingen', 'Postcode', '2101aa'), '2101AA');
  assert.match(error('Vestigingen', 'Postcode', '0123 AB').en, /not a Dutch postal code/);
  assert.equal(value('Vestigingen', 'Gemeente', 'gm0397'), 'GM0397');
  assert.equal(value('Vestigingen', 'Gemeente', 397), 'GM0397');
  assert.equal(value('Vestigingen', 'Gemeente', 'Heemstede'), 'name:Heemstede'); // resolved against Gemeenten later
});

test('recurrence in words, read into the feed\'s RRULE subset and written back the same way', () => {
  const cases: [string, string][] = [
    ['elke week op dinsdag', 'FREQ=WEEKLY;BYDAY=TU'],
    ['elke dinsdag en donderdag', 'FREQ=WEEKLY;BYDAY=TU,TH'],
    ['elke 2 weken op zaterdag', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=SA'],
    ['om de week op maandag', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO'],
    ['elke maand op de 2e dinsdag', 'FREQ=MONTHLY;BYDAY=2TU'],
    ['elke maand op de tweede dinsdag', 'FREQ=MONTHLY;BYDAY=2TU'],
    ['elke maand op de 1e en 3e zaterdag', 'FREQ=MONTHLY;BYDAY=1SA,3SA'],
    ['elke maand op de laatste vrijdag', 'FREQ=MONTHLY;BYDAY=-1FR'],
    ['elke maand op de laatste dag', 'FREQ=MONTHLY;BYMONTHDAY=-1'],
    ['elke maand op dag 15', 'FREQ=MONTHLY;BYMONTHDAY=15'],
    ['elke dag, 3 keer', 'FREQ=DAILY;COUNT=3'],
    ['elke week op woensdag tot en met 24-02-2027', 'FREQ=WEEKLY;BYDAY=WE;UNTIL=20270224'],
    ['Wekelijks op do, 6 keer', 'FREQ=WEEKLY;BYDAY=TH;COUNT=6'],
  ];
  for (const [words, rule] of cases) assert.equal(rruleFromDutch(words), rule, words);
  // Written back: the words read back to the very same rule; a rule the words cannot say stays an RRULE.
  for (const [, rule] of cases) {
    const words = dutchFromRRule(rule);
    assert.ok(words, rule);
    assert.equal(rruleFromDutch(words!), rule);
  }
  assert.equal(dutchFromRRule('FREQ=WEEKLY;BYDAY=TU;UNTIL=20270414T225959Z'), undefined);
  assert.equal(dutchFromRRule('FREQ=WEEKLY;INTERVAL=1;BYDAY=TU'), undefined);
  assert.equal(readRecurrence('RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20270414T225959Z'), 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20270414T225959Z');
  assert.throws(() => readRecurrence('FREQ=YEARLY'), /FREQ=YEARLY is not supported/);
  assert.throws(() => readRecurrence('soms'), /"soms" is not a recurrence \(write, for example, "elke week op dinsdag"/);
});

test('CSV text: UTF-8 with and without BOM, UTF-16 (Excel "Unicode text"), Windows-1252 with é and €', () => {
  const utf8 = new TextEncoder().encode('Taalcafé;€ 2,50');
  assert.equal(decodeText(utf8), 'Taalcafé;€ 2,50');
  assert.equal(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8])), 'Taalcafé;€ 2,50');
  assert.equal(encodingOf(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8])), 'utf-8 (BOM)');
  // Windows-1252: é is 0xE9, € is 0x80 (not a control character, as in Latin-1).
  const cp1252 = new Uint8Array([0x54, 0x61, 0x61, 0x6c, 0x63, 0x61, 0x66, 0xe9, 0x3b, 0x80, 0x20, 0x32, 0x2c, 0x35, 0x30, 0x3b, 0x93, 0x6a, 0x61, 0x94]);
  assert.equal(encodingOf(cp1252), 'windows-1252');
  assert.equal(decodeText(cp1252), 'Taalcafé;€ 2,50;“ja”');
  const utf16 = new Uint8Array([0xff, 0xfe, ...[...'Café\tja'].flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8])]);
  assert.equal(decodeText(utf16), 'Café\tja');
});
