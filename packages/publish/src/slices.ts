/**
 * One feed per municipality (`feed.GM0397.json`): what that municipality's elements show, narrowed here once
 * instead of in every visitor's browser. The narrowing is the elements' own (`scopeFeed`), so a slice shows
 * exactly what `<library-feed municipality="GM0397">` would show of the whole feed.
 */
import { scopeFeed, type Feed } from '@biebkit/feed';

/** The municipalities of a feed (CBS codes), in the order the organisation lists them. */
export function municipalitiesOf(feed: Feed): string[] {
  return feed.organization.municipalities.map((m) => m.id);
}

/** The part of the feed about one municipality; the organisation names only that municipality. */
export function sliceFeed(feed: Feed, municipality: string): Feed {
  const scoped = scopeFeed(feed, municipality);
  return {
    ...scoped,
    organization: {
      ...scoped.organization,
      municipalities: scoped.organization.municipalities.filter((m) => m.id === municipality) as Feed['organization']['municipalities'],
    },
  };
}

/** The file name of a scope's feed: `feed.json` for the organisation, `feed.GM0397.json` for a municipality. */
export const feedFileName = (municipality: string | undefined): string => (municipality ? `feed.${municipality}.json` : 'feed.json');
