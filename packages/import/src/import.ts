/**
 * One importer for every source: workbooks and CSV files (the Biebkit template), iCalendar files and
 * OpenStreetMap exports, merged into one feed (optionally into an existing feed, `--into`), validated by the
 * same validator as `biebkit validate`, every problem named by its place. No file system: bytes in, a feed
 * and problems out, so the command line and the studio use the very same code.
 */
import { parseFeed } from '@biebkit/feed/validate';
import type { Feed, FeedModel } from '@biebkit/feed';
import { buildFeed, placeProblems, prepareIds, type BaseFeed, type OsmBranchHours } from './build.js';
import { msg, Problems, UnreadableFile, type ImportProblem } from './problems.js';
import { readTables, type ReadItem, type TableInput } from './sheets.js';
import { readBook, sniff, type Book } from './workbook.js';
import type { BranchRef } from './match.js';

export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

export interface ImportOptions {
  /** The feed to add to (its text), as with --into. */
  into?: { name: string; text: string };
  /** The clock, for `generated`. */
  now?: number;
}

export interface ImportResult {
  /** Everything that could be read, as one feed; undefined when not even an organisation could be made. */
  feed?: Feed;
  /** The feed as the validator keeps it (items with errors left out): passes `biebkit validate`. */
  valid?: Feed;
  problems: ImportProblem[];
  errors: number;
  warnings: number;
  /** The sheets as read, for the studio. */
  books: Book[];
  tables?: TableInput;
  /** How much came from where, for the summary line. */
  counts: { files: number; sheets: number; events: number };
}

/** Files read and sorted by kind, with what went wrong reading them: what an import starts from (the studio keeps it). */
export interface LoadedSources {
  books: Book[];
  calendars: InputFile[];
  osmFiles: InputFile[];
  /** Problems met while reading the files (a password, not a workbook). */
  readProblems: ImportProblem[];
  files: number;
}

/** Reads files into sheets (workbooks, CSV) and sorts the others (calendars, OSM). Never throws for bad input. */
export function readSources(files: InputFile[]): LoadedSources {
  const problems = new Problems();
  const loaded: LoadedSources = { books: [], calendars: [], osmFiles: [], readProblems: problems.list, files: files.length };
  for (const file of files) {
    const kind = sniff(file.name, file.bytes);
    try {
      if (kind === 'workbook' || kind === 'csv') loaded.books.push(readBook(file.name, file.bytes));
      else if (kind === 'ics') loaded.calendars.push(file);
      else if (kind === 'osm') loaded.osmFiles.push(file);
      else if (kind === 'feed') {
        problems.error({ kind: 'sheet', file: file.name }, msg(
          'a feed (JSON), not a source: to add to it, give it with --into',
          'een feed (JSON), geen bron: geef hem met --into om eraan toe te voegen',
        ));
      } else {
        problems.error({ kind: 'sheet', file: file.name }, msg(
          'not a workbook (.xlsx, .ods), CSV, iCalendar (.ics) or OpenStreetMap (GeoJSON) file',
          'geen werkmap (.xlsx, .ods), CSV-, iCalendar- (.ics) of OpenStreetMap-bestand (GeoJSON)',
        ));
      }
    } catch (e) {
      if (e instanceof UnreadableFile) problems.error(e.place, e.text);
      else problems.error({ kind: 'sheet', file: file.name }, msg(`could not be read: ${String(e)}`, `kon niet gelezen worden: ${String(e)}`));
    }
  }
  return loaded;
}

/** Imports files into a feed. Never throws for bad input: every problem is in `problems`. */
export async function importFiles(files: InputFile[], options: ImportOptions = {}): Promise<ImportResult> {
  return importSources(readSources(files), options);
}

/** Imports what readSources read (again, after the studio changed a cell). */
export async function importSources(loaded: LoadedSources, options: ImportOptions = {}): Promise<ImportResult> {
  const problems = new Problems();
  problems.list.push(...loaded.readProblems);
  const { books, calendars, osmFiles } = loaded;
  const counts = { files: loaded.files, sheets: 0, events: 0 };
  let base: BaseFeed | undefined;

  if (options.into) {
    const parsed = parseFeed(options.into.text, { url: options.into.name });
    if (!parsed.ok) {
      problems.error({ kind: 'sheet', file: options.into.name }, msg(
        `cannot be added to: ${parsed.error.message}`,
        `niet aan te vullen: ${parsed.error.message}`,
      ));
      return finish();
    }
    for (const p of parsed.model.problems) {
      problems.add(p.severity, { kind: 'feed', file: options.into.name, pointer: p.path }, msg(p.message, `controle: ${p.message}`));
    }
    base = { feed: asWritten(options.into.text, parsed.model), file: options.into.name };
  }

  const tables = await readTables(books, problems, { now: options.now });
  counts.sheets = tables.sheets.size;
  prepareIds(tables, base, problems);

  // Branches to match calendar locations and OSM objects against: the workbook's, else the feed's.
  const branches: BranchRef[] = [];
  const sheetBranches = tables.sheets.get('Vestigingen')?.items.map((i) => i.value) ?? (base?.feed.branches as unknown as Record<string, unknown>[] | undefined) ?? [];
  for (const b of sheetBranches) {
    const name = b['name'];
    const names = typeof name === 'string' ? [name] : name && typeof name === 'object' ? Object.values(name as Record<string, string>) : [];
    const address = b['address'] as BranchRef['address'];
    branches.push({ id: String(b['id']), names, ...(address ? { address } : {}) });
  }

  let calendar: ReadItem[] | undefined;
  if (calendars.length) {
    // The organisation's own names: an ORGANIZER that is the library itself is no outside organizer.
    const orgName = (tables.sheets.get('Organisatie')?.items[0]?.value['name'] ?? base?.feed.organization.name) as string | Record<string, string> | undefined;
    const ownNames = typeof orgName === 'string' ? [orgName] : Object.values(orgName ?? {});
    const { readCalendar } = await import('./ics.js');
    const taken = new Set<string>((tables.sheets.get('Activiteiten')?.items ?? []).map((i) => String(i.value['id'])));
    calendar = [];
    for (const file of calendars) {
      const read = readCalendar(file.name, file.bytes, branches, problems, taken, ownNames);
      counts.events += read.events;
      calendar.push(...read.items);
    }
  }
  let osm: OsmBranchHours[] | undefined;
  if (osmFiles.length) {
    const { osmHoursFromFile } = await import('./osm-file.js');
    osm = [];
    for (const file of osmFiles) osm.push(...(await osmHoursFromFile(file.name, file.bytes, branches, problems, { now: options.now })));
  }

  if (!books.length && !calendar && !osm && !problems.errors) {
    problems.error({ kind: 'import' }, msg('nothing to import: give a workbook, CSV, .ics or OSM file', 'niets te importeren: geef een werkmap, CSV-, .ics- of OSM-bestand'));
    return finish();
  }
  const unreadable = problems.errors;
  const built = buildFeed({ tables, calendar, osm }, base, problems, options.now, unreadable > 0);
  if (!built) return finish();
  const checked = parseFeed(built.feed, { url: 'import' });
  let valid: Feed | undefined;
  if (checked.ok) {
    placeProblems(built.feed, built.places, checked.model.problems, problems);
    valid = keptItems(built.feed, checked.model.feed);
  } else if (checked.error.problems?.length) {
    placeProblems(built.feed, built.places, checked.error.problems, problems);
  } else {
    problems.error({ kind: 'import' }, msg(`the result is not a feed: ${checked.error.message}`, `het resultaat is geen feed: ${checked.error.message}`));
  }
  return finish(built.feed, valid, tables);

  function finish(feed?: Feed, valid?: Feed, t?: TableInput): ImportResult {
    const list = problems.list;
    return {
      ...(feed ? { feed } : {}),
      ...(valid ? { valid } : {}),
      problems: list,
      errors: list.filter((p) => p.severity === 'error').length,
      warnings: list.filter((p) => p.severity === 'warning').length,
      books,
      ...(t ? { tables: t } : {}),
      counts,
    };
  }
}

/**
 * The built feed without the items the validator left out (it only leaves out whole branches, KPIs, goals and
 * activities), as built: the validator's own copy has its links tidied, which would read as changes.
 */
function keptItems(built: Feed, validated: Feed): Feed {
  const out = { ...built } as Record<string, unknown>;
  for (const list of ['branches', 'kpis', 'goals', 'activities'] as const) {
    const mine = built[list] as { id: string }[] | undefined;
    const theirs = (validated[list] as { id: string }[] | undefined) ?? [];
    if (!mine) continue;
    // The validator keeps items in order: walk both lists together.
    let i = 0;
    out[list] = mine.filter((item) => (theirs[i]?.id === item.id ? (i++, true) : false));
  }
  return out as unknown as Feed;
}

/**
 * The feed as its file has it when the validator found no errors (the validator also tidies links, which
 * would show as changes), else as the validator keeps it (what has errors left out).
 */
export function asWritten(text: string, model: FeedModel): Feed {
  if (model.problems.some((p) => p.severity === 'error')) return model.feed;
  return JSON.parse(text.replace(/^\uFEFF/, '')) as Feed;
}

/** One line about a feed: "2 branches, 12 KPIs, 7 goals, 31 activities". */
export function feedSummary(feed: Feed | undefined, lang: 'en' | 'nl' = 'en'): string {
  if (!feed) return lang === 'nl' ? 'geen feed' : 'no feed';
  const n = (list: unknown[] | undefined) => (list?.length ?? 0).toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB');
  return lang === 'nl'
    ? `${n(feed.branches)} vestigingen, ${n(feed.kpis)} kengetallen, ${n(feed.goals)} doelen, ${n(feed.activities)} activiteiten`
    : `${n(feed.branches)} branches, ${n(feed.kpis)} KPIs, ${n(feed.goals)} goals, ${n(feed.activities)} activities`;
}
