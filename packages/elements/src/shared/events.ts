/**
 * The `detail` of every event a Biebkit element fires. The `@fires {CustomEvent<…>}` tags on the element
 * classes name these types, so custom-elements.json, the generated React and Vue types
 * (`@biebkit/elements/react`, `/vue`) and the code that dispatches the events all agree.
 */
import type { FeedError, FeedProblem } from '@biebkit/feed';

/** `feed-load` on `<library-feed>`: the feed (re)loaded and validated. */
export interface FeedLoadDetail {
  /** The absolute URL of the feed. */
  url: string;
  /** What validation left out or repaired, each with its JSON Pointer (empty for a clean feed). */
  problems: FeedProblem[];
}

/** `feed-error` on `<library-feed>`: the feed could not be used. */
export interface FeedErrorDetail {
  url: string;
  error: FeedError;
}

/** `activity-open` on `<activity-calendar>`: an activity's details opened. */
export interface ActivityOpenDetail {
  /** The activity's id in the feed. */
  id: string;
  /** The start of the occurrence that opened, in epoch milliseconds. */
  start: number;
}

/** `calendar-download` on `<activity-calendar>` (cancelable): an .ics file is about to download. */
export interface CalendarDownloadDetail {
  filename: string;
  /** The iCalendar text (RFC 5545). */
  text: string;
}
