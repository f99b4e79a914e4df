/**
 * The school-holiday data (taken from the government's open data) and its lookups: every row runs from a
 * Saturday to a Sunday with the length each holiday has, christmas and may are national, the years follow on
 * from each other, and the dates of a few holidays people know.
 */
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import {
  SCHOOL_HOLIDAYS,
  SCHOOL_HOLIDAY_COVERAGE,
  SCHOOL_HOLIDAY_REGIONS,
  keptBySchoolHolidays,
  schoolHolidayName,
  schoolHolidayOn,
  schoolHolidayPeriods,
  schoolHolidayRegionOf,
  schoolHolidaysKnown,
} from '../src/school-holidays/index.js';
import { dayNumber, parseDate, weekdayOf } from '../src/time/amsterdam.js';
import type { Organization } from '../src/generated/feed-types.js';

const d = (text: string) => parseDate(text)!;
const days = (a: string, b: string) => dayNumber(d(b)) - dayNumber(d(a)) + 1;

test('every period runs from a Saturday to a Sunday and lasts as long as that holiday does', () => {
  const length = { autumn: 9, spring: 9, may: 9, christmas: 16, summer: 44 };
  for (const row of SCHOOL_HOLIDAYS) {
    for (const region of SCHOOL_HOLIDAY_REGIONS) {
      const [from, through] = row[region];
      const what = `${row.schoolYear} ${row.kind} ${region}`;
      assert.equal(weekdayOf(d(from)), 5, `${what} starts on a Saturday (${from})`);
      assert.equal(weekdayOf(d(through)), 6, `${what} ends on a Sunday (${through})`);
      assert.equal(days(from, through), length[row.kind], `${what}: ${from} to ${through}`);
    }
    if (row.kind === 'christmas' || row.kind === 'may') {
      assert.deepEqual([row.midden, row.zuid], [row.noord, row.noord], `${row.schoolYear} ${row.kind} is the same in every region`);
    }
  }
});

test('every row says how and where it was checked', () => {
  const text = readFileSync(new URL('../src/school-holidays/data.ts', import.meta.url), 'utf8');
  const comments = text.match(/^ {2}\/\/ checked: (official|schools); \S.*$/gm) ?? [];
  assert.equal(comments.length, SCHOOL_HOLIDAYS.length);
  assert.match(text, /opendata\.rijksoverheid\.nl\/v1\/sources\/rijksoverheid\/infotypes\/schoolholidays/);
});

test('three school years from 2024-2025 to 2026-2027, each with its five holidays in order', () => {
  for (const year of ['2024-2025', '2025-2026', '2026-2027']) {
    const rows = SCHOOL_HOLIDAYS.filter((r) => r.schoolYear === year);
    assert.deepEqual(rows.map((r) => r.kind), ['autumn', 'christmas', 'spring', 'may', 'summer'], year);
    const [first, second] = year.split('-').map(Number);
    for (const region of SCHOOL_HOLIDAY_REGIONS) {
      const starts = rows.map((r) => r[region][0]);
      assert.deepEqual([...starts].sort(), starts, `${year} ${region} in date order`);
      assert.equal(d(starts[0]!).year, first, `${year} starts with the autumn of ${first}`);
      assert.equal(d(rows.at(-1)![region][1]).year, second, `${year} ends with the summer of ${second}`);
    }
  }
  assert.deepEqual(SCHOOL_HOLIDAY_COVERAGE, { from: '2024-07-01', through: '2027-08-31' });
  const summer2024 = SCHOOL_HOLIDAYS[0]!;
  assert.equal(summer2024.kind, 'summer');
  assert.ok(SCHOOL_HOLIDAY_COVERAGE.from <= summer2024.zuid[0], 'the coverage starts before the first row');
});

test('known dates: the summers of 2025 and 2026, christmas 2026, carnival in the south in 2027', () => {
  // 2025: zuid first, then noord, then midden; 2026: noord first, zuid, midden.
  assert.deepEqual(SCHOOL_HOLIDAY_REGIONS.map((r) => schoolHolidayOn(d('2025-07-14'), r)?.kind), [['summer', undefined, 'summer']].flat());
  assert.equal(schoolHolidayOn(d('2025-07-19'), 'midden')?.kind, 'summer');
  assert.equal(schoolHolidayOn(d('2026-07-04'), 'noord')?.kind, 'summer');
  assert.equal(schoolHolidayOn(d('2026-07-04'), 'zuid'), undefined);
  assert.equal(schoolHolidayOn(d('2026-08-17'), 'noord'), undefined, 'noord is back at school on 17 August 2026');
  const christmas = schoolHolidayOn(d('2026-12-24'), 'noord')!;
  assert.deepEqual([christmas.kind, christmas.schoolYear, christmas.from, christmas.through], ['christmas', '2026-2027', d('2026-12-19'), d('2027-01-03')]);
  // Carnival 2027 is Sunday 7 to Tuesday 9 February: the south's spring holiday.
  assert.equal(schoolHolidayOn(d('2027-02-08'), 'zuid')?.kind, 'spring');
  assert.equal(schoolHolidayOn(d('2027-02-08'), 'noord'), undefined);
  assert.equal(schoolHolidayOn(d('2027-02-22'), 'noord')?.kind, 'spring');
  // Only some kinds.
  assert.equal(schoolHolidayOn(d('2026-12-24'), 'noord', ['summer']), undefined);
  assert.equal(schoolHolidayOn(d('2027-07-20'), 'midden', ['summer'])?.kind, 'summer');
  assert.equal(schoolHolidayPeriods('zuid').length, SCHOOL_HOLIDAYS.length);
});

test('what the data covers, names, regions of places, and the activity rule', () => {
  assert.equal(schoolHolidaysKnown(d('2024-07-01')), true);
  assert.equal(schoolHolidaysKnown(d('2027-08-31')), true);
  assert.equal(schoolHolidaysKnown(d('2027-09-01')), false);
  assert.equal(schoolHolidaysKnown(d('2024-06-30')), false);
  assert.equal(schoolHolidayName('autumn', 'nl'), 'herfstvakantie');
  assert.equal(schoolHolidayName('summer', 'en'), 'summer holidays');
  const org: Pick<Organization, 'schoolHolidayRegion' | 'municipalities'> = {
    schoolHolidayRegion: 'noord',
    municipalities: [{ id: 'GM0928', name: 'Kerkrade', schoolHolidayRegion: 'zuid' }, { id: 'GM0397', name: 'Heemstede' }],
  };
  assert.equal(schoolHolidayRegionOf(org, 'GM0928'), 'zuid');
  assert.equal(schoolHolidayRegionOf(org, 'GM0397'), 'noord');
  assert.equal(schoolHolidayRegionOf(org, undefined), 'noord');
  assert.equal(schoolHolidayRegionOf({}, 'GM0397'), undefined);
  // The Taalcafé that does not meet in the school holidays, the holiday workshop that only does.
  assert.equal(keptBySchoolHolidays('except', d('2026-12-22'), 'noord'), false);
  assert.equal(keptBySchoolHolidays('except', d('2027-01-05'), 'noord'), true);
  assert.equal(keptBySchoolHolidays('only', d('2027-02-23'), 'noord'), true);
  assert.equal(keptBySchoolHolidays('only', d('2027-02-23'), 'zuid'), false);
  assert.equal(keptBySchoolHolidays('only', d('2028-02-23'), 'zuid'), false, 'outside the data no day is a holiday');
  assert.equal(keptBySchoolHolidays('except', d('2026-12-22'), undefined), true, 'no region: every date');
  assert.equal(keptBySchoolHolidays(undefined, d('2026-12-22'), 'noord'), true);
});
