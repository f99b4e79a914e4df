/** Which branch a place written as text (an iCalendar LOCATION, an OSM object) is: by name, or by address. */
import { loose } from './words.js';

/** A branch to match LOCATION against. */
export interface BranchRef {
  id: string;
  names: string[];
  address?: { street: string; postalCode: string; city: string };
}

/** Finds the branch a LOCATION names: by name, by postal code and number, or by street and town. */
export function matchBranch(location: string, branches: BranchRef[]): { id: string } | { ambiguous: string[] } | undefined {
  const l = loose(location);
  if (!l) return undefined;
  const pick = (found: BranchRef[]) => (found.length === 1 ? { id: found[0]!.id } : found.length > 1 ? { ambiguous: found.map((b) => b.id) } : undefined);
  const exact = branches.filter((b) => b.names.some((n) => loose(n) === l) || loose(b.id) === l);
  if (exact.length) return pick(exact);
  const postal = /\b([1-9]\d{3})\s?([a-z]{2})\b/.exec(l);
  if (postal) {
    const code = `${postal[1]}${postal[2]}`;
    const atCode = branches.filter((b) => b.address && loose(b.address.postalCode).replace(/\s/g, '') === code);
    if (atCode.length === 1) return { id: atCode[0]!.id };
    const withNumber = atCode.filter((b) => {
      const number = /\d+\s*[a-z]?$/.exec(loose(b.address!.street))?.[0];
      return number && new RegExp(`\\b${number.replace(/\s/g, '\\s*')}\\b`).test(l);
    });
    if (withNumber.length) return pick(withNumber);
    if (atCode.length) return pick(atCode);
  }
  const byStreet = branches.filter((b) => b.address && l.includes(loose(b.address.street)) && l.includes(loose(b.address.city)));
  if (byStreet.length) return pick(byStreet);
  const contained = branches.filter((b) => b.names.some((n) => loose(n).length >= 6 && (l.includes(loose(n)) || (l.length >= 6 && loose(n).includes(l)))));
  return pick(contained);
}

