/**
 * The Dutch school holidays (schoolvakanties) per region, as published by the Dutch government.
 *
 * SOURCE
 *   Rijksoverheid open data, info type "schoolholidays":
 *   https://opendata.rijksoverheid.nl/v1/sources/rijksoverheid/infotypes/schoolholidays?output=json
 *   The same data as the tables on https://www.rijksoverheid.nl/onderwerpen/schoolvakanties
 *   (Ministerie van Onderwijs, Cultuur en Wetenschap). Open data, free to reuse.
 *
 * YEARS
 *   The summer of 2024 and the school years 2024-2025, 2025-2026 and 2026-2027: from 2024-07-01 through
 *   2027-08-31 (`SCHOOL_HOLIDAY_COVERAGE`). Later years were not transcribed (see below).
 *
 * HOW IT WAS OBTAINED
 *   Transcribed by hand on 2026-12-06, in a build environment without access to the government site. Each
 *   row was then cross-checked against public pages that reproduce the official dates (named per row below:
 *   news articles quoting the ministry, overviews of the official dates, and the holiday schedules that
 *   schools in each region publish). Every period runs from a Saturday to a Sunday (the unit test checks
 *   this), christmas and may are the same for the whole country, and "may" is the one compulsory week
 *   (schools may add a second week before or after it).
 *
 *   Not verified against the government's own table, for lack of access: every row marked `checked:
 *   'schools'` rests on the holiday schedules of schools in that region (which follow the official dates
 *   for summer, christmas and may, and usually for the advisory autumn and spring dates), not on a copy
 *   of the official table. 2027-2028 and later were published by the government (summer holidays are set
 *   years ahead) but could not be checked at all, so they are left out: update this file from the open
 *   data above (`region` values noord, midden, zuid and "heel Nederland"; `startdate`/`enddate`) when the
 *   covered period runs out. The feed validator warns when a feed refers to school holidays on dates this
 *   file does not cover.
 *
 *   autumn and spring are advisory dates ("adviesdata"): a school may deviate with its council's consent.
 *
 * Regions: noord (Drenthe, Flevoland except Zeewolde, Friesland, Groningen, Noord-Holland, Overijssel and a
 * few municipalities in Gelderland and Utrecht), midden (Utrecht, Zuid-Holland, most of Gelderland, Zeewolde,
 * parts of Noord-Brabant), zuid (Limburg, Zeeland, most of Noord-Brabant, the south of Gelderland).
 */
import type { SchoolHolidayKind } from '../generated/feed-types.js';

export interface SchoolHolidayRow {
  /** The school year, `2025-2026`. */
  schoolYear: string;
  kind: SchoolHolidayKind;
  /** First and last day (inclusive) per region. */
  noord: readonly [string, string];
  midden: readonly [string, string];
  zuid: readonly [string, string];
}

const row = (
  schoolYear: string,
  kind: SchoolHolidayKind,
  noord: readonly [string, string],
  midden: readonly [string, string],
  zuid: readonly [string, string],
): SchoolHolidayRow => ({ schoolYear, kind, noord, midden, zuid });

/** The first and last day this file covers. */
export const SCHOOL_HOLIDAY_COVERAGE = { from: '2024-07-01', through: '2027-08-31' } as const;

export const SCHOOL_HOLIDAY_SOURCE = 'https://opendata.rijksoverheid.nl/v1/sources/rijksoverheid/infotypes/schoolholidays?output=json';

/**
 * The rows. Above each, how it was cross-checked: `official` (a copy of the official table: a news article
 * quoting the ministry, or an overview of the official dates) or `schools` (only the schedules schools publish),
 * and where.
 */
export const SCHOOL_HOLIDAYS: readonly SchoolHolidayRow[] = [
  // checked: official; nationaleonderwijsgids.nl (Oct 2023), hartvannederland.nl (Jul 2024), vliegticketpunt.nl
  row('2023-2024', 'summer', ['2024-07-20', '2024-09-01'], ['2024-07-13', '2024-08-25'], ['2024-07-06', '2024-08-18']),

  // checked: official; vliegticketpunt.nl; 112groningen.nl (noord); edumarevpr.nl (midden)
  row('2024-2025', 'autumn', ['2024-10-26', '2024-11-03'], ['2024-10-26', '2024-11-03'], ['2024-10-19', '2024-10-27']),
  // checked: official; vliegticketpunt.nl; edumarevpr.nl
  row('2024-2025', 'christmas', ['2024-12-21', '2025-01-05'], ['2024-12-21', '2025-01-05'], ['2024-12-21', '2025-01-05']),
  // checked: official; pinkelotje.nl, bijles.eu; hartvannederland.nl and artigenda.nl (zuid)
  row('2024-2025', 'spring', ['2025-02-15', '2025-02-23'], ['2025-02-22', '2025-03-02'], ['2025-02-22', '2025-03-02']),
  // checked: official; pinkelotje.nl, bijles.eu ("de officiële week")
  row('2024-2025', 'may', ['2025-04-26', '2025-05-04'], ['2025-04-26', '2025-05-04'], ['2025-04-26', '2025-05-04']),
  // checked: official; pinkelotje.nl, bijles.eu; hartvannederland.nl (order zuid, noord, midden)
  row('2024-2025', 'summer', ['2025-07-12', '2025-08-24'], ['2025-07-19', '2025-08-31'], ['2025-07-05', '2025-08-17']),

  // checked: official; pinkelotje.nl, schoolvakanties.org, deepsea.nl
  row('2025-2026', 'autumn', ['2025-10-18', '2025-10-26'], ['2025-10-18', '2025-10-26'], ['2025-10-11', '2025-10-19']),
  // checked: official; pinkelotje.nl; mkkm.nl ("Bron: Rijksoverheid")
  row('2025-2026', 'christmas', ['2025-12-20', '2026-01-04'], ['2025-12-20', '2026-01-04'], ['2025-12-20', '2026-01-04']),
  // checked: schools; landstedembo.nl (noord, midden); schools in noord (ckcderegenboog.nl, obszwanenest.nl), midden (piekschool.nl, mariaschool.wsko.nl) and zuid (gbbenjamin.nl)
  row('2025-2026', 'spring', ['2026-02-21', '2026-03-01'], ['2026-02-14', '2026-02-22'], ['2026-02-14', '2026-02-22']),
  // checked: schools; the week with King's Day (Monday 27 April) that every school schedule checked includes
  row('2025-2026', 'may', ['2026-04-25', '2026-05-03'], ['2026-04-25', '2026-05-03'], ['2026-04-25', '2026-05-03']),
  // checked: official; deepsea.nl ("verplichte data"); schools in each region
  row('2025-2026', 'summer', ['2026-07-04', '2026-08-16'], ['2026-07-18', '2026-08-30'], ['2026-07-11', '2026-08-23']),

  // checked: official; schoolvakanties.org, deepsea.nl; schools in noord (ckcderegenboog.nl), midden (mariaschool.wsko.nl), zuid (montessoricollege.nl)
  row('2026-2027', 'autumn', ['2026-10-10', '2026-10-18'], ['2026-10-17', '2026-10-25'], ['2026-10-17', '2026-10-25']),
  // checked: schools; schools in every region (21 December to 1 January, Monday to Friday)
  row('2026-2027', 'christmas', ['2026-12-19', '2027-01-03'], ['2026-12-19', '2027-01-03'], ['2026-12-19', '2027-01-03']),
  // checked: schools; schools in noord (ckcderegenboog.nl), midden (mariaschool.wsko.nl), zuid (montessoricollege.nl: carnival 7-9 February 2027)
  row('2026-2027', 'spring', ['2027-02-20', '2027-02-28'], ['2027-02-20', '2027-02-28'], ['2027-02-06', '2027-02-14']),
  // checked: schools; the week with King's Day (Tuesday 27 April) that every school schedule checked includes
  row('2026-2027', 'may', ['2027-04-24', '2027-05-02'], ['2027-04-24', '2027-05-02'], ['2027-04-24', '2027-05-02']),
  // checked: schools; schools in noord (ckcderegenboog.nl), midden (mariaschool.wsko.nl) and zuid (montessoricollege.nl); midden and zuid share the period
  row('2026-2027', 'summer', ['2027-07-10', '2027-08-22'], ['2027-07-17', '2027-08-29'], ['2027-07-17', '2027-08-29']),
];
