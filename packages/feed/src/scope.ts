/** Narrowing a feed to one municipality, as a municipality's own website shows it. */
import type { Feed, Scope } from './generated/feed-types.js';

/**
 * The part of a feed about one municipality (a CBS code such as GM0397): its branches, the KPIs and
 * goals scoped to it or to its branches, the organisation-wide KPIs and goals (no scope: promises the
 * library made to every municipality it serves, and the figures goals link to), and the activities in
 * its branches or at off-site locations in it. KPIs and goals scoped to other municipalities or their
 * branches are left out. An unknown code gives an empty feed (with the organisation), never the whole one.
 */
export function scopeFeed(feed: Feed, municipality: string | undefined | null): Feed {
  if (!municipality) return feed;
  const code = municipality.trim().toUpperCase();
  const branches = (feed.branches ?? []).filter((b) => b.municipality === code);
  const branchIds = new Set(branches.map((b) => b.id));
  const known = feed.organization.municipalities.some((m) => m.id === code);
  const inScope = (scope: Scope | undefined): boolean => {
    if (!scope || (!scope.municipalities && !scope.branches)) return known;
    return Boolean(scope.municipalities?.includes(code) || scope.branches?.some((id) => branchIds.has(id)));
  };
  return {
    ...feed,
    branches,
    kpis: feed.kpis?.filter((k) => inScope(k.scope)),
    goals: feed.goals?.filter((g) => inScope(g.scope)),
    activities: feed.activities?.filter((a) =>
      a.branch !== undefined ? branchIds.has(a.branch) : a.location?.municipality === code,
    ),
  };
}
