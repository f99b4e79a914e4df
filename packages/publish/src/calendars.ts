/**
 * Subscribable iCalendar files (RFC 5545): one for the whole organisation, one per branch, per municipality
 * and per audience, in Dutch and English. They are written by the feed package's iCalendar writer (the same
 * one behind "Download .ics"), with what a subscription needs on top: UIDs that stay the same from one
 * publish to the next, a SEQUENCE that goes up when an event changes (so calendar apps update the event
 * instead of adding a second one), and how often to fetch the file again.
 */
import { createHash } from 'node:crypto';
import {
  AUDIENCES,
  activityEvent,
  activityMatcher,
  durationOf,
  icalUid,
  icalendar,
  lastStartOf,
  localize,
  type Activity,
  type Feed,
  type Lang,
} from '@biebkit/feed';
import { audienceLabel } from '@biebkit/elements/activity-calendar/i18n';

/** Activities that ended longer ago than this leave the subscriptions (apps then remove them too). */
export const KEEP_PAST_MS = 30 * 86_400_000;
/** How often calendar apps should fetch a subscription again. */
export const REFRESH = 'PT12H';

/** Per event UID: its SEQUENCE and the fingerprint of what it said when that number was given. */
export type SequenceRecord = Record<string, { sequence: number; fingerprint: string }>;

export interface Calendar {
  /** Path in the site, such as `ics/branch/plein-1.ics` (English: `ics/branch/plein-1.en.ics`). */
  path: string;
  /** What it holds: `organisation`, `branch`, `municipality` or `audience`, and which one. */
  kind: 'organisation' | 'branch' | 'municipality' | 'audience';
  key?: string;
  lang: Lang;
  name: string;
  events: number;
  text: string;
}

const WORDS = { nl: { title: 'Activiteiten' }, en: { title: 'Activities' } } as const;

/**
 * Sequence numbers for this publish: the same as last time for an event that did not change, one higher for
 * one that did. The fingerprint covers everything the event's iCalendar text is made of (the activity and
 * the branch it names), in every language, and nothing that changes by itself (such as DTSTAMP).
 */
export function nextSequences(feed: Feed, previous: SequenceRecord | undefined): SequenceRecord {
  const branches = new Map((feed.branches ?? []).map((b) => [b.id, b]));
  const next: SequenceRecord = {};
  for (const activity of feed.activities ?? []) {
    const branch = activity.branch ? branches.get(activity.branch) : undefined;
    const fingerprint = createHash('sha256')
      .update(JSON.stringify([activity, branch && { name: branch.name, address: branch.address, geo: branch.geo }]))
      .digest('base64url')
      .slice(0, 22);
    const uid = icalUid(feed, activity.id);
    const before = previous?.[uid];
    next[uid] = { sequence: before ? before.sequence + (before.fingerprint === fingerprint ? 0 : 1) : 0, fingerprint };
  }
  return next;
}

export interface CalendarOptions {
  now: number;
  sequences: SequenceRecord;
  /** The site's address, for SOURCE (absolute URLs only). */
  baseUrl?: string;
  langs: readonly Lang[];
  /** Each municipality's slice of the feed: its calendar holds the slice's activities (what its elements show). */
  slices: ReadonlyMap<string, Feed>;
}

/** Every calendar of the site. */
export function calendarsOf(feed: Feed, { now, sequences, langs, baseUrl: base, slices }: CalendarOptions): Calendar[] {
  const current = (feed.activities ?? []).filter((a) => lastStartOf(a) + (durationOf(a) ?? 0) >= now - KEEP_PAST_MS);
  const groups: { kind: Calendar['kind']; key?: string; file: string; label: (lang: Lang) => string; activities: Activity[] }[] = [];
  groups.push({ kind: 'organisation', file: 'ics/agenda', label: () => '', activities: current });
  const byBranch = new Map<string, Activity[]>();
  for (const a of current) {
    if (!a.branch) continue;
    const list = byBranch.get(a.branch);
    if (list) list.push(a);
    else byBranch.set(a.branch, [a]);
  }
  for (const branch of feed.branches ?? []) {
    const activities = byBranch.get(branch.id);
    if (activities) groups.push({ kind: 'branch', key: branch.id, file: `ics/branch/${branch.id}`, label: (l) => localize(branch.name, l), activities });
  }
  const kept = new Set(current);
  for (const m of feed.organization.municipalities) {
    const activities = (slices.get(m.id)?.activities ?? []).filter((a) => kept.has(a));
    if (activities.length) groups.push({ kind: 'municipality', key: m.id, file: `ics/municipality/${m.id}`, label: (l) => localize(m.name, l), activities });
  }
  // Audiences as the calendar's own filter chooses them (an activity for everyone suits every audience).
  for (const audience of AUDIENCES) {
    const activities = current.filter(activityMatcher(feed, { audiences: [audience] }));
    if (activities.length) groups.push({ kind: 'audience', key: audience, file: `ics/audience/${audience}`, label: (l) => audienceLabel(audience, l), activities });
  }
  const calendars: Calendar[] = [];
  // Each event is written once per language, for however many calendars hold it.
  const events = new Map<Activity, string>();
  for (const lang of langs) {
    events.clear();
    const options = { lang, nowMs: now, sequence: (a: Activity) => sequences[icalUid(feed, a.id)]?.sequence ?? 0 };
    const eventOf = (a: Activity) => {
      let text = events.get(a);
      if (text === undefined) events.set(a, (text = activityEvent(feed, a, options)));
      return text;
    };
    for (const group of groups) {
      const path = `${group.file}${lang === 'nl' ? '' : `.${lang}`}.ics`;
      const org = localize(feed.organization.name, lang);
      const label = group.label(lang);
      const name = `${WORDS[lang].title} ${org}${label ? ` · ${label}` : ''}`;
      const text = icalendar(group.activities.map(eventOf), {
        ...options,
        name,
        refresh: REFRESH,
        source: base ? new URL(path, base).href : undefined,
      });
      calendars.push({ path, kind: group.kind, key: group.key, lang, name, events: group.activities.length, text });
    }
  }
  return calendars;
}

/** The calendar a scope's `<activity-calendar>` subscribes to: the organisation's, or the municipality's. */
export function calendarPathOf(municipality: string | undefined, lang: Lang): string {
  return `${municipality ? `ics/municipality/${municipality}` : 'ics/agenda'}${lang === 'nl' ? '' : `.${lang}`}.ics`;
}
