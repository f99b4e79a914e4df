import { scopeFeed, type Feed } from '@biebkit/feed';

/**
 * `scopeFeed` remembered for the last feed and municipality, so renders that change neither (clock ticks,
 * filters, language) reuse the same narrowed feed object and everything memoised on it.
 */
export class ScopeMemo {
  #last?: { feed: Feed; municipality: string | undefined; scoped: Feed };

  get(feed: Feed, municipality: string | undefined): Feed {
    const last = this.#last;
    if (last && last.feed === feed && last.municipality === municipality) return last.scoped;
    const scoped = scopeFeed(feed, municipality);
    this.#last = { feed, municipality, scoped };
    return scoped;
  }
}
