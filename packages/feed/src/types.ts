/**
 * The feed's types. The generated ones come from the JSON Schema (npm run gen); a unit test proves the
 * committed file is what the schema gives. The rest are Biebkit's own model around them.
 */
export type * from './generated/feed-types.js';
import type { Feed } from './generated/feed-types.js';

/** A problem found while reading a feed, with the JSON Pointer of the value it is about. */
export interface FeedProblem {
  severity: 'error' | 'warning';
  /** JSON Pointer into the feed, such as `/activities/3/start`; `` for the whole document. */
  path: string;
  /** English, for developers and the CLI: what is wrong and what Biebkit did about it. */
  message: string;
}

/** Why a feed could not be used at all. */
export type FeedErrorKind = 'network' | 'http' | 'timeout' | 'not-json' | 'html' | 'not-a-feed' | 'version';

export interface FeedError {
  kind: FeedErrorKind;
  /** English detail for the console, naming the URL where there is one. */
  message: string;
  url?: string;
  status?: number;
  problems?: FeedProblem[];
}

/** A validated feed: everything valid kept, everything invalid dropped and named in `problems`. */
export interface FeedModel {
  feed: Feed;
  problems: FeedProblem[];
  /** Where the feed came from (absolute URL), when it was fetched. */
  url?: string;
  /** When this model was made (epoch ms). */
  loadedAt: number;
}

export type ParseResult = { ok: true; model: FeedModel } | { ok: false; error: FeedError };
