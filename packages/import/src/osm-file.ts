/**
 * An OpenStreetMap export (GeoJSON from overpass turbo or uMap, or Overpass API JSON): every object with an
 * `opening_hours` tag that is one of the organisation's branches (by name, or by address) gives that branch's
 * opening hours. Objects that match no branch, or fit several, are listed.
 */
import { msg, type Place, type Problems } from './problems.js';
import { matchBranch, type BranchRef } from './match.js';
import { readOsm, type OsmOptions } from './osm.js';
import type { OsmBranchHours } from './build.js';
import { decodeText } from './workbook.js';

export interface OsmObject {
  ref: string;
  tags: Record<string, string>;
}

/** The objects of a GeoJSON FeatureCollection or an Overpass JSON answer. */
export function osmObjects(text: string): OsmObject[] | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
  const out: OsmObject[] = [];
  const d = data as { type?: string; features?: unknown[]; elements?: unknown[] };
  if (Array.isArray(d.features)) {
    for (const f of d.features as { id?: unknown; properties?: Record<string, unknown> }[]) {
      const props = f.properties ?? {};
      const tags = (typeof props['tags'] === 'object' && props['tags'] ? props['tags'] : props) as Record<string, unknown>;
      const ref = String(props['@id'] ?? f.id ?? props['id'] ?? tags['name'] ?? '?');
      out.push({ ref, tags: Object.fromEntries(Object.entries(tags).filter(([, v]) => typeof v === 'string')) as Record<string, string> });
    }
    return out;
  }
  if (Array.isArray(d.elements)) {
    for (const e of d.elements as { type?: string; id?: number; tags?: Record<string, string> }[]) {
      if (!e.tags) continue;
      out.push({ ref: `${e.type ?? 'node'}/${e.id ?? '?'}`, tags: e.tags });
    }
    return out;
  }
  return undefined;
}

/** Hours per branch from an OSM export. */
export async function osmHoursFromFile(file: string, bytes: Uint8Array, branches: BranchRef[], problems: Problems, options: OsmOptions = {}): Promise<OsmBranchHours[]> {
  const objects = osmObjects(decodeText(bytes));
  const filePlace: Place = { kind: 'sheet', file };
  if (!objects) {
    problems.error(filePlace, msg('not a GeoJSON or Overpass JSON export of OpenStreetMap', 'geen GeoJSON- of Overpass-export van OpenStreetMap'));
    return [];
  }
  const out: OsmBranchHours[] = [];
  const unmatched: string[] = [];
  let withoutHours = 0;
  for (const o of objects) {
    const value = o.tags['opening_hours'];
    if (!value) {
      withoutHours++;
      continue;
    }
    const name = o.tags['name'] ?? '';
    const place: Place = { kind: 'osm', file, ref: `${o.ref}${name ? ` ("${name}")` : ''}` };
    const address = [
      [o.tags['addr:street'], o.tags['addr:housenumber']].filter(Boolean).join(' '),
      [o.tags['addr:postcode'], o.tags['addr:city']].filter(Boolean).join(' '),
    ].filter(Boolean).join(', ');
    const match = (name ? matchBranch(name, branches) : undefined) ?? (address ? matchBranch(address, branches) : undefined);
    if (!match || !('id' in match)) {
      if (match) problems.warn(place, msg(`fits more than one branch (${match.ambiguous.join(', ')}); not read`, `past bij meer dan één vestiging (${match.ambiguous.join(', ')}); niet gelezen`));
      else unmatched.push(place.ref);
      continue;
    }
    const read = await readOsm(value, options);
    if (!read.ok) {
      problems.error(place, read.error);
      continue;
    }
    for (const note of read.hours.notes) problems.info(place, note);
    out.push({ branch: match.id, hours: read.hours, place });
  }
  if (unmatched.length) {
    problems.warn(filePlace, msg(
      `${unmatched.length} object(s) with opening_hours match no branch (by name or address) and were not read: ${unmatched.slice(0, 8).join(', ')}${unmatched.length > 8 ? ', …' : ''}`,
      `${unmatched.length} object(en) met opening_hours passen bij geen vestiging (naam of adres) en zijn niet gelezen: ${unmatched.slice(0, 8).join(', ')}${unmatched.length > 8 ? ', …' : ''}`,
    ));
  }
  if (withoutHours) {
    problems.info(filePlace, msg(`${withoutHours} object(s) without opening_hours`, `${withoutHours} object(en) zonder opening_hours`));
  }
  return out;
}
