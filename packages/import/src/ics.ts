/**
 * An iCalendar file (RFC 5545) from an events system (Wise agenda, WordPress event plugins, Outlook, Google
 * Calendar) to activities, parsed by ical.js.
 *
 * - Times: UTC, TZID (with the file's VTIMEZONE, an IANA name, or a Windows name such as "W. Europe Standard
 *   Time") and floating times all become Amsterdam wall-clock time. A recurring event whose occurrences do not
 *   keep one Amsterdam wall-clock time (a UTC series across the change to summer time) is named.
 * - Recurrence: RRULE to the feed's subset (FREQ DAILY/WEEKLY/MONTHLY, INTERVAL, BYDAY, BYMONTHDAY, COUNT,
 *   UNTIL, WKST); EXDATE to exdates; RDATE and changed occurrences (RECURRENCE-ID) to activities of their own;
 *   anything else is reported by UID and the event imported as one activity.
 * - Text: HTML descriptions become plain text; CATEGORIES that name an audience, theme or Wsob function fill
 *   those fields; LOCATION is matched to a branch by name or address, and what matches none is listed.
 * - For search engines' event results: IMAGE (RFC 7986) or an image ATTACH becomes the picture (the title its
 *   alt text, said once per file), ORGANIZER (by its name, unless it is the library itself) the organizer, an
 *   ATTENDEE with ROLE=CHAIR (the speaker or host) a performer; other attendees (invitees) are never published.
 *   CONFERENCE (RFC 7986, or Google's and Teams' own properties) is the link to join online, the event then
 *   mixed when it also has a place, else online; an event whose LOCATION says online takes its URL as that link.
 * - A changed occurrence at another time is a moved activity (status moved, its previous start and place).
 * - Private events (CLASS:PRIVATE/CONFIDENTIAL) are not published; reminders (VALARM) and other properties are
 *   not part of a feed and are summed up once per file.
 * Ids come from the UID, so they stay the same from one export of the calendar to the next.
 */
import ICAL from 'ical.js';
import { isoLocalDateTime, parseRRule, toWall, type PlainDate } from '@biebkit/feed';
import { msg, type Place, type Problems } from './problems.js';
import { canonicalRRule } from './recurrence-nl.js';
import { LABELS } from './table.js';
import { idFrom, loose, nl, uniqueId } from './words.js';
import type { ReadItem } from './sheets.js';
import { matchBranch, type BranchRef } from './match.js';
import { decodeText } from './workbook.js';

type Obj = Record<string, unknown>;

/** Windows time zone names (Outlook) of Western Europe, to IANA. */
const WINDOWS_ZONES: Record<string, string> = {
  'W. Europe Standard Time': 'Europe/Berlin',
  'Romance Standard Time': 'Europe/Paris',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Central European Standard Time': 'Europe/Warsaw',
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  UTC: 'UTC',
  'Coordinated Universal Time': 'UTC',
};

const SUPPORTED_RRULE = new Set(['FREQ', 'INTERVAL', 'BYDAY', 'BYMONTHDAY', 'COUNT', 'UNTIL', 'WKST']);
/** Where calendar programs put the link to join online: RFC 7986, Google Calendar, Microsoft Teams. */
const CONFERENCE_PROPERTIES = ['conference', 'x-google-conference', 'x-microsoft-skypeteamsmeetingurl', 'x-microsoft-onlinemeetingconflink'];
/** A LOCATION that says the event is online (Outlook writes "Microsoft Teams-vergadering"). */
const ONLINE_WORDS = /^(online|on-line|webinar|livestream|digitaal|zoom|google meet|(microsoft )?teams([- ]vergadering| meeting)?)$/i;
const IMAGE_FILE = /\.(jpe?g|png|gif|webp|avif)(\?.*)?$/i;
const isWebAddress = (url: string) => /^https?:\/\/\S+$/i.test(url) && url.length <= 2000;
const MAX_TEXT = 20_000;

const offsetFormats = new Map<string, Intl.DateTimeFormat>();
/** The instant of a wall-clock time in an IANA zone (like fromWall, for any zone). */
export function zoneWallToMs(zone: string, y: number, mo: number, d: number, h: number, mi: number, s: number): number {
  let fmt = offsetFormats.get(zone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    offsetFormats.set(zone, fmt);
  }
  const offsetAt = (t: number) => {
    const p: Record<string, number> = {};
    for (const part of fmt!.formatToParts(t)) if (part.type !== 'literal') p[part.type] = Number(part.value);
    return Date.UTC(p['year']!, p['month']! - 1, p['day']!, p['hour']!, p['minute']!, p['second']!) - Math.floor(t / 1000) * 1000;
  };
  const local = Date.UTC(y, mo - 1, d, h, mi, s);
  const candidates: number[] = [];
  for (const off of new Set([offsetAt(local - 3 * 3_600_000), offsetAt(local + 3 * 3_600_000)])) {
    const t = local - off;
    if (offsetAt(t) === off) candidates.push(t);
  }
  return candidates.length ? Math.min(...candidates) : local - offsetAt(local - 3 * 3_600_000);
}

function ianaZone(tzid: string): string | undefined {
  const name = tzid.replace(/^\/+/, '').replace(/^"|"$/g, '');
  const mapped = WINDOWS_ZONES[name] ?? name;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: mapped });
    return mapped;
  } catch {
    return undefined;
  }
}

/** Plain text of an HTML description: tags out, line breaks kept, entities decoded. */
export function htmlToText(html: string): string {
  const ENTITIES: Record<string, string> = {
    amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', euro: '€', hellip: '…', ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', bull: '•', middot: '·', copy: '©', reg: '®', deg: '°',
    eacute: 'é', egrave: 'è', ecirc: 'ê', euml: 'ë', aacute: 'á', agrave: 'à', acirc: 'â', auml: 'ä', iacute: 'í', iuml: 'ï', icirc: 'î', oacute: 'ó', ocirc: 'ô', ouml: 'ö', uacute: 'ú', ucirc: 'û', uuml: 'ü', ccedil: 'ç', ntilde: 'ñ', szlig: 'ß',
    Eacute: 'É', Euml: 'Ë', Ouml: 'Ö', Uuml: 'Ü', Iuml: 'Ï', Auml: 'Ä',
  };
  return html
    .replace(/<(script|style|head)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '\n• ')
    .replace(/<\/(p|div|h[1-6]|ul|ol|tr|table|blockquote)\s*>/gi, '\n')
    .replace(/<(p|div|h[1-6]|ul|ol|tr|table|blockquote)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
      if (e[0] === '#') {
        const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[e] ?? whole;
    })
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n[ \t]+/g, '\n')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const looksLikeHtml = (text: string) => /<\/?(p|br|div|span|b|i|strong|em|a|ul|ol|li|h[1-6]|table)\b[^>]*>/i.test(text);

interface When {
  /** Amsterdam wall clock: YYYY-MM-DD for a date, YYYY-MM-DDTHH:MM[:SS] otherwise. */
  wall: string;
  ms: number;
  allDay: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

function wallText(ms: number): string {
  const w = toWall(ms);
  return `${isoLocalDateTime(ms)}${w.second ? `:${pad(w.second)}` : ''}`;
}

function dateText(d: PlainDate): string {
  return `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

/** The categories that name an audience, theme or Wsob function. */
function categoryMap(): Map<string, { field: 'audiences' | 'theme' | 'function'; value: string }> {
  const map = new Map<string, { field: 'audiences' | 'theme' | 'function'; value: string }>();
  const add = (set: string, field: 'audiences' | 'theme' | 'function') => {
    for (const [value, words] of Object.entries(LABELS[set]!)) {
      map.set(loose(value), { field, value });
      for (const w of words) map.set(loose(w), { field, value });
    }
  };
  add('audience', 'audiences');
  add('theme', 'theme');
  add('wsobFunction', 'function');
  return map;
}

export interface CalendarResult {
  items: ReadItem[];
  events: number;
}

/** Reads one iCalendar file into activities. */
/**
 * Reads one iCalendar file into activities. `ownNames`: the organisation's names, so that an ORGANIZER that is the
 * library itself (a shared agenda's name) is not written as an outside organizer.
 */
export function readCalendar(file: string, bytes: Uint8Array, branches: BranchRef[], problems: Problems, takenIds: Set<string>, ownNames: string[] = []): CalendarResult {
  const text = decodeText(bytes);
  const filePlace: Place = { kind: 'sheet', file };
  let root: ICAL.Component;
  try {
    root = new ICAL.Component(ICAL.parse(text) as unknown as unknown[]);
  } catch (e) {
    problems.error(filePlace, msg(
      `not a readable iCalendar file (${e instanceof Error ? e.message : String(e)})`,
      `geen leesbaar iCalendar-bestand (${e instanceof Error ? e.message : String(e)})`,
    ));
    return { items: [], events: 0 };
  }
  if (root.name !== 'vcalendar') root = root.getFirstSubcomponent('vcalendar') ?? root;
  // The file's own time zones; registered for the length of this read only (ical.js keeps them globally).
  const zones = new Map<string, ICAL.Timezone>();
  for (const vtz of root.getAllSubcomponents('vtimezone')) {
    const tzid = String(vtz.getFirstPropertyValue('tzid') ?? '');
    if (!tzid) continue;
    try {
      const zone = new ICAL.Timezone(vtz);
      zones.set(tzid, zone);
      ICAL.TimezoneService.register(zone, tzid);
    } catch {
      problems.warn(filePlace, msg(`the time zone ${tzid} in ${file} cannot be read; its times are read by name`, `de tijdzone ${tzid} in ${file} is niet te lezen; de tijden gaan op naam`));
    }
  }
  const calendarZone = root.getFirstPropertyValue('x-wr-timezone') as string | null;
  const own = new Set([...ownNames, String(root.getFirstPropertyValue('x-wr-calname') ?? '')].filter(Boolean).map(loose));
  let picturesWithoutText = 0;
  const unknownZones = new Set<string>();
  const ignored = new Map<string, number>();
  const unmatched = new Map<string, { count: number; place: Place }>();
  const unusedCategories = new Set<string>();
  const categories = categoryMap();
  const items: ReadItem[] = [];
  const vevents = root.getAllSubcomponents('vevent');
  for (const sub of root.getAllSubcomponents()) {
    if (!['vevent', 'vtimezone'].includes(sub.name)) ignored.set(sub.name.toUpperCase(), (ignored.get(sub.name.toUpperCase()) ?? 0) + 1);
  }

  const toWhen = (prop: ICAL.Property | null, value?: ICAL.Time): When | undefined => {
    if (!prop && !value) return undefined;
    const t = value ?? (prop!.getFirstValue() as ICAL.Time);
    if (!t || typeof t !== 'object' || !('year' in t)) return undefined;
    if (t.isDate) {
      const d = { year: t.year, month: t.month, day: t.day };
      return { wall: dateText(d), ms: Date.UTC(t.year, t.month - 1, t.day), allDay: true };
    }
    const tzid = (prop?.getParameter('tzid') as string | undefined) ?? undefined;
    let ms: number;
    if (t.zone === ICAL.Timezone.utcTimezone) ms = t.toUnixTime() * 1000;
    else if (tzid && zones.has(tzid)) {
      const c = t.clone();
      c.zone = zones.get(tzid)!;
      ms = c.toUnixTime() * 1000;
    } else {
      const name = tzid ?? calendarZone ?? 'Europe/Amsterdam';
      const zone = ianaZone(name);
      if (!zone) unknownZones.add(name);
      ms = zoneWallToMs(zone ?? 'Europe/Amsterdam', t.year, t.month, t.day, t.hour, t.minute, t.second);
    }
    return { wall: wallText(ms), ms, allDay: false };
  };

  // Changed occurrences (RECURRENCE-ID) belong to their series.
  const overrides = new Map<string, ICAL.Component[]>();
  const masters = new Set<string>();
  for (const ve of vevents) {
    const uid = String(ve.getFirstPropertyValue('uid') ?? '');
    if (ve.hasProperty('recurrence-id')) overrides.set(uid, [...(overrides.get(uid) ?? []), ve]);
    else masters.add(uid);
  }

  vevents.forEach((ve, index) => {
    const uid = String(ve.getFirstPropertyValue('uid') ?? '');
    const title = String(ve.getFirstPropertyValue('summary') ?? '').trim();
    const place: Place = uid ? { kind: 'event', file, uid } : { kind: 'event', file, index: index + 1, title };
    const isOverride = ve.hasProperty('recurrence-id');
    if (isOverride && masters.has(uid)) return; // read with its series
    for (const sub of ve.getAllSubcomponents()) ignored.set(sub.name.toUpperCase(), (ignored.get(sub.name.toUpperCase()) ?? 0) + 1);
    for (const prop of ve.getAllProperties()) {
      const name = prop.name.toUpperCase();
      const invitee = prop.name === 'attendee' && String(prop.getParameter('role') ?? '').toUpperCase() !== 'CHAIR';
      if ((prop.name.startsWith('x-') && !CONFERENCE_PROPERTIES.includes(prop.name)) || invitee) ignored.set(name, (ignored.get(name) ?? 0) + 1);
    }
    const klass = String(ve.getFirstPropertyValue('class') ?? '').toUpperCase();
    if (klass === 'PRIVATE' || klass === 'CONFIDENTIAL') {
      problems.warn(place, msg(`the event is ${klass.toLowerCase()} (CLASS:${klass}) and was not published`, `de afspraak is ${klass === 'PRIVATE' ? 'privé' : 'vertrouwelijk'} (CLASS:${klass}) en is niet gepubliceerd`));
      return;
    }
    // The series first, then what was split off it (RDATEs, changed occurrences).
    const at = items.length;
    const item = eventItem(ve, place, uid || `${file}-${index + 1}`);
    if (!item) return;
    const series = overrides.get(uid);
    if (series && masters.has(uid) && item.value['recurrence']) {
      const recurrence = item.value['recurrence'] as Obj;
      const exdates = (recurrence['exdates'] as string[] | undefined) ?? [];
      for (const ov of series) {
        const rid = toWhen(ov.getFirstProperty('recurrence-id'));
        if (!rid) continue;
        const range = ov.getFirstProperty('recurrence-id')!.getParameter('range');
        if (range) {
          problems.error(place, msg(`RECURRENCE-ID;RANGE=${String(range)} (a change to all later occurrences) is not supported; that change was not imported`, `RECURRENCE-ID;RANGE=${String(range)} (een wijziging van alle latere keren) kan niet; die wijziging is niet geïmporteerd`));
          continue;
        }
        const wall = item.value['start'] && String(item.value['start']).length === 10 ? rid.wall.slice(0, 10) : rid.wall;
        if (!exdates.includes(wall)) exdates.push(wall);
        const cancelled = String(ov.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED';
        if (cancelled) continue;
        const moved = eventItem(ov, place, `${String(item.value['id']).slice(0, 60)}-${rid.wall.slice(0, 16).replace(/[-:]/g, '').toLowerCase()}`);
        if (!moved) continue;
        // At another time or place than the series: a moved activity, with where and when it was to be.
        const before = String(ve.getFirstPropertyValue('location') ?? '').replace(/\s+/g, ' ').trim();
        const after = String(ov.getFirstPropertyValue('location') ?? '').replace(/\s+/g, ' ').trim();
        if (moved.value['start'] !== wall || (before && after && loose(before) !== loose(after))) {
          moved.value['status'] = 'moved';
          if (moved.value['start'] !== wall) moved.value['previousStart'] = wall;
          if (before && after && loose(before) !== loose(after)) moved.value['previousPlace'] = before;
        }
        items.push(moved);
      }
      if (exdates.length) recurrence['exdates'] = exdates;
    }
    items.splice(at, 0, item);
  });

  function eventItem(ve: ICAL.Component, place: Place, key: string): ReadItem | undefined {
    const title = String(ve.getFirstPropertyValue('summary') ?? '').trim();
    const fields = new Map<string, Place>();
    const said = new Set<string>();
    if (!title) {
      problems.error(place, msg('the event has no title (SUMMARY); it was not imported', 'de afspraak heeft geen titel (SUMMARY); niet geïmporteerd'));
      return undefined;
    }
    const start = toWhen(ve.getFirstProperty('dtstart'));
    if (!start) {
      problems.error(place, msg('the event has no start (DTSTART); it was not imported', 'de afspraak heeft geen begin (DTSTART); niet geïmporteerd'));
      return undefined;
    }
    const value: Obj = { id: uniqueId(idFrom(key), takenIds), title: clip(title, place, 'SUMMARY') };
    let description = String(ve.getFirstPropertyValue('description') ?? '').trim();
    const altProp = ve.getAllProperties('x-alt-desc').find((p) => /html/i.test(String(p.getParameter('fmttype') ?? '')));
    if ((!description || looksLikeHtml(description)) && altProp) description = String(altProp.getFirstValue() ?? '');
    if (looksLikeHtml(description)) description = htmlToText(description);
    if (description) value['description'] = clip(description, place, 'DESCRIPTION');
    value['start'] = start.wall;
    // The end: DTEND, else DTSTART + DURATION; an all-day DTEND is the day after the last day.
    let endMs: number | undefined;
    const dtend = toWhen(ve.getFirstProperty('dtend'));
    if (dtend) endMs = dtend.ms;
    else if (ve.hasProperty('duration')) {
      const duration = ve.getFirstPropertyValue('duration') as ICAL.Duration;
      endMs = start.ms + duration.toSeconds() * 1000;
    }
    if (endMs !== undefined) {
      if (start.allDay) {
        const lastDay = new Date(endMs - 86_400_000);
        const last = dateText({ year: lastDay.getUTCFullYear(), month: lastDay.getUTCMonth() + 1, day: lastDay.getUTCDate() });
        if (last > start.wall) value['end'] = last;
      } else if (endMs > start.ms) value['end'] = wallText(endMs);
      else if (endMs < start.ms) problems.warn(place, msg('DTEND is before DTSTART: imported without an end', 'DTEND ligt voor DTSTART: geïmporteerd zonder einde'));
    }
    const status = String(ve.getFirstPropertyValue('status') ?? '').toUpperCase();
    if (status === 'CANCELLED') value['status'] = 'cancelled';
    const url = String(ve.getFirstPropertyValue('url') ?? '').trim();
    if (url) {
      if (isWebAddress(url)) value['url'] = url;
      else problems.warn(place, msg(`URL "${url}" is not an http(s) address and was left out`, `URL "${url}" is geen http(s)-adres en is weggelaten`));
    }
    readPicture(ve, value, title, place);
    readPeople(ve, value, place);
    // Categories: audiences, theme, Wsob function.
    for (const prop of ve.getAllProperties('categories')) {
      for (const c of prop.getValues() as string[]) {
        const hit = categories.get(loose(String(c)));
        if (!hit) {
          if (String(c).trim()) unusedCategories.add(String(c).trim());
          continue;
        }
        if (hit.field === 'audiences') {
          const list = (value['audiences'] as string[] | undefined) ?? [];
          if (!list.includes(hit.value)) list.push(hit.value);
          value['audiences'] = list;
        } else value[hit.field] ??= hit.value;
      }
    }
    // Where: a branch, else a place of its own.
    const location = String(ve.getFirstPropertyValue('location') ?? '').replace(/\s+/g, ' ').trim();
    const geo = ve.getFirstPropertyValue('geo') as [number, number] | null;
    const saysOnline = ONLINE_WORDS.test(location);
    const join = conferenceOf(ve, place) ?? (saysOnline && typeof value['url'] === 'string' ? (value['url'] as string) : undefined);
    if (join) {
      // A link to join: online, or mixed when there is a place as well.
      value['attendanceMode'] = location && !saysOnline && !/^https?:\/\//i.test(location) ? 'mixed' : 'online';
      value['onlineUrl'] = join;
      if (value['url'] === join) delete value['url'];
    } else if (saysOnline) value['attendanceMode'] = 'online';
    if (location && !saysOnline) {
      const match = matchBranch(location, branches);
      if (match && 'id' in match) value['branch'] = match.id;
      else {
        const off: Obj = { name: clip(location, place, 'LOCATION') };
        if (geo && Number.isFinite(geo[0]) && Number.isFinite(geo[1])) off['geo'] = { lat: geo[0], lon: geo[1] };
        if (/^https?:\/\//i.test(location)) {
          off['online'] = true;
          off['url'] = location;
          off['name'] = 'Online';
        }
        value['location'] = off;
        if (match && 'ambiguous' in match) {
          problems.warn(place, msg(`LOCATION "${location}" fits more than one branch (${match.ambiguous.join(', ')}); imported as a place of its own`, `LOCATION "${location}" past bij meer dan één vestiging (${match.ambiguous.join(', ')}); geïmporteerd als eigen plek`));
        } else if (!off['online']) {
          const u = unmatched.get(location);
          unmatched.set(location, { count: (u?.count ?? 0) + 1, place: u?.place ?? place });
        }
      }
    }
    // Recurrence.
    const rrules = ve.getAllProperties('rrule');
    const rdates = ve.getAllProperties('rdate');
    if (ve.hasProperty('exrule')) problems.error(place, msg('EXRULE is not supported (and deprecated); the rule was ignored', 'EXRULE kan niet (en is verouderd); de regel is genegeerd'));
    if (rrules.length > 1) {
      problems.error(place, msg('more than one RRULE is not supported; imported as one activity', 'meer dan één RRULE kan niet; geïmporteerd als één activiteit'));
    } else if (rrules.length === 1) {
      const raw = rrules[0]!.toICALString().replace(/^RRULE:/i, '');
      const parts: Record<string, string> = {};
      for (const p of raw.split(';')) {
        const [k, v] = p.split('=');
        if (k && v !== undefined) parts[k.toUpperCase()] = v.toUpperCase();
      }
      const outside = Object.keys(parts).filter((k) => !SUPPORTED_RRULE.has(k));
      let reason: string | undefined;
      if (outside.length) reason = `RRULE ${outside.join(', ')} ${outside.length > 1 ? 'are' : 'is'} not supported`;
      else if (!['DAILY', 'WEEKLY', 'MONTHLY'].includes(parts['FREQ'] ?? '')) reason = `RRULE FREQ=${parts['FREQ'] ?? '?'} is not supported`;
      const rule = canonicalRRule(parts);
      if (!reason) {
        try {
          parseRRule(rule);
        } catch (e) {
          reason = `RRULE ${e instanceof Error ? e.message : String(e)}`;
        }
      }
      if (reason) {
        problems.error(place, msg(`${reason}; imported as one activity`, `${reason.replace(/ is not supported| are not supported/, ' kan niet')}; geïmporteerd als één activiteit`));
      } else {
        const recurrence: Obj = { rrule: rule };
        const exdates: string[] = [];
        for (const prop of ve.getAllProperties('exdate')) {
          for (const v of prop.getValues() as ICAL.Time[]) {
            const w = toWhen(prop, v);
            if (!w) continue;
            exdates.push(start.allDay || w.allDay ? w.wall.slice(0, 10) : w.wall);
          }
        }
        if (exdates.length) recurrence['exdates'] = [...new Set(exdates)];
        value['recurrence'] = recurrence;
        if (checkSynchronized(ve, start, place)) said.add('recurrence.rrule');
        if (!start.allDay) checkWallClock(ve, start, place);
      }
    }
    fields.set('start', place);
    const item: ReadItem = { value, place, fields, refs: [], missing: [], ...(said.size ? { said } : {}) };
    // RDATE: extra occurrences, each an activity of its own.
    for (const prop of rdates) {
      for (const v of prop.getValues() as (ICAL.Time | ICAL.Period)[]) {
        const t = 'start' in v && v.start ? v.start : (v as ICAL.Time);
        const w = toWhen(prop, t as ICAL.Time);
        if (!w) continue;
        const extra: Obj = JSON.parse(JSON.stringify({ ...value, recurrence: undefined }));
        extra['id'] = uniqueId(`${String(value['id'])}-${w.wall.slice(0, 16).replace(/[-:]/g, '').toLowerCase()}`.slice(0, 80), takenIds);
        extra['start'] = start.allDay ? w.wall.slice(0, 10) : w.wall;
        if (value['end'] !== undefined && !start.allDay && endMs !== undefined) extra['end'] = wallText(w.ms + (endMs - start.ms));
        else delete extra['end'];
        items.push({ value: extra, place, fields: new Map(fields), refs: [], missing: [] });
      }
    }
    return item;
  }

  /**
   * RFC 5545 leaves a series "undefined" when DTSTART is not an occurrence of its rule, and calendar programs
   * differ: some show DTSTART as well, ical.js does not. The feed counts it as the first occurrence; say so.
   */
  function checkSynchronized(ve: ICAL.Component, start: When, place: Place): boolean {
    const first = new ICAL.Event(ve).iterator().next();
    const prop = ve.getFirstProperty('dtstart');
    const w = first && toWhen(prop, first);
    if (!w || w.wall === start.wall) return false;
    problems.warn(place, msg(
      `DTSTART (${start.wall.replace('T', ' ')}) is not a day its RRULE gives (the first is ${w.wall.replace('T', ' ')}); calendar programs differ here: the feed shows the start as the first occurrence, as RFC 5545 counts it`,
      `DTSTART (${start.wall.replace('T', ' ')}) is geen dag van de RRULE (de eerste is ${w.wall.replace('T', ' ')}); agendaprogramma's verschillen hierin: de feed toont het begin als eerste keer, zoals RFC 5545 telt`,
    ));
    return true;
  }

  /** IMAGE (RFC 7986), else an ATTACH that is a picture: the activity's image, its alt text the title. */
  function readPicture(ve: ICAL.Component, value: Obj, title: string, place: Place): void {
    const images = ve.getAllProperties('image');
    const attached = ve.getAllProperties('attach').filter((p) => /^image\//i.test(String(p.getParameter('fmttype') ?? '')) || IMAGE_FILE.test(String(p.getFirstValue() ?? '')));
    const display = (p: ICAL.Property) => String(p.getParameter('display') ?? '').toUpperCase();
    const prop = images.find((p) => !display(p) || display(p).includes('FULLSIZE')) ?? images[0] ?? attached[0];
    if (!prop) return;
    const link = String(prop.getFirstValue() ?? '').trim();
    if (String(prop.getParameter('encoding') ?? '').toUpperCase() === 'BASE64' || prop.type === 'binary') {
      problems.warn(place, msg(`${prop.name.toUpperCase()} holds the picture itself, not its web address: a feed links to pictures, so it was left out`, `${prop.name.toUpperCase()} bevat de afbeelding zelf, geen webadres: een feed linkt naar afbeeldingen, dus die is weggelaten`));
      return;
    }
    if (!isWebAddress(link)) {
      problems.warn(place, msg(`${prop.name.toUpperCase()} "${link.slice(0, 80)}" is not an http(s) address and was left out`, `${prop.name.toUpperCase()} "${link.slice(0, 80)}" is geen http(s)-adres en is weggelaten`));
      return;
    }
    value['image'] = { url: link, alt: clip(title, place, 'SUMMARY') };
    picturesWithoutText++;
  }

  /** ORGANIZER (by its name, CN) and ATTENDEE;ROLE=CHAIR (performers); never the people invited. */
  function readPeople(ve: ICAL.Component, value: Obj, place: Place): void {
    const organizer = ve.getFirstProperty('organizer');
    const name = String(organizer?.getParameter('cn') ?? '').trim();
    if (organizer && name && !own.has(loose(name))) {
      const agent: Obj = { name: clip(name, place, 'ORGANIZER') };
      const dir = String(organizer.getParameter('dir') ?? '').trim();
      if (isWebAddress(dir)) agent['url'] = dir;
      value['organizer'] = agent;
    }
    const performers: Obj[] = [];
    for (const attendee of ve.getAllProperties('attendee')) {
      if (String(attendee.getParameter('role') ?? '').toUpperCase() !== 'CHAIR') continue;
      const cn = String(attendee.getParameter('cn') ?? '').trim();
      if (!cn || own.has(loose(cn))) continue;
      const cutype = String(attendee.getParameter('cutype') ?? 'INDIVIDUAL').toUpperCase();
      if (cutype === 'ROOM' || cutype === 'RESOURCE') continue;
      performers.push({ name: clip(cn, place, 'ATTENDEE'), kind: cutype === 'GROUP' ? 'organization' : 'person' });
    }
    if (performers.length) value['performers'] = performers;
  }

  /** The link to join online: CONFERENCE (the first that is a web address), Google Meet's, Teams'. */
  function conferenceOf(ve: ICAL.Component, place: Place): string | undefined {
    for (const name of CONFERENCE_PROPERTIES) {
      for (const prop of ve.getAllProperties(name)) {
        const link = String(prop.getFirstValue() ?? '').trim();
        if (isWebAddress(link)) return link;
        if (link && name === 'conference' && !/^(tel|sip):/i.test(link)) {
          problems.warn(place, msg(`CONFERENCE "${link.slice(0, 80)}" is not an http(s) address and was left out`, `CONFERENCE "${link.slice(0, 80)}" is geen http(s)-adres en is weggelaten`));
        }
      }
    }
    return undefined;
  }

  /** A series kept in another zone (UTC) can drift an hour in Amsterdam at the change of the clocks. */
  function checkWallClock(ve: ICAL.Component, start: When, place: Place): void {
    const prop = ve.getFirstProperty('dtstart')!;
    const tzid = prop.getParameter('tzid') as string | undefined;
    const t = prop.getFirstValue() as ICAL.Time;
    if (t.zone !== ICAL.Timezone.utcTimezone) {
      const zone = tzid ?? calendarZone;
      // Floating, or kept in Amsterdam: the wall clock is the feed's.
      if (!zone || ianaZone(zone) === 'Europe/Amsterdam' || (zones.has(zone) && zone === 'Europe/Amsterdam')) return;
    }
    const want = start.wall.slice(11);
    const event = new ICAL.Event(ve);
    const it = event.iterator();
    for (let n = 0, next = it.next(); next && n < 400; n++, next = it.next()) {
      const w = toWhen(prop, next);
      if (w && w.wall.slice(11) !== want) {
        problems.warn(place, msg(
          `the series is kept in ${tzid ?? (t.zone === ICAL.Timezone.utcTimezone ? 'UTC' : calendarZone)}: on ${w.wall.slice(0, 10)} it starts at ${w.wall.slice(11, 16)} in Amsterdam, not ${want.slice(0, 5)}; imported at ${want.slice(0, 5)} Amsterdam time throughout`,
          `de reeks staat in ${tzid ?? (t.zone === ICAL.Timezone.utcTimezone ? 'UTC' : calendarZone)}: op ${w.wall.slice(0, 10)} begint hij om ${w.wall.slice(11, 16)} Amsterdamse tijd, niet ${want.slice(0, 5)}; geïmporteerd om ${want.slice(0, 5)} Amsterdamse tijd`,
        ));
        return;
      }
    }
  }

  function clip(text: string, place: Place, what: string): string {
    if (text.length <= MAX_TEXT) return text;
    problems.warn(place, msg(`${what} is ${nl(text.length)} characters; cut to ${nl(MAX_TEXT)}`, `${what} is ${nl(text.length)} tekens; ingekort tot ${nl(MAX_TEXT)}`));
    return `${text.slice(0, MAX_TEXT - 1)}…`;
  }

  for (const zone of zones.keys()) ICAL.TimezoneService.remove(zone);
  for (const name of unknownZones) {
    problems.warn(filePlace, msg(`time zone "${name}" is unknown; its times were read as Amsterdam time`, `tijdzone "${name}" is onbekend; de tijden zijn gelezen als Amsterdamse tijd`));
  }
  for (const [location, u] of unmatched) {
    problems.warn(u.place, msg(
      `LOCATION "${location}"${u.count > 1 ? ` (${u.count} events)` : ''} matches no branch; imported as a place of its own`,
      `LOCATION "${location}"${u.count > 1 ? ` (${u.count} afspraken)` : ''} past bij geen vestiging; geïmporteerd als eigen plek`,
    ));
  }
  if (unusedCategories.size) {
    problems.info(filePlace, msg(
      `categories that name no audience, theme or Wsob function were not used: ${[...unusedCategories].slice(0, 12).join(', ')}${unusedCategories.size > 12 ? ', …' : ''}`,
      `categorieën die geen doelgroep, opgave of Wsob-functie noemen, zijn niet gebruikt: ${[...unusedCategories].slice(0, 12).join(', ')}${unusedCategories.size > 12 ? ', …' : ''}`,
    ));
  }
  if (ignored.size) {
    const list = [...ignored.entries()].map(([k, n]) => `${k}${n > 1 ? ` (${nl(n)}×)` : ''}`).join(', ');
    problems.info(filePlace, msg(`not part of a feed, so not imported: ${list}`, `hoort niet in een feed, dus niet geïmporteerd: ${list}`));
  }
  if (picturesWithoutText) {
    problems.info(filePlace, msg(
      `${nl(picturesWithoutText)} picture(s) (IMAGE, ATTACH) have no description in the calendar: the title is their alt text. Describe what each shows in the workbook (Afbeelding beschrijving), for people who cannot see it`,
      `${nl(picturesWithoutText)} afbeelding(en) (IMAGE, ATTACH) hebben geen beschrijving in de agenda: de titel is hun alt-tekst. Beschrijf in de werkmap (Afbeelding beschrijving) wat erop staat, voor wie ze niet kan zien`,
    ));
  }
  if (!vevents.length) problems.warn(filePlace, msg('holds no events', 'bevat geen afspraken'));
  return { items, events: vevents.length };
}
