/**
 * A feed back into the workbook (`biebkit export`), and the empty workbook (`biebkit template`), both from
 * the table: every sheet with its title, a row explaining each column, the header, an example row (skipped
 * when read, as its first column starts with "voorbeeld"), then the data; drop-down lists from the schema's
 * enums (Dutch labels), panes frozen, and a "Lees mij" sheet first. Reading the export back gives the same
 * feed (apart from `generated`): the round trip is tested on every sample feed.
 */
import type { Feed } from '@biebkit/feed';
import { codecOf, dutchDateOrDateTime, formatIntervals, serialFromDate, WEEKDAY_NL, WEEKDAYS, type OutCell } from './cells.js';
import { columnLetter } from './problems.js';
import { ALL_WORDS, BOOLEAN_LABELS, columnsOf, LABELS, SHEETS, type Column, type SheetSpec } from './table.js';
import { getPath } from './sheets.js';
import { MAX_ROWS, writeBook, writeCsv, type SheetOut } from './workbook.js';
import { slugify } from './words.js';

type Obj = Record<string, unknown>;

/** The first data row (0-based): after the title, the explanations, the header and the example. */
export const FIRST_DATA_ROW = 4;
const HEADER_ROW = 2;

/** The items of a sheet in a feed, each with the ids of its parents (a branch, then a layer). */
export function itemsOf(spec: SheetSpec, feed: Feed): { value: Obj; refs: string[] }[] {
  const f = feed as unknown as Obj;
  const target = spec.target;
  if (target.kind === 'organization') return f['organization'] ? [{ value: f['organization'] as Obj, refs: [] }] : [];
  if (target.kind === 'list') return ((f[target.list] as Obj[] | undefined) ?? []).map((value) => ({ value, refs: [] }));
  const parentSpec = SHEETS.find((s) => s.name === target.parent)!;
  const out: { value: Obj; refs: string[] }[] = [];
  for (const parent of itemsOf(parentSpec, feed)) {
    const refs = parentSpec.target.kind === 'organization' ? [] : [...parent.refs, String(parent.value[parentSpec.key ?? 'id'])];
    for (const value of (parent.value[target.field] as Obj[] | undefined) ?? []) out.push({ value, refs });
  }
  return out;
}

/** The cell of a value for a column (undefined for empty). */
function cellFor(column: Column, value: unknown): OutCell | undefined {
  if (value === undefined || value === null) return undefined;
  if (column.lang) {
    const text = typeof value === 'string' ? (column.lang === 'nl' ? value : undefined) : (value as Obj)[column.lang];
    return typeof text === 'string' ? { v: text, t: 's' } : undefined;
  }
  return codecOf(column).write(value);
}

/** The cells of one item: one row, or (Openingstijden, Seizoenen, Haltes) one row per day of its weekly patterns. */
function rowsOf(spec: SheetSpec, columns: Column[], item: { value: Obj; refs: string[] }): (OutCell | undefined)[][] {
  const parentColumns = columns.filter((c) => c.role === 'parent');
  const refs = item.refs.slice(item.refs.length - parentColumns.length);
  const base = columns.map((column): OutCell | undefined => {
    if (column.role === 'parent') return { v: refs[parentColumns.indexOf(column)] ?? '', t: 's' };
    if (column.role || !column.field || column.field.includes('{day}')) return undefined;
    return cellFor(column, getPath(item.value, column.field));
  });
  const dayIndex = columns.findIndex((c) => c.role === 'day');
  if (dayIndex >= 0) {
    // Tijden (weekly) and Op afspraak (byAppointment): one row per day either has.
    const patterns = columns.flatMap((c, i) => (c.field?.includes('{day}') ? [{ i, week: (item.value[c.field.replace('.{day}', '')] as Record<string, string[]> | undefined) ?? {} }] : []));
    const days = WEEKDAYS.filter((d) => patterns.some((p) => p.week[d] !== undefined));
    if (!days.length) {
      // No day at all: the whole week closed (a season in the school holidays, a layer with only exceptions).
      const row = [...base];
      row[patterns[0]!.i] = { v: formatIntervals([]), t: 's' };
      return [row];
    }
    return days.map((d) => {
      const row = [...base];
      row[dayIndex] = { v: WEEKDAY_NL[WEEKDAYS.indexOf(d)]!, t: 's' };
      for (const p of patterns) if (p.week[d] !== undefined) row[p.i] = { v: formatIntervals(p.week[d]), t: 's' };
      return row;
    });
  }
  const start = item.value['start'];
  if (typeof start === 'string' && columns.some((c) => c.role === 'startDate')) {
    const end = item.value['end'] as string | undefined;
    const set = (role: string, cell: OutCell | undefined) => {
      const i = columns.findIndex((c) => c.role === role);
      if (i >= 0) base[i] = cell;
    };
    const date = (iso: string): OutCell => ({ v: serialFromDate(iso.slice(0, 10)), t: 'n', z: 'dd-mm-yyyy' });
    set('startDate', date(start));
    if (start.length > 10) set('startTime', { v: start.slice(11), t: 's' });
    if (end) {
      if (end.length > 10) {
        if (end.slice(0, 10) !== start.slice(0, 10)) set('endDate', date(end));
        set('endTime', { v: end.slice(11), t: 's' });
      } else set('endDate', date(end));
    }
  }
  return [base];
}

/** An example cell (dates as dates, numbers as numbers). */
function exampleCell(column: Column, v: string | number | boolean | undefined): OutCell | undefined {
  if (v === undefined) return undefined;
  if (typeof v === 'number') return { v, t: 'n' };
  if (typeof v === 'boolean') return { v: v ? 'ja' : 'nee', t: 's' };
  if (/^\d{4}-\d{2}-\d{2}$/.test(v) && (column.info?.kind === 'date' || column.role === 'startDate' || column.role === 'endDate')) return { v: serialFromDate(v), t: 'n', z: 'dd-mm-yyyy' };
  return { v, t: 's' };
}

export interface SheetsOptions {
  /** English titles and explanations (for the docs and an English studio); the headers stay Dutch. */
  lang?: 'nl' | 'en';
  /** Leave out the example rows. */
  noExamples?: boolean;
}

/** The workbook's sheets for a feed (or for none: the empty template). */
export function feedToSheets(feed: Feed | undefined, options: SheetsOptions = {}): SheetOut[] {
  const lists = listsSheet();
  const out: SheetOut[] = [readme(options.lang)];
  for (const spec of SHEETS) {
    const columns = columnsOf(spec);
    const last = columnLetter(columns.length - 1);
    const rows: SheetOut['rows'] = [];
    rows[0] = [{ v: options.lang === 'en' ? spec.titleEn : spec.title, t: 's' }];
    rows[1] = columns.map((c) => ({ v: options.lang === 'en' ? c.explainEn : c.explain, t: 's' as const }));
    rows[HEADER_ROW] = columns.map((c) => ({ v: c.mustHave ? `${c.header} *` : c.header, t: 's' as const }));
    rows[3] = options.noExamples ? [] : columns.map((c) => exampleCell(c, c.example));
    // More example rows (a KPI counted from the agenda), by header.
    const more = options.noExamples ? [] : (spec.moreExamples ?? []);
    for (const example of more) rows.push(columns.map((c) => exampleCell(c, example[c.header])));
    if (feed) for (const item of itemsOf(spec, feed)) rows.push(...rowsOf(spec, columns, item));
    const validations: NonNullable<SheetOut['validations']> = [];
    columns.forEach((c, i) => {
      const sqref = `${columnLetter(i)}${FIRST_DATA_ROW + 1}:${columnLetter(i)}${MAX_ROWS + FIRST_DATA_ROW}`;
      const list = lists.ranges.get(listKey(c));
      if (list) validations.push({ sqref, range: list, strict: c.info?.kind === 'enum', prompt: c.explain });
      else if (c.info?.kind === 'boolean' || c.info?.kind === 'const') validations.push({ sqref, list: [...BOOLEAN_LABELS], strict: true, prompt: c.explain });
      else if (c.role === 'day') validations.push({ sqref, list: [...WEEKDAY_NL, ...(spec.osm ? ['OSM'] : [])], strict: true, prompt: c.explain });
      else if (c.role === 'parent' || c.refersTo || (c.info?.kind === 'municipality' && spec.name !== 'Gemeenten')) {
        const target = c.refersTo ?? c.parent ?? 'Gemeenten';
        const targetSpec = SHEETS.find((s) => s.name === target)!;
        const keyColumn = columnsOf(targetSpec).findIndex((k) => k.field === (targetSpec.key ?? 'id') && !k.role);
        const end = target === 'Gemeenten' ? 1000 : MAX_ROWS + FIRST_DATA_ROW;
        validations.push({ sqref, range: `'${target}'!$${columnLetter(keyColumn)}$${FIRST_DATA_ROW + 1}:$${columnLetter(keyColumn)}$${end}`, strict: false, prompt: c.explain });
      }
    });
    out.push({
      name: spec.name,
      rows,
      widths: columns.map((c) => c.width ?? 14),
      merges: [`A1:${last}1`],
      titleRow: 0,
      explainRow: 1,
      headerRow: HEADER_ROW,
      exampleRows: [3, ...more.map((_, i) => 4 + i)],
      freezeBelow: 3,
      validations,
    });
  }
  out.push(lists.sheet);
  return out;
}

/** The list a column picks from: its enum's labels (with "alle schoolvakanties" first where `true` means all). */
function listKey(c: Column): string | undefined {
  if (c.info?.kind !== 'enum' && c.info?.kind !== 'enumList' && c.info?.kind !== 'enumListOrAll') return undefined;
  const name = c.labels ?? c.info.def;
  return c.info.kind === 'enumListOrAll' ? `${name} of ${ALL_WORDS[0]}` : name;
}

/** The hidden sheet "Lijsten" with the Dutch labels of every enum, for the drop-down lists. */
function listsSheet(): { sheet: SheetOut; ranges: Map<string | undefined, string> } {
  const orAll = [...new Set(SHEETS.flatMap((s) => columnsOf(s)).filter((c) => c.info?.kind === 'enumListOrAll').map((c) => c.labels ?? c.info!.def!))];
  const names = [...Object.keys(LABELS), ...orAll.map((name) => `${name} of ${ALL_WORDS[0]}`)];
  const rows: SheetOut['rows'] = [names.map((n) => ({ v: n, t: 's' as const }))];
  const ranges = new Map<string | undefined, string>();
  names.forEach((name, c) => {
    const base = name.endsWith(` of ${ALL_WORDS[0]}`) ? name.slice(0, -` of ${ALL_WORDS[0]}`.length) : name;
    const labels = [...(base === name ? [] : [ALL_WORDS[0]]), ...Object.values(LABELS[base]!).map((l) => l[0])];
    labels.forEach((label, r) => ((rows[r + 1] ??= [])[c] = { v: label, t: 's' }));
    ranges.set(name, `Lijsten!$${columnLetter(c)}$2:$${columnLetter(c)}$${labels.length + 1}`);
  });
  return { sheet: { name: 'Lijsten', rows, hidden: true, widths: names.map(() => 24) }, ranges };
}

/** The "Lees mij" sheet: what the workbook is and how to use it, from the table. */
function readme(lang: 'nl' | 'en' = 'nl'): SheetOut {
  const en = lang === 'en';
  const rows: SheetOut['rows'] = [];
  const line = (...cells: string[]) => rows.push(cells.map((v) => ({ v, t: 's' as const })));
  line(en ? 'Biebkit workbook' : 'Biebkit-werkmap');
  line(
    en
      ? 'This workbook holds everything a Biebkit feed shows: the organisation, branches and opening hours, figures, goals and activities.'
      : 'Deze werkmap bevat alles wat een Biebkit-feed laat zien: de organisatie, vestigingen en openingstijden, kengetallen, doelen en activiteiten.',
  );
  line(
    en
      ? 'Each sheet: row 1 says what a row is, row 2 explains each column, row 3 holds the column names (* = required), row 4 is an example (rows whose first column starts with "voorbeeld" are never read). Fill in from row 5.'
      : 'Elk blad: rij 1 zegt wat een rij is, rij 2 legt elke kolom uit, rij 3 heeft de kolomnamen (* = verplicht), rij 4 is een voorbeeld (rijen waarvan de eerste kolom met "voorbeeld" begint, worden nooit gelezen). Vul in vanaf rij 5.',
  );
  line(
    en
      ? 'Keep the sheet names and column names. Columns you add yourself are reported and not read. Dates as dd-mm-jjjj, times as 10:00, numbers with a decimal comma.'
      : 'Laat de namen van bladen en kolommen staan. Kolommen die u zelf toevoegt, worden gemeld en niet gelezen. Datums als dd-mm-jjjj, tijden als 10:00, getallen met een komma.',
  );
  line(
    en
      ? 'Make the feed: drop this file on the Biebkit studio, or run: npx biebkit import biebkit.xlsx -o feed.json'
      : 'Maak de feed: zet dit bestand in de Biebkit-studio, of typ: npx biebkit import biebkit.xlsx -o feed.json',
  );
  line('');
  line(en ? 'Sheet' : 'Blad', en ? 'What a row is' : 'Wat een rij is');
  for (const spec of SHEETS) line(spec.name, (en ? spec.titleEn : spec.title).replace(/^[^:]+:\s*/, ''));
  return { name: 'Lees mij', rows, widths: [18, 110], titleRow: 0, headerRow: 6 };
}

/** The workbook of a feed, as .xlsx bytes. */
export function exportWorkbook(feed: Feed, options: SheetsOptions & { bookType?: 'xlsx' | 'ods' } = {}): Uint8Array {
  return writeBook(feedToSheets(feed, options), options.bookType ?? 'xlsx');
}

/** The empty template, with the organisation's name filled in when given. */
export function templateWorkbook(options: { org?: string } & SheetsOptions = {}): Uint8Array {
  const feed = options.org
    ? ({ version: 1, organization: { id: slugify(options.org) || 'bibliotheek', name: options.org, municipalities: [] } } as unknown as Feed)
    : undefined;
  return writeBook(feedToSheets(feed, options));
}

/** The feed as CSV files, one per sheet, as Dutch Excel writes them (`;`, decimal comma, dd-mm-jjjj). */
export function exportCsv(feed: Feed): { name: string; bytes: Uint8Array }[] {
  return SHEETS.map((spec) => {
    const columns = columnsOf(spec);
    const rows: (string | undefined)[][] = [columns.map((c) => c.header)];
    for (const item of itemsOf(spec, feed)) {
      for (const row of rowsOf(spec, columns, item)) {
        rows.push(
          row.map((cell, i) => {
            if (!cell) return undefined;
            const c = columns[i]!;
            if (cell.z === 'dd-mm-yyyy') return dutchDateOrDateTime(excelToIso(Number(cell.v)));
            if (cell.t === 'n') return (codecOf(c).text ?? String)(cell.v);
            return String(cell.v);
          }),
        );
      }
    }
    return { name: `${spec.name}.csv`, bytes: writeCsv(rows) };
  });
}

function excelToIso(serial: number): string {
  const t = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
  return `${t.getUTCFullYear()}-${String(t.getUTCMonth() + 1).padStart(2, '0')}-${String(t.getUTCDate()).padStart(2, '0')}`;
}
