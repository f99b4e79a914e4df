import { createContext } from '@lit/context';
import type { Feed, FeedState, Lang } from '@biebkit/feed';

/** What `<library-feed>` hands to every element inside it. */
export interface FeedContextValue {
  /** The shared feed resource's state: loading, ready (with the validated model) or error. */
  state: FeedState;
  /** When ready: the feed, already narrowed to `municipality` when one is set. */
  feed?: Feed;
  /** The CBS code the provider narrows to, if any. */
  municipality?: string;
  /** The provider's language, if it set one. */
  lang?: Lang;
}

/**
 * The context key. `Symbol.for` keeps it the same across two copies of the bundle on one page, so an
 * element from one copy still finds a `<library-feed>` from the other.
 */
export const feedContext = createContext<FeedContextValue | undefined>(Symbol.for('biebkit.feed-context.v1'));
