/**
 * schema.org `Library` structured data (JSON-LD) for a branch, so search engines see its hours:
 * `openingHoursSpecification` from the weekly pattern of the doors (building, else staffed) and
 * `specialOpeningHoursSpecification` from the exceptions and holiday closures of the coming weeks.
 */
import type { Branch, Organization } from '../generated/feed-types.js';
import { formatClock } from '../format/index.js';
import { localize, safeUrl, type Lang } from '../text.js';
import { addDays, dateOf, isoDate, type PlainDate } from '../time/amsterdam.js';
import { BranchHours, type LayerTimeline, type Segment } from './engine.js';

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** schema.org times: 24:00 is written 23:59 (how search engines expect a day that runs to midnight). */
function clock(minute: number): string {
  return minute >= 1440 ? '23:59' : formatClock(minute);
}

function sameSegments(a: Segment[], b: Segment[]): boolean {
  return a.length === b.length && a.every((s, i) => s.from === b[i]!.from && s.to === b[i]!.to && s.state === b[i]!.state);
}

export interface JsonLdOptions {
  lang?: Lang;
  /** The instant special hours are counted from (default: now). */
  now?: number;
  /** How many days of special hours to include (default 60). */
  days?: number;
}

/** The schema.org `Library` object of a branch (plain JSON, ready for `JSON.stringify`). */
export function libraryJsonLd(branch: Branch, organization: Organization, options: JsonLdOptions = {}): Record<string, unknown> {
  const lang = options.lang ?? 'nl';
  const hours = new BranchHours(branch, organization);
  const doorsLayer = (hours.building ?? hours.staffedLayer)?.timeline;
  const out: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Library',
    name: localize(branch.name, lang),
  };
  const url = safeUrl(branch.url);
  if (url) out['url'] = url;
  const contact = branch.contact ?? organization.contact;
  if (contact?.phone) out['telephone'] = contact.phone;
  if (contact?.email) out['email'] = contact.email;
  if (branch.address) {
    out['address'] = {
      '@type': 'PostalAddress',
      streetAddress: branch.address.street,
      postalCode: branch.address.postalCode,
      addressLocality: branch.address.city,
      addressCountry: 'NL',
    };
  }
  if (branch.geo) out['geo'] = { '@type': 'GeoCoordinates', latitude: branch.geo.lat, longitude: branch.geo.lon };
  out['parentOrganization'] = { '@type': 'Organization', name: localize(organization.name, lang), ...(safeUrl(organization.website) ? { url: safeUrl(organization.website) } : {}) };
  if (doorsLayer) {
    out['openingHoursSpecification'] = weeklySpecs(doorsLayer);
    const special = specialSpecs(doorsLayer, dateOf(options.now ?? Date.now()), options.days ?? 60);
    if (special.length) out['specialOpeningHoursSpecification'] = special;
  }
  return out;
}

function weeklySpecs(timeline: LayerTimeline): Record<string, unknown>[] {
  // Days with the same hours share one specification per interval.
  const monday: PlainDate = { year: 2024, month: 1, day: 1 };
  const groups: { segments: Segment[]; days: string[] }[] = [];
  DAYS.forEach((name, i) => {
    const segments = timeline.weeklySegments(addDays(monday, i)).filter((s) => s.state === 'open');
    if (!segments.length) return;
    const group = groups.find((g) => sameSegments(g.segments, segments));
    if (group) group.days.push(name);
    else groups.push({ segments, days: [name] });
  });
  return groups.flatMap((g) =>
    g.segments.map((s) => ({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: g.days.map((d) => `https://schema.org/${d}`),
      opens: clock(s.from),
      closes: clock(s.to),
    })),
  );
}

function specialSpecs(timeline: LayerTimeline, from: PlainDate, days: number): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < days; i++) {
    const date = addDays(from, i);
    const day = timeline.day(date);
    if (day.source === 'weekly') continue;
    const segments = day.segments.filter((s) => s.state === 'open');
    // Unknown hours and appointments have no schema.org form: say nothing rather than something wrong.
    if (segments.length !== day.segments.length) continue;
    const regular = timeline.weeklySegments(date);
    if (sameSegments(segments, regular)) continue;
    const iso = isoDate(date);
    const base = { '@type': 'OpeningHoursSpecification', validFrom: iso, validThrough: iso };
    if (!segments.length) out.push({ ...base, opens: '00:00', closes: '00:00' });
    else for (const s of segments) out.push({ ...base, opens: clock(s.from), closes: clock(s.to) });
  }
  return out;
}
