// Type checks only (tsc, not bundled): the types promised by the package must hold, and must be strict.
import type {} from '@biebkit/elements/vue';
import type { GlobalComponents } from 'vue';
import type { ActivityCalendar, ActivityOpenDetail, FeedErrorDetail } from '@biebkit/elements';
import type { KpiTileProperties, LibraryFeedEvents } from '@biebkit/elements';

export const calendar = document.createElement('activity-calendar') satisfies ActivityCalendar;
// @ts-expect-error: not a view of <activity-calendar>
calendar.view = 'year';

export const props: KpiTileProperties = { kpi: 'bezoeken', variant: 'compact', showTarget: true };
// @ts-expect-error: not a variant of <kpi-tile>
export const wrong: KpiTileProperties = { variant: 'huge' };

export const onError = (event: LibraryFeedEvents['feed-error']): FeedErrorDetail['error']['kind'] => event.detail.error.kind;
export const opened = (detail: ActivityOpenDetail): number => detail.start;

// Vue: the GlobalComponents that @biebkit/elements/vue adds.
type KpiTileVue = InstanceType<GlobalComponents['kpi-tile']>['$props'];
type FeedVue = InstanceType<GlobalComponents['library-feed']>['$props'];
export const vueProps: KpiTileVue = { kpi: 'bezoeken', showTarget: true, variant: 'chart' };
// @ts-expect-error: not a variant of <kpi-tile>
export const vueWrong: KpiTileVue = { variant: 'huge' };
export const vueListener: FeedVue = { src: 'feed.json', onFeedLoad: (event) => event.detail.problems.length };
