/**
 * School holidays per region (noord, midden, zuid), from the government's data in `data.ts`: which holiday
 * a date falls in, the periods of a region, whether the data covers a date, and the region of a place.
 */
import type { Municipality, Organization, SchoolHolidayKind, SchoolHolidayRegion } from '../generated/feed-types.js';
import { dayNumber, parseDate, type PlainDate } from '../time/amsterdam.js';
import { SCHOOL_HOLIDAYS, SCHOOL_HOLIDAY_COVERAGE, SCHOOL_HOLIDAY_SOURCE } from './data.js';

export { SCHOOL_HOLIDAYS, SCHOOL_HOLIDAY_COVERAGE, SCHOOL_HOLIDAY_SOURCE };
export type { SchoolHolidayRow } from './data.js';

export const SCHOOL_HOLIDAY_REGIONS: readonly SchoolHolidayRegion[] = ['noord', 'midden', 'zuid'];
export const SCHOOL_HOLIDAY_KINDS: readonly SchoolHolidayKind[] = ['autumn', 'christmas', 'spring', 'may', 'summer'];

const NAMES: Record<SchoolHolidayKind, [nl: string, en: string]> = {
  autumn: ['herfstvakantie', 'autumn half-term'],
  christmas: ['kerstvakantie', 'Christmas holidays'],
  spring: ['voorjaarsvakantie', 'spring half-term'],
  may: ['meivakantie', 'May holiday'],
  summer: ['zomervakantie', 'summer holidays'],
};

/** The name of a school holiday, lower case in Dutch: "zomervakantie", "summer holidays". */
export function schoolHolidayName(kind: SchoolHolidayKind, lang: 'nl' | 'en'): string {
  return NAMES[kind][lang === 'en' ? 1 : 0];
}

/** One school holiday of one region. */
export interface SchoolHolidayPeriod {
  kind: SchoolHolidayKind;
  region: SchoolHolidayRegion;
  schoolYear: string;
  from: PlainDate;
  through: PlainDate;
  /** Day numbers of from and through, for comparisons. */
  fromDay: number;
  throughDay: number;
}

const byRegion = new Map<SchoolHolidayRegion, SchoolHolidayPeriod[]>();

/** The school holidays of a region, in date order. */
export function schoolHolidayPeriods(region: SchoolHolidayRegion): readonly SchoolHolidayPeriod[] {
  let list = byRegion.get(region);
  if (!list) {
    list = SCHOOL_HOLIDAYS.map((r) => {
      const [a, b] = r[region];
      const from = parseDate(a)!;
      const through = parseDate(b)!;
      return { kind: r.kind, region, schoolYear: r.schoolYear, from, through, fromDay: dayNumber(from), throughDay: dayNumber(through) };
    }).sort((x, y) => x.fromDay - y.fromDay);
    byRegion.set(region, list);
  }
  return list;
}

/** The school holiday a date falls in for a region (of the kinds asked for, default all), if any. */
export function schoolHolidayOn(date: PlainDate, region: SchoolHolidayRegion, kinds?: readonly SchoolHolidayKind[]): SchoolHolidayPeriod | undefined {
  const n = dayNumber(date);
  for (const p of schoolHolidayPeriods(region)) {
    if (p.fromDay > n) return undefined;
    if (n <= p.throughDay && (!kinds || kinds.includes(p.kind))) return p;
  }
  return undefined;
}

const COVER_FROM = dayNumber(parseDate(SCHOOL_HOLIDAY_COVERAGE.from)!);
const COVER_THROUGH = dayNumber(parseDate(SCHOOL_HOLIDAY_COVERAGE.through)!);

/** Whether the data says for this date whether it is a school holiday (false: outside the years it covers). */
export function schoolHolidaysKnown(date: PlainDate): boolean {
  const n = dayNumber(date);
  return n >= COVER_FROM && n <= COVER_THROUGH;
}

/**
 * The school-holiday region of a place: its municipality's own `schoolHolidayRegion`, else the organisation's;
 * undefined when neither says.
 */
export function schoolHolidayRegionOf(
  organization: Partial<Pick<Organization, 'schoolHolidayRegion' | 'municipalities'>> | undefined,
  municipality: string | undefined,
): SchoolHolidayRegion | undefined {
  const list = organization?.municipalities;
  const own = municipality && list ? regionsOf(list).get(municipality) : undefined;
  return own ?? organization?.schoolHolidayRegion;
}

/** Each municipality's own region, by id: made once per list (a national feed has hundreds, asked per branch). */
const regions = new WeakMap<readonly Municipality[], Map<string, SchoolHolidayRegion>>();
function regionsOf(list: readonly Municipality[]): Map<string, SchoolHolidayRegion> {
  let map = regions.get(list);
  if (!map) {
    map = new Map();
    for (const m of list) if (m.schoolHolidayRegion && !map.has(m.id)) map.set(m.id, m.schoolHolidayRegion);
    regions.set(list, map);
  }
  return map;
}

/**
 * Whether an occurrence on `date` takes place under an activity's `schoolHolidays` rule: `only` in the school
 * holidays of the region, `except` outside them. Without a rule or a region, every occurrence does.
 */
export function keptBySchoolHolidays(rule: 'only' | 'except' | undefined, date: PlainDate, region: SchoolHolidayRegion | undefined): boolean {
  if (!rule || !region) return true;
  const holiday = schoolHolidayOn(date, region) !== undefined;
  return rule === 'only' ? holiday : !holiday;
}
