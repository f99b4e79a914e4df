/** An activity's `schoolHolidays` rule ("only in the school holidays", "not in the school holidays") in its region. */
import type { Activity, Branch, Organization, SchoolHolidayRegion } from '../generated/feed-types.js';
import { keptBySchoolHolidays, schoolHolidayRegionOf } from '../school-holidays/index.js';
import type { PlainDate } from '../time/amsterdam.js';

/** The school-holiday region of an activity: its branch's municipality's, its off-site municipality's, else the organisation's. */
export function activityRegion(
  organization: Partial<Pick<Organization, 'schoolHolidayRegion' | 'municipalities'>> | undefined,
  activity: Pick<Activity, 'location'>,
  branch: Pick<Branch, 'municipality'> | undefined,
): SchoolHolidayRegion | undefined {
  return schoolHolidayRegionOf(organization, branch?.municipality ?? activity.location?.municipality);
}

/**
 * A test of the dates an activity takes place on under its `schoolHolidays` rule; undefined when it has no
 * rule, or no region is known (then every date). `branch` is the activity's branch, when it has one.
 */
export function schoolHolidayTest(
  organization: Partial<Pick<Organization, 'schoolHolidayRegion' | 'municipalities'>> | undefined,
  activity: Pick<Activity, 'location' | 'schoolHolidays'>,
  branch: Pick<Branch, 'municipality'> | undefined,
): ((date: PlainDate) => boolean) | undefined {
  const rule = activity.schoolHolidays;
  if (!rule) return undefined;
  const region = activityRegion(organization, activity, branch);
  return region ? (date) => keptBySchoolHolidays(rule, date, region) : undefined;
}
