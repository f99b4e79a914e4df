/**
 * The corpus of bad feeds: every way a hand-typed or hostile feed can be wrong. Each case is built from a
 * valid base feed (so the valid rest is known) and says what must still be shown and which JSON Pointer
 * the problems must name. Used by test/browser/bad-feeds.test.ts (in Chromium, with a script trap) and by
 * packages/feed/test/bad-feeds.test.ts (the validator alone).
 */

/** Set by any payload that manages to run. The tests assert it stays undefined. */
export const TRAP = '__biebkitPwned';

/** Markup and script payloads that must stay text. */
export const PAYLOADS = [
  `<script>window.${TRAP}=1</script>`,
  `<img src=x onerror="window.${TRAP}=1">`,
  `"><svg onload="window.${TRAP}=1"></svg>`,
  `{{constructor.constructor('window.${TRAP}=1')()}}`,
  `\${window.${TRAP}=1}`,
  `<a href="javascript:window.${TRAP}=1">klik</a>`,
];

export interface BadFeedCase {
  name: string;
  /** The feed as JSON text (for what is not JSON) or as a value. */
  feed: unknown;
  /** The whole feed must be refused with this error kind. */
  refused?: string;
  /** JSON Pointers the problems must name. */
  problemPaths?: string[];
  /** Texts that must still be visible somewhere in the elements. */
  stillShown?: string[];
}

type Json = Record<string, unknown>;
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** Paths of every string that people read (Text fields), for payload injection. */
const TEXT_KEYS = new Set(['name', 'title', 'description', 'label', 'note', 'statusNote', 'source', 'street', 'city']);

function eachText(node: unknown, path: string, visit: (parent: Json, key: string, path: string) => void): void {
  if (Array.isArray(node)) node.forEach((v, i) => eachText(v, `${path}/${i}`, visit));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node as Json)) {
      if (TEXT_KEYS.has(key) && (typeof value === 'string' || (value && typeof value === 'object' && !Array.isArray(value) && ('nl' in value || 'en' in value)))) {
        visit(node as Json, key, `${path}/${key}`);
      } else eachText(value, `${path}/${key}`, visit);
    }
  }
}

export function buildCorpus(base: Json): BadFeedCase[] {
  const cases: BadFeedCase[] = [];
  const firstBranchName = String(((base['branches'] as Json[])[0] as Json)['name']);

  // Script and markup in every text field, one payload per field, all at once.
  {
    const feed = clone(base);
    let i = 0;
    eachText(feed, '', (parent, key) => {
      const payload = PAYLOADS[i++ % PAYLOADS.length];
      parent[key] = typeof parent[key] === 'string' ? `${String(parent[key])} ${payload}` : { nl: `NL ${payload}`, en: `EN ${payload}` };
    });
    cases.push({ name: 'markup and script in every text field', feed, stillShown: ['<script>', 'onerror'] });
  }

  // javascript: and data: URLs everywhere a URL may be.
  {
    const feed = clone(base);
    (feed['organization'] as Json)['website'] = 'javascript:window.__biebkitPwned=1';
    for (const b of feed['branches'] as Json[]) b['url'] = 'data:text/html,<script>window.__biebkitPwned=1</script>';
    for (const a of (feed['activities'] as Json[] | undefined) ?? []) {
      a['url'] = 'javascript:window.__biebkitPwned=1';
      a['registration'] = { required: true, url: 'JaVaScRiPt:window.__biebkitPwned=1' };
    }
    cases.push({ name: 'javascript: and data: URLs', feed, problemPaths: ['/organization/website', '/branches/0/url'], stillShown: [firstBranchName] });
  }

  // Wrong types, missing required fields, unknown fields.
  {
    const feed = clone(base);
    const branches = feed['branches'] as Json[];
    branches.push({ ...clone(branches[0] as Json), id: 'kapot-type', name: 42 });
    branches.push({ id: 'kapot-leeg', kind: 'branch', municipality: (branches[0] as Json)['municipality'] });
    (branches[0] as Json)['favouriteColour'] = 'blauw';
    cases.push({
      name: 'wrong types, missing fields, unknown fields',
      feed,
      problemPaths: [`/branches/${branches.length - 2}/name`, `/branches/${branches.length - 1}`, '/branches/0/favouriteColour'],
      stillShown: [firstBranchName],
    });
  }

  // Duplicate ids and references to what does not exist.
  {
    const feed = clone(base);
    const branches = feed['branches'] as Json[];
    branches.push({ ...clone(branches[0] as Json), name: 'Dubbele vestiging' });
    const activities = (feed['activities'] as Json[] | undefined) ?? [];
    activities.push({ id: 'spook', title: 'Activiteit in een spookvestiging', start: '2026-12-01T10:00', branch: 'bestaat-niet' });
    feed['activities'] = activities;
    const goals = (feed['goals'] as Json[] | undefined) ?? [];
    goals.push({ id: 'spookdoel', title: 'Doel bij een spook-KPI', theme: 'literate-society', target: { kpi: 'bestaat-niet', baseline: { value: 0, date: '2025-01-01' }, value: 10, deadline: '2027-01-01' } });
    feed['goals'] = goals;
    cases.push({
      name: 'duplicate ids and missing references',
      feed,
      problemPaths: [`/branches/${branches.length - 1}/id`, `/activities/${activities.length - 1}/branch`, `/goals/${goals.length - 1}/target/kpi`],
      stillShown: [firstBranchName, 'Activiteit in een spookvestiging'],
    });
  }

  // Dates that do not exist.
  {
    const feed = clone(base);
    const activities = (feed['activities'] as Json[] | undefined) ?? [];
    activities.push({ id: 'feb30', title: 'Op 30 februari', start: '2027-02-30T10:00' });
    activities.push({ id: 'dst', title: 'Om half drie in de zomertijdnacht', start: '2027-03-28T02:30', end: '2027-03-28T04:00' });
    feed['activities'] = activities;
    cases.push({
      name: 'dates and times that do not exist',
      feed,
      problemPaths: [`/activities/${activities.length - 2}/start`, `/activities/${activities.length - 1}/start`],
      stillShown: [firstBranchName],
    });
  }

  // Absurd numbers.
  {
    const feed = clone(base);
    const kpis = (feed['kpis'] as Json[] | undefined) ?? [];
    kpis.push({ id: 'nan', label: 'NaN als tekst', unit: 'count', direction: 'higher', theme: 'robust-library', level: 'output', series: [{ period: '2025', value: 'NaN' }] });
    kpis.push({ id: 'huge', label: 'Te groot', unit: 'count', direction: 'higher', theme: 'robust-library', level: 'output', series: [{ period: '2025', value: 1e308 }] });
    feed['kpis'] = kpis;
    const branches = feed['branches'] as Json[];
    const hours = (branches[0] as Json)['hours'] as Json[] | undefined;
    if (hours?.[0]) (hours[0]['weekly'] as Json)['mo'] = ['18:00-09:00'];
    cases.push({
      name: 'absurd numbers and negative hours',
      feed,
      problemPaths: [`/kpis/${kpis.length - 2}/series/0/value`, `/kpis/${kpis.length - 1}/series/0/value`, '/branches/0/hours/0/weekly/mo/0'],
      stillShown: [firstBranchName],
    });
  }

  // The parts added to version 1, each wrong: left out on its own, the rest of its branch, KPI or activity kept.
  {
    const feed = clone(base);
    const org = feed['organization'] as Json;
    org['schoolHolidayRegion'] = 'oost';
    org['closures'] = [{ date: '2027-02-30' }, { date: '2027-01-28', layers: ['staffed'], note: 'Teamdag' }, { datum: '2027-03-01' }];
    const branches = feed['branches'] as Json[];
    const first = branches[0] as Json;
    first['facilities'] = { wifi: 'ja', studyPlaces: 12, lift: true };
    const layers = (first['hours'] as Json[] | undefined) ?? [];
    if (layers[0]) {
      layers[0]['seasons'] = [{ validFrom: 'zomer', weekly: {} }, { label: 'zomertijden', validFrom: '2027-07-01', validThrough: '2027-06-01', weekly: {} }];
      layers[0]['byAppointment'] = { mo: ['25:00-26:00'] };
    }
    branches.push({
      id: 'bibliobus-kapot',
      name: 'Bibliobus met een kapotte halte',
      kind: 'mobile-library',
      municipality: first['municipality'],
      stops: [{ id: 'goed', name: 'Goede halte', weekly: { tu: ['09:00-10:00'] } }, { id: 'kapot', weekly: {} }],
    });
    const activities = (feed['activities'] as Json[] | undefined) ?? [];
    activities.push({
      id: 'rijk-maar-kapot',
      title: 'Rijke activiteit met kapotte onderdelen',
      start: '2026-12-02T10:00',
      end: '2026-12-02T11:00',
      recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=TU', exdates: ['2026-12-10'] },
      image: { url: `javascript:window.${TRAP}=1`, alt: 'kapot' },
      performers: [{ naam: 'Zonder naam' }],
      attendanceMode: 'hybride',
      registration: { required: true, capacity: 10, placesLeft: 20 },
      previousStart: '2026-11-25T10:00',
      schoolHolidays: 'altijd',
    });
    feed['activities'] = activities;
    const kpis = (feed['kpis'] as Json[] | undefined) ?? [];
    kpis.push({ id: 'geteld', label: 'Geteld uit de agenda', unit: 'percent', direction: 'higher', theme: 'robust-library', level: 'output', derived: { from: 'activities' }, series: [{ period: '2025', value: 99, asOf: 'gisteren' }] });
    feed['kpis'] = kpis;
    const a = `/activities/${activities.length - 1}`;
    const k = `/kpis/${kpis.length - 1}`;
    cases.push({
      name: 'the parts added to version 1, each wrong',
      feed,
      problemPaths: [
        '/organization/schoolHolidayRegion',
        '/organization/closures/0',
        '/organization/closures/2',
        '/branches/0/facilities/wifi',
        '/branches/0/facilities/lift',
        ...(layers[0] ? ['/branches/0/hours/0/seasons/0/validFrom', '/branches/0/hours/0/seasons/1/validThrough', '/branches/0/hours/0/byAppointment/mo/0'] : []),
        `/branches/${branches.length - 1}/stops/1`,
        `${a}/image/url`,
        `${a}/performers/0`,
        `${a}/attendanceMode`,
        `${a}/registration/placesLeft`,
        `${a}/previousStart`,
        `${a}/schoolHolidays`,
        `${a}/recurrence/rrule`,
        `${a}/recurrence/exdates/0`,
        `${k}/series`,
        `${k}/unit`,
      ],
      stillShown: [firstBranchName, 'Rijke activiteit met kapotte onderdelen', 'Goede halte'],
    });
  }

  // Not a feed at all.
  cases.push({ name: 'truncated JSON', feed: JSON.stringify(base).slice(0, 500), refused: 'not-json' });
  cases.push({ name: 'a JSON array', feed: '[' + JSON.stringify(base) + ']', refused: 'not-a-feed' });
  cases.push({
    name: 'an HTML error page',
    feed: `<!doctype html><html><body><h1>502 Bad Gateway</h1><script>window.${TRAP}=1</script></body></html>`,
    refused: 'html',
  });
  cases.push({ name: 'an empty object', feed: '{}', refused: 'not-a-feed' });
  return cases;
}

/** A feed of about `megabytes` MB: the base with many generated activities. */
export function bigFeed(base: Json, megabytes: number): string {
  const feed = clone(base);
  const activities: Json[] = [];
  const branchIds = (feed['branches'] as Json[]).map((b) => String(b['id']));
  let size = JSON.stringify(feed).length;
  for (let i = 0; size < megabytes * 1_000_000; i++) {
    const day = 1 + (i % 28);
    const a = {
      id: `gen-${i}`,
      title: `Voorleesuur en knutselmiddag voor jong en oud, deel ${i}`,
      description: 'Kom langs voor verhalen, spelletjes en een kop koffie. Aanmelden is niet nodig; de activiteit is gratis voor leden en niet-leden.',
      start: `2027-0${1 + (i % 9)}-${String(day).padStart(2, '0')}T${String(10 + (i % 8)).padStart(2, '0')}:00`,
      branch: branchIds[i % branchIds.length],
      audiences: ['families'],
      theme: 'literate-society',
    };
    activities.push(a);
    size += JSON.stringify(a).length + 1;
  }
  feed['activities'] = [...((feed['activities'] as Json[] | undefined) ?? []), ...activities];
  return JSON.stringify(feed);
}
