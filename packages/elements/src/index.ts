/**
 * @biebkit/elements: the classes, without defining any tag. Import `@biebkit/elements/all.js` (or each
 * element's `define.js`) to register the tags.
 */
export { LibraryFeed } from './library-feed/library-feed.js';
export { FeedElement, parseNow } from './shared/feed-element.js';
export { feedContext, type FeedContextValue } from './shared/context.js';
export { defineElement } from './shared/define.js';
export { baseStyles } from './shared/styles.js';
export { translator, type Messages } from './shared/i18n.js';
export { OpeningHours } from './opening-hours/opening-hours.js';
export { BranchMap } from './branch-map/branch-map.js';
export { KpiTile } from './kpi-tile/kpi-tile.js';
export { KpiSparkline } from './kpi-tile/kpi-sparkline.js';
export { KpiTileGroup } from './kpi-tile-group/kpi-tile-group.js';
export { GoalProgress } from './goal-progress/goal-progress.js';
export { ActivityCalendar } from './activity-calendar/activity-calendar.js';
export type { FeedLoadDetail, FeedErrorDetail, ActivityOpenDetail, CalendarDownloadDetail } from './shared/events.js';
export type * from './frameworks/props.js';
