/**
 * Reading a feed: JSON text or a parsed value in, a validated model out.
 *
 * Validation runs the precompiled Ajv validators generated from the published JSON Schema (no eval, so
 * it works under a strict CSP). It is forgiving where it can be and strict where it must be:
 * - not JSON, an HTML page, not an object, no organisation, another version: the whole feed is refused;
 * - an invalid branch, KPI, goal or activity is dropped and named by its JSON Pointer, the rest is kept;
 * - unknown fields and unsafe URLs are removed from an item that is otherwise fine, with a warning;
 * - checks the schema cannot make: duplicate ids, references to missing branches or KPIs, dates that do
 *   not exist (30 February), times in the spring-forward gap, intervals that end before they start.
 */
import {
  validateActivity,
  validateBranch,
  validateEnvelope,
  validateGoal,
  validateKpi,
} from './generated/validators.js';
import type { Activity, Branch, Feed, Goal, HoursLayer, Kpi } from './generated/feed-types.js';
import type { FeedError, FeedProblem, ParseResult } from './types.js';
import { isInDstGap, parseDate, parseLocalDateTime } from './time/amsterdam.js';
import { safeUrl } from './text.js';
import { yieldToPage } from './tasks.js';
import { parseRRule } from './recurrence/index.js';
import { checkAdditions, recordPositions, removablePart, removePart, type RemovablePart } from './validate-additions.js';
import { deriveKpis } from './kpi/derived.js';

interface AjvError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
}
type Validator = ((data: unknown) => boolean) & { errors?: AjvError[] | null };

const COLLECTIONS = [
  ['branches', validateBranch as Validator],
  ['kpis', validateKpi as Validator],
  ['goals', validateGoal as Validator],
  ['activities', validateActivity as Validator],
] as const;

/** Optional fields that are dropped (with a warning) when wrong, instead of dropping what holds them. */
const REMOVABLE_FIELDS = new Set(['url', 'website', 'phone', 'email']);

/** Options for parseFeed. */
export interface ParseOptions {
  /** Where the feed came from, for messages. */
  url?: string;
  /** The clock, for loadedAt. */
  now?: number;
}

/** Parses and validates a feed given as JSON text or as an already parsed value. */
export function parseFeed(input: unknown, options: ParseOptions = {}): ParseResult {
  const steps = parseSteps(input, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same as `parseFeed`, handing the main thread back to the page every few milliseconds (between the
 * parse of the text, slices of items and the checks across them), so a page with a national feed keeps
 * answering input while it is validated.
 */
export async function parseFeedInSlices(input: unknown, options: ParseOptions = {}, sliceMs = 8): Promise<ParseResult> {
  const steps = parseSteps(input, options);
  let since = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - since >= sliceMs) {
      await yieldToPage();
      since = performance.now();
    }
  }
}

/** How many items are validated between two chances to yield. */
const ITEMS_PER_STEP = 100;

/** `parseFeed` as steps: it yields between parts of the work (`parseFeed` runs them all at once). */
function* parseSteps(input: unknown, options: ParseOptions): Generator<void, ParseResult> {
  const where = options.url ? ` (${options.url})` : '';
  let data: unknown = input;
  // Text we parse here is ours to change; a value the caller passed in is copied first.
  let owned = false;
  if (typeof input === 'string') {
    const text = input.replace(/^\uFEFF/, '');
    if (/^\s*</.test(text)) {
      return fail('html', `The feed${where} is an HTML page, not JSON: check the feed URL.`, options.url);
    }
    try {
      data = JSON.parse(text);
      owned = true;
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      return fail('not-json', `The feed${where} is not valid JSON: ${reason}`, options.url);
    }
    yield;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    const what = Array.isArray(data) ? 'a JSON array' : data === null ? 'null' : `a ${typeof data}`;
    return fail('not-a-feed', `The feed${where} is ${what}, not a Biebkit feed object.`, options.url);
  }
  const raw = data as Record<string, unknown>;
  if (raw['version'] !== undefined && raw['version'] !== 1) {
    return fail('version', `The feed${where} has version ${JSON.stringify(raw['version'])}; this Biebkit reads version 1.`, options.url);
  }

  const problems: FeedProblem[] = [];
  // The envelope: everything but the items of the four lists.
  const envelope = owned ? raw : cloneJson(raw);
  recordPositions(envelope);
  const envErrors = check(validateEnvelope as Validator, envelope, '', problems);
  if (envErrors.length) {
    const fatal: FeedProblem[] = envErrors.map((e) => ({ severity: 'error', path: e.instancePath, message: describe(e) }));
    return {
      ok: false,
      error: {
        kind: 'not-a-feed',
        message: `The feed${where} is not a Biebkit feed: ${fatal.map((p) => `${p.path || '/'} ${p.message}`).join('; ')}`,
        url: options.url,
        problems: fatal,
      },
    };
  }
  const feed = envelope as unknown as Feed;
  // Each kept item's index in the feed as written, so later messages point at the right place.
  const origin: Origins = new Map();

  for (const [key, validator] of COLLECTIONS) {
    const list = envelope[key] as unknown[] | undefined;
    if (!list) continue;
    const kept: unknown[] = [];
    const indexes: number[] = [];
    for (let index = 0; index < list.length; index++) {
      if (index % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
      const item = list[index];
      // Most items are valid: one call of the validator and nothing else.
      if (validator(item)) {
        indexes.push(index);
        kept.push(item);
        continue;
      }
      const path = `/${key}/${index}`;
      const errors = check(validator, item, path, problems);
      if (errors.length === 0) {
        indexes.push(index);
        kept.push(item);
        continue;
      }
      const first = errors[0] as AjvError;
      problems.push({
        severity: 'error',
        path: path + first.instancePath,
        message: `${describe(first)}; ${singular(key)}${idOf(item)} left out`,
      });
    }
    if (kept.length < list.length) origin.set(key, indexes);
    (envelope as Record<string, unknown>)[key] = kept;
  }

  yield;
  const now = options.now ?? Date.now();
  yield* semanticChecks(feed, problems, origin);
  checkAdditions(feed, problems, now, (key, _item, i) => `/${key}/${origin.get(key)?.[i] ?? i}`, intervalOk);
  deriveKpis(feed, now);
  return { ok: true, model: { feed, problems, url: options.url, loadedAt: now } };
}

/**
 * Validates one value; removes what can be removed without losing meaning (unknown fields, unsafe or
 * malformed links, phone numbers and e-mail addresses) with a warning each, and returns the errors left.
 */
function check(validator: Validator, value: unknown, base: string, problems: FeedProblem[]): AjvError[] {
  const invalid: AjvError[] = [{ instancePath: '', keyword: 'invalid', params: {} }];
  for (let round = 0; round < 20; round++) {
    if (validator(value)) return [];
    const errors = (validator.errors ?? []).filter((e) => e.keyword !== 'if');
    if (errors.length === 0) return invalid;
    const fields = errors.map((e) => ({ e, field: removableField(e) ?? removablePart(e.instancePath) }));
    const fatal = fields.filter((f) => f.field === undefined).map((f) => f.e);
    if (fatal.length) return fatal;
    // A new optional part (a season, a stop, an image, ...) is left out on its own; array elements from the
    // last, so that the indexes of the others still hold.
    const parts = fields.filter((f): f is { e: AjvError; field: RemovablePart } => f.field !== undefined && 'what' in f.field);
    const done = new Set<string>();
    for (const { e, field } of parts.sort((x, y) => Number(y.field.key) - Number(x.field.key) || 0)) {
      const id = `${field.parent}/${field.key}`;
      if (done.has(id) || !removePart(value, field.parent, field.key)) continue;
      done.add(id);
      problems.push({ severity: 'warning', path: base + e.instancePath, message: `${describe(e)}; ${field.what} left out` });
    }
    for (const { e, field } of fields) {
      if (!field || 'what' in field || !removeAt(value, field.parent, field.key)) continue;
      problems.push({
        severity: 'warning',
        path: base + field.parent + '/' + escapePointer(field.key),
        message:
          e.keyword === 'additionalProperties'
            ? `unknown field "${field.key}" ignored`
            : `${describe(e)}; the ${field.key === 'phone' || field.key === 'email' ? field.key : 'link'} was removed`,
      });
    }
  }
  return invalid;
}

/** The field an error lets us remove instead of dropping the whole item. */
function removableField(e: AjvError): { parent: string; key: string } | undefined {
  if (e.keyword === 'additionalProperties' && typeof e.params['additionalProperty'] === 'string') {
    return { parent: e.instancePath, key: e.params['additionalProperty'] };
  }
  const slash = e.instancePath.lastIndexOf('/');
  const key = unescapePointer(e.instancePath.slice(slash + 1));
  if ((e.keyword === 'pattern' || e.keyword === 'type' || e.keyword === 'maxLength') && REMOVABLE_FIELDS.has(key)) {
    return { parent: e.instancePath.slice(0, slash), key };
  }
  return undefined;
}

// ---- checks the schema cannot make --------------------------------------------------------------

/** Where the kept items of a list stood in the feed as written (only for lists that lost items). */
type Origins = Map<string, number[]>;

/** The checks across items; a generator that yields every so many items (see `parseSteps`). */
function* semanticChecks(feed: Feed, problems: FeedProblem[], origin: Origins): Generator<void, void> {
  const warn = (path: string, message: string) => problems.push({ severity: 'warning', path, message });
  const drop = (path: string, message: string) => problems.push({ severity: 'error', path, message });
  const municipalities = new Set(feed.organization.municipalities.map((m) => m.id));

  feed.branches = yield* keepValid(feed.branches, 'branches', origin, drop, (b, path) => {
    if (!municipalities.has(b.municipality)) warn(`${path}/municipality`, `municipality ${b.municipality} is not among the organisation's municipalities`);
    b.hours = b.hours?.filter((layer, i) => checkLayer(layer, `${path}/hours/${i}`, warn));
    return undefined;
  });
  const branchIds = new Set((feed.branches ?? []).map((b) => b.id));

  feed.kpis = yield* keepValid(feed.kpis, 'kpis', origin, drop, (k, path) => {
    for (const [i, m] of k.series.entries()) {
      if (!periodIsReal(m.period)) return [`${path}/series/${i}/period`, `${m.period} is not a real period`];
    }
    if (k.baseline && !periodIsReal(k.baseline.period)) return [`${path}/baseline/period`, `${k.baseline.period} is not a real period`];
    if (k.target && !parseDate(k.target.deadline)) return [`${path}/target/deadline`, `${k.target.deadline} is not a real date`];
    const seen = new Set<string>();
    k.series = k.series.filter((m, i) => {
      if (seen.has(m.period)) {
        warn(`${path}/series/${i}`, `a second measurement for ${m.period} was ignored`);
        return false;
      }
      seen.add(m.period);
      return true;
    });
    checkScope(k.scope, path, municipalities, branchIds, warn);
    return undefined;
  });
  const kpiIds = new Set((feed.kpis ?? []).map((k) => k.id));

  feed.goals = yield* keepValid(feed.goals, 'goals', origin, drop, (g, path) => {
    if (g.target) {
      if (!parseDate(g.target.baseline.date)) return [`${path}/target/baseline/date`, `${g.target.baseline.date} is not a real date`];
      if (!parseDate(g.target.deadline)) return [`${path}/target/deadline`, `${g.target.deadline} is not a real date`];
      if (g.target.current && !parseDate(g.target.current.date)) return [`${path}/target/current/date`, `${g.target.current.date} is not a real date`];
      if (g.target.deadline <= g.target.baseline.date) return [`${path}/target/deadline`, `the deadline is not after the baseline date`];
      if (g.target.kpi && !kpiIds.has(g.target.kpi)) {
        warn(`${path}/target/kpi`, `KPI "${g.target.kpi}" does not exist (or was left out); the goal shows without it`);
        delete g.target.kpi;
      }
    }
    for (const [i, m] of (g.milestones ?? []).entries()) {
      if (!parseDate(m.due)) return [`${path}/milestones/${i}/due`, `${m.due} is not a real date`];
    }
    checkScope(g.scope, path, municipalities, branchIds, warn);
    return undefined;
  });

  feed.activities = yield* keepValid(feed.activities, 'activities', origin, drop, (a, path) => {
    for (const field of ['start', 'end'] as const) {
      const value = a[field];
      if (value === undefined) continue;
      const t = value.length === 10 ? undefined : parseLocalDateTime(value);
      if (value.length === 10 ? !parseDate(value) : !t) return [`${path}/${field}`, `${value} is not a real date or time`];
      if (t && isInDstGap(t.year, t.month, t.day, t.hour, t.minute)) {
        warn(`${path}/${field}`, `${value} does not exist in Amsterdam (clocks go forward an hour); read as one hour later`);
      }
    }
    if (a.end !== undefined && (a.end.length === 10) !== (a.start.length === 10)) return [`${path}/end`, `start and end must both be dates or both be date-times`];
    if (a.end !== undefined && a.end < a.start) return [`${path}/end`, `ends (${a.end}) before it starts (${a.start})`];
    if (a.branch !== undefined && !branchIds.has(a.branch)) {
      warn(`${path}/branch`, `branch "${a.branch}" does not exist (or was left out); shown without a place`);
      delete a.branch;
    }
    if (a.recurrence) {
      const error = rruleError(a.recurrence.rrule);
      if (error) warn(`${path}/recurrence/rrule`, `${error}; the activity is shown once, on its start date`);
    }
    for (const [i, d] of (a.recurrence?.exdates ?? []).entries()) {
      if (d.length === 10 ? !parseDate(d) : !parseLocalDateTime(d)) return [`${path}/recurrence/exdates/${i}`, `${d} is not a real date or time`];
    }
    return undefined;
  });

  yield;
  // Links: the schema's pattern already refuses other schemes; normalise what is left.
  for (const a of feed.activities ?? []) {
    sanitizeUrl(a, 'url');
    sanitizeUrl(a, 'onlineUrl');
    if (a.registration) sanitizeUrl(a.registration, 'url');
    if (a.location) sanitizeUrl(a.location, 'url');
    if (a.image) sanitizeUrl(a.image, 'url');
    if (a.organizer) sanitizeUrl(a.organizer, 'url');
    for (const p of a.performers ?? []) sanitizeUrl(p, 'url');
  }
  for (const b of feed.branches ?? []) sanitizeUrl(b, 'url');
  sanitizeUrl(feed.organization, 'website');
}

/** Why an RRULE is outside the supported subset, or '' (remembered: a feed repeats the same few rules). */
const rruleErrors = new Map<string, string>();
function rruleError(rrule: string): string {
  let error = rruleErrors.get(rrule);
  if (error === undefined) {
    try {
      parseRRule(rrule);
      error = '';
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    if (rruleErrors.size > 1000) rruleErrors.clear();
    rruleErrors.set(rrule, error);
  }
  return error;
}

function checkLayer(layer: HoursLayer, path: string, warn: (p: string, m: string) => void): boolean {
  for (const [day, intervals] of Object.entries(layer.weekly) as [string, string[] | undefined][]) {
    const good = (intervals ?? []).filter((iv, i) => intervalOk(iv, () => `${path}/weekly/${day}/${i}`, warn));
    (layer.weekly as Record<string, string[]>)[day] = good;
  }
  layer.exceptions = layer.exceptions?.filter((ex, i) => {
    const p = `${path}/exceptions/${i}`;
    if (!parseDate(ex.date) || (ex.until !== undefined && !parseDate(ex.until))) {
      warn(p, `${ex.date}${ex.until ? ` to ${ex.until}` : ''} is not a real date; exception ignored`);
      return false;
    }
    if (ex.until !== undefined && ex.until < ex.date) {
      warn(p, `the exception ends (${ex.until}) before it starts (${ex.date}); ignored`);
      return false;
    }
    if (ex.hours) ex.hours = ex.hours.filter((iv: string, j: number): boolean => intervalOk(iv, () => `${p}/hours/${j}`, warn));
    return true;
  });
  return true;
}

/** False (with a warning at `path()`) for an interval that ends before it starts. Called for every interval: no strings made. */
function intervalOk(iv: string, path: () => string, warn: (p: string, m: string) => void): boolean {
  // HH:MM-HH:MM (the schema's pattern): compare the two times as text.
  if (iv.slice(6) > iv.slice(0, 5)) return true;
  warn(path(), `${iv} ends before it starts (intervals cannot run past midnight: split them); ignored`);
  return false;
}

function checkScope(
  scope: { municipalities?: string[]; branches?: string[]; region?: unknown } | undefined,
  path: string,
  municipalities: Set<string>,
  branches: Set<string>,
  warn: (p: string, m: string) => void,
): void {
  // A regional scope (Parkstad) names municipalities beyond the organisation's on purpose.
  scope?.municipalities?.forEach((m, i) => {
    if (!municipalities.has(m) && scope.region === undefined) warn(`${path}/scope/municipalities/${i}`, `municipality ${m} is not among the organisation's municipalities`);
  });
  scope?.branches?.forEach((b, i) => {
    if (!branches.has(b)) warn(`${path}/scope/branches/${i}`, `branch "${b}" does not exist (or was left out)`);
  });
}

/**
 * Drops items with a duplicate id (the later one) or that fail `extra`, which returns where and what is
 * wrong. A generator (use `yield*`): it yields every so many items, so a national feed is checked in slices.
 */
function* keepValid<T extends { id: string }>(
  list: T[] | undefined,
  key: string,
  origin: Origins,
  drop: (path: string, message: string) => void,
  extra: (item: T, path: string) => [path: string, message: string] | undefined,
): Generator<void, T[] | undefined> {
  if (!list) return list;
  const ids = new Set<string>();
  const at = origin.get(key);
  const kept: T[] = [];
  // Where each kept item stands in the feed as written, for the checks that come after.
  const keptAt: number[] = [];
  for (let i = 0; i < list.length; i++) {
    if (i % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
    const item = list[i]!;
    const written = at ? at[i]! : i;
    const path = `/${key}/${written}`;
    if (ids.has(item.id)) {
      drop(`${path}/id`, `duplicate id "${item.id}"; this ${singular(key)} left out`);
      continue;
    }
    const error = extra(item, path);
    if (error) {
      drop(error[0], `${error[1]}; ${singular(key)} "${item.id}" left out`);
      continue;
    }
    ids.add(item.id);
    kept.push(item);
    keptAt.push(written);
  }
  if (at || kept.length < list.length) origin.set(key, keptAt);
  return kept;
}

const PERIOD = /^(\d{4})(?:-Q([1-4])|-(\d{2})(?:-(\d{2}))?)?$/;
function periodIsReal(period: string): boolean {
  const m = PERIOD.exec(period);
  if (!m) return false;
  if (m[4] !== undefined) return parseDate(period) !== undefined;
  return true;
}

/**
 * An http(s) URL already written the way the URL parser writes it: lower-case scheme and host name (not
 * an IP address), no port, a path of plain and percent-escaped characters, an optional query and
 * fragment, nothing the parser would escape or resolve. Its `href` is the URL itself, so it needs no
 * parse: a feed holds thousands of links.
 */
const PLAIN_URL =
  /^https?:\/\/(?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*\/(?:[\w\-.~!$&'()*+,;=:@/]|%[0-9A-F]{2})*(?:\?(?:[\w\-.~!$&()*+,;=:@/?]|%[0-9A-F]{2})*)?(?:#(?:[\w\-.~!$&'()*+,;=:@/?]|%[0-9A-F]{2})*)?$/;
/** `.` and `..` path segments (also escaped), which the parser resolves. */
const DOT_SEGMENT = /\/(?:\.|%2e){1,2}(?:[/?#]|$)|%2e/i;

function sanitizeUrl<T extends object>(obj: T, key: keyof T & string): void {
  const value = (obj as Record<string, unknown>)[key];
  if (value === undefined || (typeof value === 'string' && PLAIN_URL.test(value) && !DOT_SEGMENT.test(value))) return;
  const safe = safeUrl(value as string);
  if (safe === undefined) delete (obj as Record<string, unknown>)[key];
  else (obj as Record<string, unknown>)[key] = safe;
}

// ---- helpers -------------------------------------------------------------------------------------

function fail(kind: FeedError['kind'], message: string, url: string | undefined): ParseResult {
  return { ok: false, error: { kind, message, url } };
}

/**
 * A deep copy of JSON data, so validation never changes what the caller passed in: arrays and plain
 * objects copied directly (2-3 times faster than a JSON round trip), anything else (a Date, an object
 * with toJSON) as JSON would write it.
 */
function cloneJson<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const out: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = value[i] === undefined ? null : cloneJson(value[i]);
    return out as T;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if ((proto !== Object.prototype && proto !== null) || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    return JSON.parse(JSON.stringify(value)) as T;
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined && typeof v !== 'function' && typeof v !== 'symbol') out[key] = cloneJson(v);
  }
  return out as T;
}

function singular(key: string): string {
  return { branches: 'branch', kpis: 'KPI', goals: 'goal', activities: 'activity' }[key] ?? 'item';
}

function idOf(item: unknown): string {
  const id = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? ` "${id}"` : '';
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
function unescapePointer(key: string): string {
  return key.replace(/~1/g, '/').replace(/~0/g, '~');
}

function removeAt(root: unknown, parentPointer: string, key: string): boolean {
  let node: unknown = root;
  for (const part of parentPointer.split('/').slice(1)) {
    if (node === null || typeof node !== 'object') return false;
    node = (node as Record<string, unknown>)[unescapePointer(part)];
  }
  if (node === null || typeof node !== 'object' || !(key in node)) return false;
  delete (node as Record<string, unknown>)[key];
  return true;
}

const NAMED_PATTERNS: [RegExp, string][] = [
  [/T\(\[01\]/, 'a date-time YYYY-MM-DDTHH:MM (Amsterdam time, no offset)'],
  [/^\^\[0-9\]\{4\}-\(0\[1-9\]/, 'a date YYYY-MM-DD'],
  [/^\^\(\[01\]\[0-9\]\|2\[0-3\]\):/, 'an interval HH:MM-HH:MM'],
  [/^\^GM/, 'a CBS municipality code such as GM0397'],
  [/https\?/, 'an http(s), mailto: or tel: URL'],
  [/Q\[1-4\]/, 'a period: 2025, 2025-Q3, 2025-09 or 2025-09-14'],
  [/FREQ/, 'an RRULE such as FREQ=WEEKLY;BYDAY=TU'],
  [/^\^\[A-Za-z0-9\]/, 'an id of letters, digits, - _ and .'],
  [/^\^\[1-9\]\[0-9\]\{3\}/, 'a Dutch postal code such as 2101 AB'],
];

/** A readable message for an Ajv error. */
export function describe(e: AjvError): string {
  const p = e.params;
  switch (e.keyword) {
    case 'required':
      return `missing required field "${String(p['missingProperty'])}"`;
    case 'additionalProperties':
      return `unknown field "${String(p['additionalProperty'])}"`;
    case 'type':
      return `must be ${article(String(p['type']))}`;
    case 'enum':
      return `must be one of ${(p['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'const':
      return `must be ${JSON.stringify(p['allowedValue'])}`;
    case 'pattern': {
      const pattern = String(p['pattern']);
      const named = NAMED_PATTERNS.find(([re]) => re.test(pattern));
      return `must be ${named ? named[1] : `text matching ${pattern}`}`;
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return `must be ${String(p['comparison'])} ${String(p['limit'])}`;
    case 'minLength':
      return Number(p['limit']) === 1 ? 'must not be empty' : `must be at least ${String(p['limit'])} characters`;
    case 'maxLength':
      return `must be at most ${String(p['limit'])} characters`;
    case 'minItems':
      return `must have at least ${String(p['limit'])} item(s)`;
    case 'maxItems':
      return `must have at most ${String(p['limit'])} items`;
    case 'minProperties':
      return 'must not be empty';
    case 'uniqueItems':
      return 'must not repeat a value';
    case 'anyOf':
      return 'has the wrong form';
    case 'not':
      return 'a goal has either "target" or "milestones", not both';
    default:
      return 'is not valid';
  }
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

export type { Activity, Branch, Goal, Kpi };
