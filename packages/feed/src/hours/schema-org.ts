/**
 * schema.org `Library` structured data (JSON-LD) for a branch, so search engines see its hours:
 * `openingHoursSpecification` from the weekly pattern of the doors (building, else staffed) and
 * `specialOpeningHoursSpecification` from the exceptions and holiday closures of the coming weeks.
 */
import type { Branch, Organization, Stop, WeeklyPattern } from '../generated/feed-types.js';
import { formatClock } from '../format/index.js';
import { localize, safeUrl, type Lang } from '../text.js';
import { addDays, dateOf, dayNumber, isoDate, type PlainDate } from '../time/amsterdam.js';
import { amenityFeatures } from '../facilities.js';
import { schoolHolidayPeriods } from '../school-holidays/index.js';
import { BranchHours, type LayerTimeline, type Segment } from './engine.js';
import { patternDay } from './seasons.js';

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

/**
 * The schema.org `Library` object of a branch (plain JSON, ready for `JSON.stringify`): with seasons as
 * `openingHoursSpecification` with `validFrom`/`validThrough`, facilities as `amenityFeature`, and for a mobile
 * library its stops as `location` places with their timetables.
 */
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
  const today = dateOf(options.now ?? Date.now());
  if (doorsLayer) {
    out['openingHoursSpecification'] = seasonalSpecs(doorsLayer, today);
    const special = specialSpecs(doorsLayer, today, options.days ?? 60);
    if (special.length) out['specialOpeningHoursSpecification'] = special;
  }
  const amenities = amenityFeatures(branch.facilities, lang);
  if (amenities.length) out['amenityFeature'] = amenities;
  if (branch.stops?.length) out['location'] = branch.stops.map((stop) => stopPlace(stop, lang));
  return out;
}

type Validity = { validFrom?: string; validThrough?: string };

/** The specifications of a weekly pattern: days with the same hours share one per interval. */
function patternSpecs(weekly: WeeklyPattern | undefined, validity: Validity = {}): Record<string, unknown>[] {
  const groups: { segments: Segment[]; days: string[] }[] = [];
  DAYS.forEach((name, i) => {
    const segments = patternDay(weekly, undefined, i);
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
      ...validity,
    })),
  );
}

/**
 * The normal week, and each season that is not over with its `validFrom`/`validThrough`: dated seasons as
 * written, school-holiday seasons per holiday of the coming year. Once an open-ended season has begun
 * (new hours from a date on), it is the normal week and the old one is no longer published.
 */
function seasonalSpecs(timeline: LayerTimeline, today: PlainDate): Record<string, unknown>[] {
  const layer = timeline.layer;
  const todayIso = isoDate(today);
  const dated = (layer.seasons ?? []).filter((s) => s.schoolHolidays === undefined && s.validFrom && !(s.validThrough && s.validThrough < todayIso));
  const begun = dated.filter((s) => !s.validThrough && s.validFrom! <= todayIso).sort((a, b) => (a.validFrom! < b.validFrom! ? 1 : -1))[0];
  const out = begun ? patternSpecs(begun.weekly, { validFrom: begun.validFrom! }) : patternSpecs(layer.weekly);
  for (const s of dated) {
    if (s === begun || (begun && !s.validThrough && s.validFrom! < begun.validFrom!)) continue;
    out.push(...patternSpecs(s.weekly, { validFrom: s.validFrom!, ...(s.validThrough ? { validThrough: s.validThrough } : {}) }));
  }
  const region = timeline.region;
  if (!region) return out;
  const first = dayNumber(today);
  for (const s of layer.seasons ?? []) {
    if (s.schoolHolidays === undefined) continue;
    for (const p of schoolHolidayPeriods(region)) {
      if (p.throughDay < first || p.fromDay > first + 365) continue;
      if (s.schoolHolidays !== true && !s.schoolHolidays.includes(p.kind)) continue;
      const from = s.validFrom && s.validFrom > isoDate(p.from) ? s.validFrom : isoDate(p.from);
      const through = s.validThrough && s.validThrough < isoDate(p.through) ? s.validThrough : isoDate(p.through);
      if (through >= from) out.push(...closedOrSpecs(s.weekly, { validFrom: from, validThrough: through }));
    }
  }
  return out;
}

/** A period's specifications; a period closed all week says so with 00:00-00:00 (as schema.org has it). */
function closedOrSpecs(weekly: WeeklyPattern, validity: Validity): Record<string, unknown>[] {
  const specs = patternSpecs(weekly, validity);
  return specs.length ? specs : [{ '@type': 'OpeningHoursSpecification', opens: '00:00', closes: '00:00', ...validity }];
}

/** A stop of a mobile library as a schema.org `Place` with its weekly timetable. */
function stopPlace(stop: Stop, lang: Lang): Record<string, unknown> {
  const place: Record<string, unknown> = { '@type': 'Place', name: localize(stop.name, lang) };
  if (stop.address) {
    place['address'] = { '@type': 'PostalAddress', streetAddress: stop.address.street, postalCode: stop.address.postalCode, addressLocality: stop.address.city, addressCountry: 'NL' };
  }
  if (stop.geo) place['geo'] = { '@type': 'GeoCoordinates', latitude: stop.geo.lat, longitude: stop.geo.lon };
  const specs = patternSpecs(stop.weekly);
  if (specs.length) place['openingHoursSpecification'] = specs;
  return place;
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
