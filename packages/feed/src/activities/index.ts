/**
 * Activities: filtering, occurrence listing (recurring ones expanded in a window), grouping by day, day
 * labels ("Vandaag", "Morgen", "za 28 november"), prices, and schema.org Event JSON-LD. Framework-free.
 */
import type { Activity, Agent, Audience, Branch, Feed, Theme, WsobFunction } from '../generated/feed-types.js';
import { localize, safeUrl, type Lang } from '../text.js';
import { addDays, dateOf, dayNumber, fromWall, isoDate, offsetAt, parseLocalDateTime, toWall, type PlainDate } from '../time/amsterdam.js';
import { formatDate, formatNumber } from '../format/index.js';
import { activityInstances, durationOf, lastStartBound } from '../recurrence/index.js';
import { schoolHolidayTest } from './school-holidays.js';
export * from './school-holidays.js';

export const AUDIENCES: readonly Audience[] = ['0-4', 'children', 'youth', 'adults', 'seniors', 'families', 'low-literate-adults', 'everyone'];
export const ACTIVITY_THEMES: readonly Theme[] = ['literate-society', 'information-society', 'lifelong-development', 'robust-library'];
export const WSOB_FUNCTIONS: readonly WsobFunction[] = ['knowledge-information', 'development-education', 'reading-literature', 'meeting-debate', 'art-culture'];

/** What a visitor or an editor narrowed the activities to. Empty lists mean "any". */
export interface ActivityFilter {
  branches?: readonly string[];
  municipalities?: readonly string[];
  audiences?: readonly string[];
  themes?: readonly string[];
  functions?: readonly string[];
  /** Free text: every word must occur in the title, description or place (accents and case ignored). */
  query?: string;
}

/** True when no part of the filter narrows anything. */
export function isEmptyFilter(f: ActivityFilter): boolean {
  return !f.branches?.length && !f.municipalities?.length && !f.audiences?.length && !f.themes?.length && !f.functions?.length && !f.query?.trim();
}

/** Lower case without accents, for search: "Taalcafé" and "taalcafe" match. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

const searchCache = new WeakMap<Activity, string>();

function searchText(a: Activity, branch: Branch | undefined): string {
  let text = searchCache.get(a);
  if (text === undefined) {
    const texts = [a.title, a.description, branch?.name, a.location?.name];
    const parts: string[] = [];
    for (const t of texts) {
      if (!t) continue;
      if (typeof t === 'string') parts.push(t);
      else parts.push(t.nl ?? '', t.en ?? '');
    }
    if (branch?.address) parts.push(branch.address.city);
    if (a.location?.address) parts.push(a.location.address.city);
    text = foldText(parts.join(' \u0000 '));
    searchCache.set(a, text);
  }
  return text;
}

const branchIndexes = new WeakMap<readonly Branch[], Map<string, Branch>>();

/** The branches of a feed by id (made once per list: calendars ask for every window and filter). */
function branchesById(feed: Pick<Feed, 'branches'>): Map<string, Branch> {
  const branches = feed.branches ?? [];
  let index = branchIndexes.get(branches);
  if (!index) branchIndexes.set(branches, (index = new Map(branches.map((b) => [b.id, b]))));
  return index;
}

/** A compiled filter: a predicate over activities of one feed. */
export function activityMatcher(feed: Pick<Feed, 'branches'>, filter: ActivityFilter): (a: Activity) => boolean {
  const branchById = branchesById(feed);
  const branches = filter.branches?.length ? new Set(filter.branches) : undefined;
  const municipalities = filter.municipalities?.length ? new Set(filter.municipalities.map((m) => m.toUpperCase())) : undefined;
  const audiences = filter.audiences?.length ? new Set(filter.audiences) : undefined;
  const themes = filter.themes?.length ? new Set(filter.themes) : undefined;
  const functions = filter.functions?.length ? new Set(filter.functions) : undefined;
  const words = foldText(filter.query ?? '').split(/\s+/).filter(Boolean);
  return (a) => {
    if (branches && !(a.branch && branches.has(a.branch))) return false;
    const branch = a.branch ? branchById.get(a.branch) : undefined;
    if (municipalities) {
      const code = branch?.municipality ?? a.location?.municipality;
      if (!code || !municipalities.has(code)) return false;
    }
    // An activity for everyone suits every audience asked for.
    if (audiences && !(a.audiences ?? []).some((x) => audiences.has(x) || x === 'everyone')) return false;
    if (themes && !(a.theme && themes.has(a.theme))) return false;
    if (functions && !(a.function && functions.has(a.function))) return false;
    if (words.length) {
      const text = searchText(a, branch);
      if (!words.every((w) => text.includes(w))) return false;
    }
    return true;
  };
}

/** The activities of a feed that pass a filter. */
export function filterActivities(feed: Pick<Feed, 'branches' | 'activities'>, filter: ActivityFilter): Activity[] {
  const match = activityMatcher(feed, filter);
  return (feed.activities ?? []).filter(match);
}

/** One occurrence of an activity, ready to show. */
export interface Occurrence {
  /** Unique in a list: activity id and start instant. */
  key: string;
  activity: Activity;
  branch?: Branch;
  startMs: number;
  /** The end instant, when the feed gives an end. */
  endMs?: number;
  /** The Amsterdam date it starts on. */
  date: PlainDate;
  /** Wall-clock minutes since midnight of start and end (undefined for all-day activities). */
  startMinute?: number;
  endMinute?: number;
  allDay: boolean;
  status: 'scheduled' | 'cancelled' | 'moved';
  /** Started before now and not over yet ("bezig"). */
  inProgress: boolean;
  /** Over before now. */
  past: boolean;
}

/** How long an activity without an end counts as going on, for "bezig" and hiding past ones. */
export const ASSUMED_DURATION_MS = 60 * 60_000;

export interface ListOptions {
  /** The window: occurrences that are going on at some point in [fromMs, toMs). */
  fromMs: number;
  toMs: number;
  /** The current instant, for `inProgress` and `past`. */
  nowMs: number;
  filter?: ActivityFilter;
  /** Keep occurrences that ended before now (default false). */
  includePast?: boolean;
}

/**
 * The occurrences in a window, in time order (then by title id), with recurring activities expanded in
 * Amsterdam wall-clock time (and their `schoolHolidays` rule applied, when the feed's organisation gives a
 * region), and past ones left out unless asked for.
 */
export function listOccurrences(feed: Pick<Feed, 'branches' | 'activities'> & Partial<Pick<Feed, 'organization'>>, options: ListOptions): Occurrence[] {
  const { nowMs, toMs } = options;
  const fromMs = options.includePast ? options.fromMs : Math.max(options.fromMs, nowMs);
  if (!(toMs > fromMs)) return [];
  const branchById = branchesById(feed);
  const match = options.filter && !isEmptyFilter(options.filter) ? activityMatcher(feed, options.filter) : undefined;
  const out: Occurrence[] = [];
  // A first test on the text, without parsing anything: an activity that starts after the window's last
  // day, or a single one that ends (or, without an end, starts) before the day before its first, is not
  // in it. Most of a year's activities are outside a month.
  const lastDay = `${isoDate(dateOf(toMs))}T99`;
  const dayBefore = isoDate(addDays(dateOf(fromMs), -1));
  for (const activity of feed.activities ?? []) {
    if (activity.start > lastDay || (!activity.recurrence && (activity.end ?? activity.start) < dayBefore)) continue;
    if (match && !match(activity)) continue;
    const duration = durationOf(activity);
    const span = duration ?? (activity.start.length === 10 ? 86_400_000 : ASSUMED_DURATION_MS);
    // A series that was over before the window (by a bound that needs no expansion).
    if (activity.recurrence && lastStartBound(activity) + span <= fromMs) continue;
    const allDay = activity.start.length === 10;
    const branch = activity.branch ? branchById.get(activity.branch) : undefined;
    const status = activity.status ?? 'scheduled';
    const held = schoolHolidayTest(feed.organization, activity, branch);
    for (const inst of activityInstances(activity, { fromMs: fromMs - span + 1, toMs })) {
      if (held && !held(inst.date)) continue;
      const endMs = duration === undefined ? undefined : inst.startMs + duration;
      const over = inst.startMs + span <= nowMs;
      if (over && !options.includePast) continue;
      const occ: Occurrence = {
        key: `${activity.id}@${inst.startMs}`,
        activity,
        startMs: inst.startMs,
        date: inst.date,
        allDay,
        status,
        inProgress: inst.startMs <= nowMs && !over,
        past: over,
      };
      if (branch) occ.branch = branch;
      if (endMs !== undefined) occ.endMs = endMs;
      if (!allDay) {
        const s = toWall(inst.startMs);
        occ.startMinute = s.hour * 60 + s.minute;
        if (endMs !== undefined) {
          const e = toWall(endMs);
          occ.endMinute = e.hour * 60 + e.minute;
        }
      }
      out.push(occ);
    }
  }
  out.sort((a, b) => a.startMs - b.startMs || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return out;
}

/** Occurrences of one Amsterdam day. */
export interface DayGroup {
  date: PlainDate;
  /** YYYY-MM-DD, for keys and ids. */
  iso: string;
  occurrences: Occurrence[];
}

/**
 * Groups time-ordered occurrences by day. An activity that started on an earlier day and still goes on
 * (an all-day or multi-day one in progress) is listed under today, `todayDate`, when given.
 */
export function groupByDay(occurrences: readonly Occurrence[], todayDate?: PlainDate): DayGroup[] {
  const groups: DayGroup[] = [];
  const byKey = new Map<string, DayGroup>();
  const today = todayDate ? dayNumber(todayDate) : -Infinity;
  for (const o of occurrences) {
    const date = dayNumber(o.date) < today ? todayDate! : o.date;
    const iso = isoDate(date);
    let g = byKey.get(iso);
    if (!g) {
      g = { date, iso, occurrences: [] };
      byKey.set(iso, g);
      groups.push(g);
    }
    g.occurrences.push(o);
  }
  return groups;
}

/** The heading of a day: "Vandaag", "Morgen", else "za 28 november" (with the year when not this year). */
export function dayLabel(date: PlainDate, nowMs: number, lang: Lang): string {
  const today = dateOf(nowMs);
  const diff = dayNumber(date) - dayNumber(today);
  if (diff === 0) return lang === 'en' ? 'Today' : 'Vandaag';
  if (diff === 1) return lang === 'en' ? 'Tomorrow' : 'Morgen';
  return formatDate(date, lang, { withYear: date.year !== today.year });
}

/** A price: "Gratis" / "Free" for 0, else "€ 5" / "€ 2,50" (Dutch) or "€5" / "€2.50" (English). */
export function formatPrice(amount: number, lang: Lang): string {
  if (amount === 0) return lang === 'en' ? 'Free' : 'Gratis';
  const whole = Number.isInteger(amount);
  const n = formatNumber(amount, lang, { decimals: whole ? 0 : 2 });
  return lang === 'en' ? `€${n}` : `€ ${n}`;
}

/** An instant as ISO 8601 with Amsterdam's offset: 2026-11-28T10:00:00+01:00. */
export function isoWithOffset(epochMs: number): string {
  const w = toWall(epochMs);
  const off = offsetAt(epochMs);
  const sign = off >= 0 ? '+' : '-';
  const abs = Math.abs(off);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${isoDate(w)}T${p(w.hour)}:${p(w.minute)}:${p(w.second)}${sign}${p(Math.floor(abs / 60))}:${p(abs % 60)}`;
}

/** The days of a month grid (Monday-first weeks) that contain a month: 4 to 6 rows of 7. */
export function monthGrid(year: number, month: number): PlainDate[][] {
  const first = { year, month, day: 1 };
  const lead = (dayNumber(first) + 3) % 7; // ISO weekday of the 1st
  let day = addDays(first, -lead);
  const rows: PlainDate[][] = [];
  do {
    const row: PlainDate[] = [];
    for (let i = 0; i < 7; i++) {
      row.push(day);
      day = addDays(day, 1);
    }
    rows.push(row);
  } while (day.month === month && day.year === year);
  return rows;
}

/** The Monday of the week of a date. */
export function weekStart(date: PlainDate): PlainDate {
  return addDays(date, -((dayNumber(date) + 3) % 7));
}

// ---- schema.org --------------------------------------------------------------------------------

export interface EventsJsonLdOptions {
  lang: Lang;
  /** At most this many events (default 50): search engines need the next ones, not all 10,000. */
  limit?: number;
  /** The current instant, for "registration opens later" (PreOrder); default the real clock. */
  nowMs?: number;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const STATUS: Record<Occurrence['status'], string> = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  moved: 'https://schema.org/EventRescheduled',
};

/**
 * schema.org `Event`s for occurrences (the first `limit`), as one JSON-LD document with an `@graph`, with
 * everything Google's event results require and recommend where the feed has it: name, start and end with
 * Amsterdam's offset, location (Place with PostalAddress and geo; VirtualLocation with the link to join;
 * both for a mixed event), eventStatus (with previousStartDate for a moved one), eventAttendanceMode,
 * description, image, organizer (the partner, else the library), performer, offers (price in EUR,
 * availability, registration link, when registration opens), isAccessibleForFree, the capacity and places
 * left, audience and url. Undefined when there is nothing to describe.
 */
export function eventsJsonLd(feed: Pick<Feed, 'organization'>, occurrences: readonly Occurrence[], options: EventsJsonLdOptions): Record<string, Json> | undefined {
  const { lang } = options;
  const list = occurrences.slice(0, options.limit ?? 50);
  if (!list.length) return undefined;
  const org: Record<string, Json> = { '@type': 'Organization', name: localize(feed.organization.name, lang) };
  const orgUrl = safeUrl(feed.organization.website);
  if (orgUrl) org['url'] = orgUrl;
  const graph = list.map((o): Record<string, Json> => {
    const a = o.activity;
    const mode = attendanceMode(a);
    const event: Record<string, Json> = {
      '@type': 'Event',
      name: localize(a.title, lang),
      startDate: o.allDay ? isoDate(o.date) : isoWithOffset(o.startMs),
      eventStatus: mode === 'online' && o.status === 'moved' ? 'https://schema.org/EventMovedOnline' : STATUS[o.status],
      eventAttendanceMode: ATTENDANCE[mode],
      organizer: a.organizer ? agentJson(a.organizer, lang) : org,
      inLanguage: lang,
    };
    const description = localize(a.description, lang);
    if (description) event['description'] = description.length > 1000 ? `${description.slice(0, 999)}…` : description;
    if (o.endMs !== undefined) event['endDate'] = o.allDay ? isoDate(dateOf(o.endMs - 1)) : isoWithOffset(o.endMs);
    event['location'] = locationJson(o, mode, lang);
    if (o.status === 'moved' && a.previousStart) event['previousStartDate'] = previousStartJson(a.previousStart);
    const image = safeUrl(a.image?.url);
    if (image) {
      const img: Record<string, Json> = { '@type': 'ImageObject', url: image, caption: localize(a.image!.alt, lang) };
      if (a.image!.width) img['width'] = a.image!.width;
      if (a.image!.height) img['height'] = a.image!.height;
      event['image'] = [img];
    }
    if (a.performers?.length) event['performer'] = a.performers.map((p) => agentJson(p, lang));
    const url = safeUrl(a.url) ?? safeUrl(a.registration?.url);
    if (url) event['url'] = url;
    const offer = offerJson(a, url, options.nowMs ?? Date.now());
    if (offer) event['offers'] = offer;
    if (a.price?.amount === 0) event['isAccessibleForFree'] = true;
    if (a.registration?.capacity !== undefined) event['maximumAttendeeCapacity'] = a.registration.capacity;
    const left = placesLeft(a);
    if (left !== undefined) event['remainingAttendeeCapacity'] = left;
    if (a.audiences?.length) event['audience'] = { '@type': 'Audience', audienceType: a.audiences.join(', ') };
    return event;
  });
  return { '@context': 'https://schema.org', '@graph': graph };
}

const ATTENDANCE: Record<'offline' | 'online' | 'mixed', string> = {
  offline: 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  mixed: 'https://schema.org/MixedEventAttendanceMode',
};

/** How people attend: the activity's `attendanceMode`, else online for an online location, else in a place. */
export function attendanceMode(a: Activity): 'offline' | 'online' | 'mixed' {
  return a.attendanceMode ?? (a.location?.online ? 'online' : 'offline');
}

/** Where to join online: `onlineUrl`, else an online location's link. */
export function onlineUrlOf(a: Activity): string | undefined {
  return safeUrl(a.onlineUrl) ?? (a.location?.online ? safeUrl(a.location.url) : undefined);
}

/** Places still free: `placesLeft`, 0 when the activity is marked full; undefined when unknown. */
export function placesLeft(a: Activity): number | undefined {
  if (a.registration?.full) return 0;
  return a.registration?.placesLeft;
}

/** Whether registration is still to open at `nowMs` (an "aanmelden vanaf" date in the future). */
export function registrationOpensLater(a: Activity, nowMs: number): boolean {
  const opens = a.registration?.opens ? parseLocalDateTime(a.registration.opens) : undefined;
  return opens !== undefined && fromWall(opens.year, opens.month, opens.day, opens.hour, opens.minute) > nowMs;
}

function previousStartJson(text: string): string {
  if (text.length === 10) return text;
  const t = parseLocalDateTime(text)!;
  return isoWithOffset(fromWall(t.year, t.month, t.day, t.hour, t.minute, t.second));
}

function agentJson(agent: Agent, lang: Lang): Record<string, Json> {
  const out: Record<string, Json> = { '@type': agent.kind === 'person' ? 'Person' : 'Organization', name: localize(agent.name, lang) };
  const url = safeUrl(agent.url);
  if (url) out['url'] = url;
  return out;
}

function offerJson(a: Activity, url: string | undefined, nowMs: number): Record<string, Json> | undefined {
  const full = placesLeft(a) === 0;
  if (!a.price && !full && !a.registration?.required) return undefined;
  const opens = a.registration?.opens ? previousStartJson(a.registration.opens) : undefined;
  const offer: Record<string, Json> = {
    '@type': 'Offer',
    availability: full ? 'https://schema.org/SoldOut' : registrationOpensLater(a, nowMs) ? 'https://schema.org/PreOrder' : 'https://schema.org/InStock',
    priceCurrency: 'EUR',
  };
  if (a.price) offer['price'] = a.price.amount;
  const offerUrl = safeUrl(a.registration?.url) ?? url;
  if (offerUrl) offer['url'] = offerUrl;
  if (opens) offer['validFrom'] = opens;
  return offer;
}

function locationJson(o: Occurrence, mode: 'offline' | 'online' | 'mixed', lang: Lang): Json {
  const a = o.activity;
  const join = onlineUrlOf(a) ?? safeUrl(a.url);
  const virtual: Record<string, Json> = join ? { '@type': 'VirtualLocation', url: join } : { '@type': 'VirtualLocation', name: localize(a.location?.name ?? a.title, lang) };
  if (mode === 'online') return virtual;
  const name = o.branch ? localize(o.branch.name, lang) : a.location ? localize(a.location.name, lang) : '';
  const address = o.branch?.address ?? a.location?.address;
  const geo = o.branch?.geo ?? a.location?.geo;
  const place: Record<string, Json> = { '@type': 'Place', name };
  if (address) {
    place['address'] = {
      '@type': 'PostalAddress',
      streetAddress: address.street,
      postalCode: address.postalCode,
      addressLocality: address.city,
      addressCountry: 'NL',
    };
  }
  if (geo) place['geo'] = { '@type': 'GeoCoordinates', latitude: geo.lat, longitude: geo.lon };
  return mode === 'mixed' ? [place, virtual] : place;
}

export { jsonLdText } from '../json-ld.js';
