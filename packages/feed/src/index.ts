/**
 * @biebkit/feed: the feed contract and the framework-free domain core of Biebkit. No DOM.
 */
export * from './types.js';
export { langFrom, localize, safeUrl, slugify, type Lang } from './text.js';
export {
  FeedResource,
  feedResource,
  absoluteFeedUrl,
  clearFeedResources,
  loadParser,
  FETCH_TIMEOUT_MS,
  writeLastGood,
  readLastGood,
  LAST_GOOD_MAX_CHARS,
  type FeedState,
  type FeedListener,
  type SubscribeOptions,
} from './load.js';
export { scopeFeed } from './scope.js';
export { yieldToPage } from './tasks.js';
export * from './time/amsterdam.js';
export * from './format/index.js';
export { jsonLdText } from './json-ld.js';
export * from './kpi/index.js';
export * from './hours/index.js';
export * from './recurrence/index.js';
export * from './ical/index.js';
export * from './activities/index.js';
export * from './school-holidays/index.js';
export * from './facilities.js';
