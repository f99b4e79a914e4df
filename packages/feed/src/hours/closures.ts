/**
 * Closures the organisation sets once for all its branches (`organization.closures`: a local holiday such as
 * Leidens Ontzet or carnival, a staff day): the ones that apply to one layer of one branch, as exceptions.
 */
import type { Branch, Closure, HoursException, HoursLayer, Organization } from '../generated/feed-types.js';

/** Whether an organisation-wide closure applies to a layer of a branch. */
export function closureApplies(closure: Closure, branch: Pick<Branch, 'id' | 'municipality'>, layer: Pick<HoursLayer, 'kind'>): boolean {
  if (closure.layers && !closure.layers.includes(layer.kind)) return false;
  if (closure.branches && !closure.branches.includes(branch.id)) return false;
  if (closure.municipalities && !closure.municipalities.includes(branch.municipality)) return false;
  return true;
}

/** The organisation's closures for a layer of a branch, as that layer's exceptions would say them. */
export function closuresFor(
  organization: Partial<Pick<Organization, 'closures'>> | undefined,
  branch: Pick<Branch, 'id' | 'municipality'> | undefined,
  layer: Pick<HoursLayer, 'kind'>,
): HoursException[] {
  if (!organization?.closures?.length || !branch) return [];
  return organization.closures
    .filter((c) => closureApplies(c, branch, layer))
    .map((c) => {
      const ex: HoursException = { date: c.date, status: c.status ?? 'closed' };
      if (c.until !== undefined) ex.until = c.until;
      if (c.hours) ex.hours = c.hours;
      if (c.note !== undefined) ex.note = c.note;
      return ex;
    });
}
