/**
 * Sheets of cells to items of the feed, by the table (table.ts): finds each sheet (by its name, or by its
 * columns when it was renamed by hand), finds the header row under the title and explanations, reads every
 * row through the column's codec, and remembers the place (sheet, row, cell) of every value so that every
 * problem, the validator's included, can be named where a person looks for it.
 */
import { cellText, codecOf, isEmptyCell, parseIntervalsText, readClock, clockText, weekdayOf, WEEKDAY_NL, WEEKDAYS, type ReadOptions } from './cells.js';
import { fieldInfo } from './schema.js';
import { msg, type Place, type Problems } from './problems.js';
import { columnsOf, EXAMPLE_PREFIX, SHEETS, sheetSpec, type Column, type SheetSpec } from './table.js';
import { MAX_ROWS, type Book, type SheetData } from './workbook.js';
import { loose, nl, slugify } from './words.js';
import { readOsm, type OsmOptions } from './osm.js';

/** One item read from one row (or, for Openingstijden, several rows), with where each value came from. */
export interface ReadItem {
  value: Record<string, unknown>;
  /** The (first) row. */
  place: Place;
  /** Where each field came from, by dotted path: name, address.street, weekly.mo. */
  fields: Map<string, Place>;
  /** The parent references as written (a branch, then a layer), top first. */
  refs: { text: string; place: Place }[];
  /** Fields whose column the sheet lacks: kept from --into when the item is there. */
  missing: string[];
  /** The id cell was empty: an id is made from the name. */
  needsId?: boolean;
  /** Fields the reader warned about in its own words (dotted paths): the validator's warning on them is left out. */
  said?: Set<string>;
}

export interface ReadSheet {
  spec: SheetSpec;
  data: SheetData;
  items: ReadItem[];
  /** The columns found, for the studio. */
  layout: Layout;
}

export interface TableInput {
  sheets: Map<string, ReadSheet>;
}

export interface Layout {
  headerRow: number;
  columns: Map<Column, number>;
}

/** Sheets the template writes for people, never read as data. */
const HELPER_SHEETS = new Set(['lijsten', 'lees mij', 'leesmij', 'uitleg', 'readme', 'instructies', 'toelichting']);

const headerKey = (text: string) =>
  loose(text)
    .replace(/\s*\*$/, '')
    .replace(/\s*\((?:verplicht|required)\)$/, '');

function nameKey(text: string): string {
  // "Biebkit - Vestigingen.csv" (a Google Sheets download), "vestigingen.csv"
  const base = text.replace(/\.(csv|txt|tsv)$/i, '');
  return loose(base.includes(' - ') ? base.split(' - ').pop()! : base);
}

function specByName(name: string): SheetSpec | undefined {
  const key = nameKey(name);
  return SHEETS.find((s) => loose(s.name) === key || s.aliases.some((a) => loose(a) === key));
}

/** Finds the header row (in the first 15 rows) that matches most of a sheet's columns. */
export function layoutOf(data: SheetData, spec: SheetSpec): { layout: Layout; score: number; unknown: { col: number; text: string }[]; twice: { col: number; text: string }[] } | undefined {
  const columns = columnsOf(spec);
  const names = new Map<string, Column>();
  for (const c of columns) names.set(headerKey(c.header), c);
  for (const c of columns) for (const a of c.aliases ?? []) if (!names.has(headerKey(a))) names.set(headerKey(a), c);
  let best: ReturnType<typeof layoutOf>;
  for (let r = 0; r < Math.min(15, data.rows.length); r++) {
    const row = data.rows[r];
    if (!row) continue;
    const found = new Map<Column, number>();
    const unknown: { col: number; text: string }[] = [];
    const twice: { col: number; text: string }[] = [];
    row.forEach((cell, c) => {
      if (!cell || isEmptyCell(cell) || typeof cell.v !== 'string') return;
      const column = names.get(headerKey(cell.v));
      if (!column) unknown.push({ col: c, text: cell.v.trim() });
      else if (found.has(column)) twice.push({ col: c, text: cell.v.trim() });
      else found.set(column, c);
    });
    const score = found.size - unknown.length * 0.25;
    if (found.size >= 2 && (!best || score > best.score)) best = { layout: { headerRow: r, columns: found }, score, unknown, twice };
  }
  return best;
}

/** Finds the Biebkit sheets in books: by name, else by their columns. */
export function identifySheets(books: Book[], problems: Problems): { spec: SheetSpec; data: SheetData }[] {
  const found: { spec: SheetSpec; data: SheetData }[] = [];
  const taken = new Map<string, SheetData>();
  const unnamed: SheetData[] = [];
  for (const book of books) {
    for (const data of book.sheets) {
      if (HELPER_SHEETS.has(loose(data.name))) continue;
      const spec = specByName(data.name);
      if (spec) {
        const before = taken.get(spec.name);
        if (before) {
          problems.error({ kind: 'sheet', file: data.file, sheet: data.name }, msg(
            `${spec.name} is given twice (${before.file}${before.csv ? '' : `, sheet ${before.name}`} and ${data.file}${data.csv ? '' : `, sheet ${data.name}`}); the second was not read`,
            `${spec.name} staat er twee keer in (${before.file}${before.csv ? '' : `, blad ${before.name}`} en ${data.file}${data.csv ? '' : `, blad ${data.name}`}); de tweede is niet gelezen`,
          ));
          continue;
        }
        taken.set(spec.name, data);
        found.push({ spec, data });
      } else unnamed.push(data);
    }
  }
  for (const data of unnamed) {
    if (!data.rows.some((row) => row?.some((c) => !isEmptyCell(c)))) continue; // an empty extra sheet
    let best: { spec: SheetSpec; score: number } | undefined;
    for (const spec of SHEETS) {
      if (taken.has(spec.name)) continue;
      const l = layoutOf(data, spec);
      if (!l) continue;
      const mustHave = columnsOf(spec).filter((c) => c.mustHave);
      const hasAll = mustHave.every((c) => l.layout.columns.has(c));
      const score = l.score + (hasAll ? 2 : 0);
      if (l.layout.columns.size >= 3 && (!best || score > best.score)) best = { spec, score };
    }
    const place: Place = { kind: 'sheet', file: data.file, sheet: data.name };
    if (best) {
      taken.set(best.spec.name, data);
      found.push({ spec: best.spec, data });
      problems.info(place, msg(
        `sheet "${data.name}" read as ${best.spec.name} (by its columns; rename it ${best.spec.name} to be sure)`,
        `blad "${data.name}" gelezen als ${best.spec.name} (aan de kolommen; noem het ${best.spec.name} om zeker te zijn)`,
      ));
    } else {
      problems.warn(place, msg(
        `not a Biebkit sheet (its name and columns match none): not read`,
        `geen Biebkit-blad (naam en kolommen passen bij geen enkel blad): niet gelezen`,
      ));
    }
  }
  // Parents before children, in the table's order.
  return found.sort((a, b) => SHEETS.indexOf(a.spec) - SHEETS.indexOf(b.spec));
}

/** Reads all Biebkit sheets of the books. */
export async function readTables(books: Book[], problems: Problems, osmOptions: OsmOptions = {}): Promise<TableInput> {
  const sheets = new Map<string, ReadSheet>();
  const examples: string[] = [];
  for (const { spec, data } of identifySheets(books, problems)) {
    const read = await readSheet(data, spec, problems, examples, osmOptions);
    if (read) sheets.set(spec.name, read);
  }
  if (examples.length) {
    problems.info({ kind: 'import' }, msg(
      `the template's example rows (first column starting with "${EXAMPLE_PREFIX}") were not read: ${examples.join(', ')}`,
      `de voorbeeldrijen van het sjabloon (eerste kolom begint met "${EXAMPLE_PREFIX}") zijn niet gelezen: ${examples.join(', ')}`,
    ));
  }
  return { sheets };
}

/** A date column, for Datum and Einddatum of an activity (which make start and end together). */
const DATE_COLUMN: Column = { header: 'Datum', explain: '', explainEn: '', mustHave: false, info: fieldInfo('#/$defs/hoursException', 'date') };

const cellPlace = (data: SheetData, row: number, col: number, header: string): Place => ({ kind: 'cell', file: data.file, sheet: data.name, row: row + 1, col, header });

/** Sets a dotted path in an object, making the objects on the way. */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]!] = value;
}

/** Reads a dotted path. */
export function getPath(source: unknown, path: string): unknown {
  let node = source;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Removes a dotted path, and the objects it leaves empty. */
export function deletePath(target: Record<string, unknown>, path: string): void {
  const keys = path.split('.');
  const chain: Record<string, unknown>[] = [target];
  for (const key of keys.slice(0, -1)) {
    const next = chain[chain.length - 1]![key];
    if (next === null || typeof next !== 'object') return;
    chain.push(next as Record<string, unknown>);
  }
  delete chain[chain.length - 1]![keys[keys.length - 1]!];
  for (let i = chain.length - 1; i > 0; i--) {
    if (Object.keys(chain[i]!).length) break;
    delete chain[i - 1]![keys[i - 1]!];
  }
}

interface RowRead {
  texts: Map<string, { nl?: string; en?: string }>;
  values: Map<string, unknown>;
  places: Map<string, Place>;
  refs: { text: string; place: Place }[];
  day?: { value: number | 'osm'; place: Place };
  /** The row's hours by weekly pattern (weekly: Tijden; byAppointment: Op afspraak), for the day of Dag. */
  days: Map<string, { text: string; place: Place }>;
  when: Partial<Record<'startDate' | 'startTime' | 'endDate' | 'endTime', { value: string; place: Place }>>;
  errors: number;
}

async function readSheet(data: SheetData, spec: SheetSpec, problems: Problems, examples: string[], osmOptions: OsmOptions): Promise<ReadSheet | undefined> {
  const sheetPlace: Place = { kind: 'sheet', file: data.file, sheet: data.name };
  const found = layoutOf(data, spec);
  const columns = columnsOf(spec);
  if (!found) {
    problems.error(sheetPlace, msg(
      `no header row with the column names of ${spec.name} (${columns.filter((c) => c.mustHave).map((c) => c.header).join(', ')})`,
      `geen kopregel met de kolomnamen van ${spec.name} (${columns.filter((c) => c.mustHave).map((c) => c.header).join(', ')})`,
    ));
    return undefined;
  }
  const { layout } = found;
  for (const u of found.unknown) {
    problems.warn(cellPlace(data, layout.headerRow, u.col, u.text), msg(
      `column "${u.text}" is not a column of ${spec.name} and was not read`,
      `kolom "${u.text}" hoort niet bij ${spec.name} en is niet gelezen`,
    ));
  }
  for (const u of found.twice) {
    problems.warn(cellPlace(data, layout.headerRow, u.col, u.text), msg(`column "${u.text}" is there twice; this one was not read`, `kolom "${u.text}" staat er twee keer; deze is niet gelezen`));
  }
  const missingMust = columns.filter((c) => c.mustHave && !layout.columns.has(c) && !(c.info?.kind === 'id' && c.field === 'id'));
  if (missingMust.length) {
    problems.error(sheetPlace, msg(
      `column${missingMust.length > 1 ? 's' : ''} ${missingMust.map((c) => `"${c.header}"`).join(', ')} ${missingMust.length > 1 ? 'are' : 'is'} missing (the header row ${layout.headerRow + 1} has ${[...layout.columns.keys()].map((c) => c.header).join(', ')}); the sheet was not read`,
      `kolom${missingMust.length > 1 ? 'men' : ''} ${missingMust.map((c) => `"${c.header}"`).join(', ')} ontbreek${missingMust.length > 1 ? 'en' : 't'} (kopregel ${layout.headerRow + 1} heeft ${[...layout.columns.keys()].map((c) => c.header).join(', ')}); het blad is niet gelezen`,
    ));
    return undefined;
  }
  if (data.truncatedAt) {
    problems.error(sheetPlace, msg(
      `the sheet runs to row ${nl(data.truncatedAt)}; Biebkit reads at most ${nl(MAX_ROWS)} rows a sheet: split the file, or remove old rows. Nothing of this sheet was read`,
      `het blad loopt tot rij ${nl(data.truncatedAt)}; Biebkit leest hoogstens ${nl(MAX_ROWS)} rijen per blad: splits het bestand of haal oude rijen weg. Niets van dit blad is gelezen`,
    ));
    return undefined;
  }
  const missingFields = [...new Set(columns.filter((c) => c.field && !c.field.includes('{day}') && !layout.columns.has(c) && c.lang !== 'en').map((c) => c.field!))];
  const options: ReadOptions = { date1904: data.date1904 };
  const codecs = new Map(columns.map((c) => [c, c.field && !c.field.includes('{day}') ? codecOf(c) : undefined]));
  const dateCodec = codecOf(DATE_COLUMN);
  const first = columns[0]!;
  const items: ReadItem[] = [];
  const groups = new Map<string, ReadItem>();
  const many = spec.rowsPerItem === 'many';

  for (let r = layout.headerRow + 1; r < data.rows.length; r++) {
    const row = data.rows[r];
    if (!row || row.every((c) => isEmptyCell(c))) continue;
    if (![...layout.columns.values()].some((c) => !isEmptyCell(row[c]))) continue; // content only outside the sheet's columns
    const firstCol = layout.columns.get(first);
    const firstCell = firstCol === undefined ? undefined : row[firstCol];
    if (firstCell && !isEmptyCell(firstCell) && loose(cellText(firstCell)).startsWith(EXAMPLE_PREFIX)) {
      examples.push(`${data.csv ? data.file : data.name}!${r + 1}`);
      continue;
    }
    const read: RowRead = { texts: new Map(), values: new Map(), places: new Map(), refs: [], days: new Map(), when: {}, errors: 0 };
    for (const [column, c] of layout.columns) {
      const cell = row[c];
      if (isEmptyCell(cell)) continue;
      const place = cellPlace(data, r, c, column.header);
      if (cell!.error) {
        read.errors++;
        problems.error(place, cell!.error.startsWith('=')
          ? msg(`the formula ${cell!.error} has no computed value: open the file in Excel or LibreOffice and save it again`, `de formule ${cell!.error} heeft geen berekende waarde: open het bestand in Excel of LibreOffice en sla het opnieuw op`)
          : msg(`the cell shows the Excel error ${cell!.error}`, `de cel toont de Excel-fout ${cell!.error}`));
        continue;
      }
      if (column.role === 'parent') {
        read.refs.push({ text: cellText(cell!), place });
        continue;
      }
      if (column.role === 'day') {
        const text = cellText(cell!);
        if (loose(text) === 'osm') read.day = { value: 'osm', place };
        else {
          const d = weekdayOf(text);
          if (d === undefined) {
            read.errors++;
            problems.error(place, msg(`"${text}" is not a day (ma, di, wo, do, vr, za, zo, or OSM)`, `"${text}" is geen dag (ma, di, wo, do, vr, za, zo, of OSM)`));
          } else read.day = { value: d, place };
        }
        continue;
      }
      if (column.field?.includes('{day}')) {
        read.days.set(column.field.replace('.{day}', ''), { text: cellText(cell!), place });
        continue;
      }
      if (column.role === 'startDate' || column.role === 'endDate') {
        const r2 = dateCodec.read(cell!, options);
        if (!r2.ok) {
          read.errors++;
          problems.error(place, r2.error);
        } else read.when[column.role] = { value: r2.value as string, place };
        continue;
      }
      if (column.role === 'startTime' || column.role === 'endTime') {
        const t = readClock(cell!);
        if (!t.ok) {
          read.errors++;
          problems.error(place, t.error);
        } else if (t.value.hour === 24) {
          read.errors++;
          problems.error(place, msg('24:00 is not a time of day: write 23:59, or 00:00 on the next day', '24:00 is geen tijdstip: schrijf 23:59, of 00:00 de dag erna'));
        } else read.when[column.role] = { value: clockText(t.value), place };
        continue;
      }
      const result = codecs.get(column)!.read(cell!, options);
      if (!result.ok) {
        read.errors++;
        problems.error(place, result.error);
        continue;
      }
      if (result.note) problems.info(place, result.note);
      if (result.value === undefined) continue; // "nee" in a column that writes a fixed value
      if (column.lang) {
        const t = read.texts.get(column.field!) ?? {};
        t[column.lang] = result.value as string;
        read.texts.set(column.field!, t);
      } else read.values.set(column.field!, result.value);
      read.places.set(column.field! + (column.lang === 'en' ? '.en' : ''), place);
      if (!read.places.has(column.field!)) read.places.set(column.field!, place);
    }
    const rowPlace: Place = { kind: 'cell', file: data.file, sheet: data.name, row: r + 1 };
    const value: Record<string, unknown> = {};
    for (const [field, v] of read.values) setPath(value, field, v);
    for (const [field, t] of read.texts) setPath(value, field, t.nl !== undefined && t.en !== undefined ? { nl: t.nl, en: t.en } : t.nl ?? { en: t.en });
    if (columns.some((c) => c.role === 'startDate') && !composeWhen(value, read, problems, columns, layout, data, r)) continue;
    checkObjects(value, spec, read, problems, columns, layout, data, r, rowPlace);
    const item: ReadItem = { value, place: rowPlace, fields: read.places, refs: read.refs, missing: missingFields };
    // Parent references must be there.
    const parentColumns = columns.filter((c) => c.role === 'parent');
    if (read.refs.length < parentColumns.length) {
      const missing = parentColumns.find((pc) => !read.refs.some((ref) => ref.place.kind === 'cell' && ref.place.header === pc.header))!;
      problems.error(layout.columns.has(missing) ? cellPlace(data, r, layout.columns.get(missing)!, missing.header) : rowPlace, msg(
        `${missing.header} is empty: which ${sheetSpec(missing.parent!).item.en} is this row for?`,
        `${missing.header} is leeg: bij welke ${sheetSpec(missing.parent!).item.nl} hoort deze rij?`,
      ));
      continue;
    }
    if (many) {
      await addRowToGroup(item, read, { groups, items, spec, problems, data, layout, columns, r, osmOptions });
      continue;
    }
    if (!requiredPresent(item, spec, columns, layout, data, r, problems)) continue;
    items.push(item);
  }
  if (many) {
    // A layer needs its kind (a stop its name) on at least one of its rows.
    for (const group of [...items]) {
      for (const column of columns) {
        if (!column.info?.requiredFromItem || !column.field || column.field.includes('{day}') || column.lang === 'en') continue;
        if (getPath(group.value, column.field) !== undefined) continue;
        problems.error(group.place, msg(
          `${column.header} is empty on every row of ${spec.item.en} "${String(group.value['id'])}"; the ${spec.item.en} was not read`,
          `${column.header} is leeg op elke rij van ${spec.item.nl} "${String(group.value['id'])}"; de ${spec.item.nl} is niet gelezen`,
        ));
        items.splice(items.indexOf(group), 1);
        break;
      }
    }
  }
  if (spec.target.kind === 'organization' && items.length > 1) {
    for (const extra of items.slice(1)) {
      problems.error(extra.place, msg('Organisatie holds one organisation: this row was not read', 'Organisatie bevat één organisatie: deze rij is niet gelezen'));
    }
    items.length = 1;
  }
  return { spec, data, items, layout };
}

/** Required fields of the item: the id may be made, everything else must be there. */
function requiredPresent(item: ReadItem, spec: SheetSpec, columns: Column[], layout: Layout, data: SheetData, r: number, problems: Problems): boolean {
  let ok = true;
  for (const column of columns) {
    if (!column.info?.requiredFromItem || column.lang === 'en' || !column.field || column.field.includes('{day}')) continue;
    if (getPath(item.value, column.field) !== undefined) continue;
    if (column.field === spec.key && spec.key === 'id') {
      item.needsId = true;
      const c = layout.columns.get(column);
      if (c !== undefined) item.fields.set('id', cellPlace(data, r, c, column.header));
      continue;
    }
    const c = layout.columns.get(column);
    // An unreadable cell was named already.
    if (c !== undefined && !isEmptyCell(data.rows[r]?.[c])) {
      ok = false;
      continue;
    }
    const place = c === undefined ? item.place : cellPlace(data, r, c, column.header);
    if (column.info.kind === 'array' || column.info.kind === 'object') continue;
    problems.error(place, msg(`${column.header} is empty (every row of ${spec.name} needs one); the row was not read`, `${column.header} is leeg (elke rij van ${spec.name} heeft er een nodig); de rij is niet gelezen`));
    ok = false;
  }
  return ok;
}

/** Datum, Van, Einddatum and Tot make an activity's start and end. */
function composeWhen(value: Record<string, unknown>, read: RowRead, problems: Problems, columns: Column[], layout: Layout, data: SheetData, r: number): boolean {
  const w = read.when;
  const at = (role: string) => {
    const column = columns.find((c) => c.role === role)!;
    const c = layout.columns.get(column);
    return c === undefined ? { kind: 'cell' as const, file: data.file, sheet: data.name, row: r + 1 } : cellPlace(data, r, c, column.header);
  };
  if (!w.startDate) {
    const column = columns.find((c) => c.role === 'startDate')!;
    const c = layout.columns.get(column);
    if (c === undefined || isEmptyCell(data.rows[r]?.[c])) problems.error(at('startDate'), msg('Datum is empty: every activity needs its (first) day; the row was not read', 'Datum is leeg: elke activiteit heeft een (eerste) dag nodig; de rij is niet gelezen'));
    return false;
  }
  if (w.endTime && !w.startTime) {
    problems.error(at('startTime'), msg('Van is empty, but Tot is filled: give the start time too', 'Van is leeg, maar Tot is ingevuld: geef ook de begintijd'));
    return false;
  }
  value['start'] = w.startTime ? `${w.startDate.value}T${w.startTime.value}` : w.startDate.value;
  read.places.set('start', (w.startTime ?? w.startDate).place);
  if (w.endTime) {
    value['end'] = `${(w.endDate ?? w.startDate).value}T${w.endTime.value}`;
    read.places.set('end', w.endTime.place);
  } else if (w.endDate) {
    if (w.startTime) {
      problems.error(at('endTime'), msg('Tot is empty: an activity with a start time and an end date needs an end time', 'Tot is leeg: een activiteit met een begintijd en een einddatum heeft een eindtijd nodig'));
      return true;
    }
    value['end'] = w.endDate.value;
    read.places.set('end', w.endDate.place);
  }
  return true;
}

/** An object half filled in (an address without a postal code): named at the empty cell, and left out. */
function checkObjects(value: Record<string, unknown>, spec: SheetSpec, read: RowRead, problems: Problems, columns: Column[], layout: Layout, data: SheetData, r: number, rowPlace: Place): void {
  const walk = (node: Record<string, unknown>, path: string) => {
    for (const [key, child] of Object.entries(node)) {
      const p = path ? `${path}.${key}` : key;
      if (child === null || typeof child !== 'object' || Array.isArray(child)) continue;
      const info = fieldInfo(spec.schema, p.replace(/^weekly\.\w+$/, 'weekly'));
      if (info.kind === 'text') continue;
      walk(child as Record<string, unknown>, p);
      const required = (info.node['required'] as string[] | undefined) ?? [];
      const lacking = required.filter((k) => (child as Record<string, unknown>)[k] === undefined);
      if (!lacking.length) continue;
      const filled = columns.filter((c) => c.field?.startsWith(`${p}.`) && getPath(value, c.field) !== undefined && c.lang !== 'en').map((c) => c.header);
      // The columns of the missing fields (and of a missing object: Nulmeting waarde and datum), named once.
      const names: string[] = [];
      let place: Place | undefined;
      let unreadable = false;
      for (const k of lacking) {
        const own = columns.filter((c) => (c.field === `${p}.${k}` || c.field?.startsWith(`${p}.${k}.`)) && c.lang !== 'en');
        if (own.some((o) => layout.columns.has(o) && !isEmptyCell(data.rows[r]?.[layout.columns.get(o)!]))) unreadable = true; // named already
        names.push(...(own.length ? own.map((o) => o.header) : [k]));
        const first = own.find((c) => layout.columns.has(c));
        if (!place && first) place = cellPlace(data, r, layout.columns.get(first)!, first.header);
      }
      if (!unreadable) {
        place ??= read.places.get([...read.places.keys()].find((f) => f.startsWith(`${p}.`)) ?? '') ?? rowPlace;
        const many = names.length > 1;
        const list = (and: string) => (many ? `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}` : names[0]!);
        problems.error(place, msg(
          `${list('and')} ${many ? 'are' : 'is'} empty, but ${filled.join(', ')} ${filled.length > 1 ? 'are' : 'is'} filled in: fill ${many ? 'them' : 'it'} in too, or empty ${filled.length > 1 ? 'those' : 'that'}`,
          `${list('en')} ${many ? 'zijn' : 'is'} leeg, maar ${filled.join(', ')} ${filled.length > 1 ? 'zijn' : 'is'} ingevuld: vul ${many ? 'ze' : 'het'} ook in, of maak ${filled.length > 1 ? 'die' : 'dat'} leeg`,
        ));
      }
      deletePath(value, p);
    }
  };
  walk(value, '');
}

/** What the rows of a sheet with rows per item are read with. */
interface GroupContext {
  /** The items so far, by parent and key. */
  groups: Map<string, ReadItem>;
  items: ReadItem[];
  spec: SheetSpec;
  problems: Problems;
  data: SheetData;
  layout: Layout;
  columns: Column[];
  /** The row (0-based). */
  r: number;
  osmOptions: OsmOptions;
}

/**
 * Rows per item (Openingstijden, Seizoenen, Haltes): the rows of one parent and key make one item, and each row
 * adds a day (its Tijden and Op afspraak), or, in Openingstijden, an OSM value for the whole week.
 */
async function addRowToGroup(item: ReadItem, read: RowRead, sheet: GroupContext): Promise<void> {
  const { groups, items, spec, problems, data, layout, columns, r } = sheet;
  const value = item.value;
  const what = spec.item;
  let id = value['id'] as string | undefined;
  let own: string | undefined;
  if (id === undefined) {
    const idColumn = columns.find((c) => c.field === 'id')!;
    if (spec.idWhenEmpty === 'none') {
      // Rows without a key belong together when the rest of the item's key fields are the same.
      own = JSON.stringify(['validFrom', 'validThrough', 'schoolHolidays'].map((f) => value[f] ?? null));
    } else {
      const kind = value['kind'] as string | undefined;
      const name = value['name'] as string | { nl?: string; en?: string } | undefined;
      id =
        spec.idWhenEmpty === 'fromKind'
          ? kind === 'building' ? 'gebouw' : kind === 'staffed' ? 'bemand' : kind === 'desk' ? ((value['service'] as string | undefined) ?? 'balie') : undefined
          : slugify(typeof name === 'string' ? name : (name?.nl ?? name?.en ?? '')) || undefined;
      const from = spec.idWhenEmpty === 'fromKind' ? columns.find((c) => c.field === 'kind')! : columns.find((c) => c.field === 'name')!;
      if (!id) {
        problems.error(item.place, msg(`${idColumn.header} and ${from.header} are empty: which ${what.en} is this row for?`, `${idColumn.header} en ${from.header} zijn leeg: bij welke ${what.nl} hoort deze rij?`));
        return;
      }
      value['id'] = id;
      problems.info(item.place, msg(`${idColumn.header} is empty: read as "${id}"`, `${idColumn.header} is leeg: gelezen als "${id}"`));
    }
  }
  const label = id ?? String(getPath(value, 'label.nl') ?? value['label'] ?? value['validFrom'] ?? '');
  const key = `${item.refs.map((ref) => loose(ref.text)).join('|')}|${id === undefined ? own : loose(id)}`;
  let group = groups.get(key);
  if (!group) {
    group = { value: { ...(id === undefined ? {} : { id }), weekly: {} }, place: item.place, fields: new Map(), refs: item.refs, missing: item.missing };
    groups.set(key, group);
    items.push(group);
  }
  // The item's own fields: the same on every row of the item (or empty).
  for (const [field, place] of item.fields) {
    if (field === 'id') continue;
    const path = field.endsWith('.en') ? field.slice(0, -3) : field;
    const v = getPath(value, path);
    if (v === undefined) continue;
    const before = getPath(group.value, path);
    if (before === undefined) {
      setPath(group.value, path, v);
      group.fields.set(path, place);
    } else if (JSON.stringify(before) !== JSON.stringify(v)) {
      const first = group.fields.get(path);
      problems.error(place, msg(
        `this differs from row ${first?.kind === 'cell' ? first.row : '?'} for the same ${what.en} "${label}" (one ${what.en} has one value)`,
        `dit verschilt van rij ${first?.kind === 'cell' ? first.row : '?'} voor dezelfde ${what.nl} "${label}" (één ${what.nl} heeft één waarde)`,
      ));
    }
  }
  for (const [field, place] of item.fields) if (!group.fields.has(field)) group.fields.set(field, place);
  const hours = read.days.get('weekly');
  if (read.day?.value === 'osm') {
    if (!spec.osm) {
      problems.error(read.day.place, msg(`Dag OSM (an OpenStreetMap value) is for Openingstijden; here, give one row per day`, `Dag OSM (een OpenStreetMap-waarde) hoort in Openingstijden; geef hier één rij per dag`));
      return;
    }
    if (!hours) {
      problems.error(read.day.place, msg('Dag is OSM, but Tijden is empty: put the OpenStreetMap value in Tijden', 'Dag is OSM, maar Tijden is leeg: zet de OpenStreetMap-waarde in Tijden'));
      return;
    }
    await addOsm(group, hours, label, problems, sheet.osmOptions);
    return;
  }
  if (!read.days.size) {
    if (read.day) problems.error(read.day.place, msg('Tijden is empty: write the hours (10:00-17:00), or gesloten', 'Tijden is leeg: schrijf de tijden (10:00-17:00), of gesloten'));
    return; // a row without a day: an item with no weekly hours (a layer with only exceptions)
  }
  if (group.fields.has('osm')) {
    problems.error(hours?.place ?? read.days.values().next().value!.place, msg(
      `${what.en} "${label}" has an OSM row: give either one OSM row or one row per day`,
      `${what.nl} "${label}" heeft een OSM-rij: geef één OSM-rij of één rij per dag`,
    ));
    return;
  }
  // Each pattern's hours; the day from Dag, or written in front of the hours ("za 10:00-13:00").
  let day = read.day?.value as number | undefined;
  const parsed: [pattern: string, intervals: string[], place: Place][] = [];
  for (const [pattern, cell] of read.days) {
    const p = parseIntervalsText(cell.text);
    if (!p.ok) {
      problems.error(cell.place, p.error);
      continue;
    }
    if (p.value.day !== undefined) {
      if (day !== undefined && day !== p.value.day) {
        problems.error(cell.place, msg(
          `the hours say ${WEEKDAY_NL[p.value.day]}, but ${read.day ? 'Dag says' : 'the other hours say'} ${WEEKDAY_NL[day]}`,
          `de tijden zeggen ${WEEKDAY_NL[p.value.day]}, maar ${read.day ? 'Dag zegt' : 'de andere tijden zeggen'} ${WEEKDAY_NL[day]}`,
        ));
        continue;
      }
      day = p.value.day;
    }
    parsed.push([pattern, p.value.intervals, cell.place]);
  }
  if (day === undefined) {
    // "gesloten" without a day: the whole week closed (a season in which the layer is closed).
    if (parsed.every(([, intervals]) => !intervals.length)) return;
    const dayColumn = columns.find((c) => c.role === 'day')!;
    const c = layout.columns.get(dayColumn);
    problems.error(c === undefined ? parsed[0]![2] : cellPlace(data, r, c, dayColumn.header), msg('Dag is empty: which day are these hours for (ma, di, …)?', 'Dag is leeg: voor welke dag zijn deze tijden (ma, di, …)?'));
    return;
  }
  const weekday = WEEKDAYS[day]!;
  for (const [pattern, intervals, place] of parsed) {
    const target = ((group.value[pattern] as Record<string, string[]> | undefined) ??= {});
    target[weekday] = [...(target[weekday] ?? []), ...intervals];
    if (!group.fields.has(`${pattern}.${weekday}`)) group.fields.set(`${pattern}.${weekday}`, place);
  }
}

/** Openingstijden: a row with Dag OSM gives the layer its whole week (and its exceptions, holidays and seasons). */
async function addOsm(group: ReadItem, hours: { text: string; place: Place }, label: string, problems: Problems, options: OsmOptions): Promise<void> {
  const osm = await readOsm(hours.text, options);
  if (!osm.ok) {
    problems.error(hours.place, osm.error);
    return;
  }
  const weekly = group.value['weekly'] as Record<string, string[]>;
  if (Object.keys(weekly).length || group.fields.has('osm')) {
    problems.error(hours.place, msg(`layer "${label}" has day rows too: give either one OSM row or one row per day`, `laag "${label}" heeft ook rijen per dag: geef één OSM-rij of één rij per dag`));
    return;
  }
  group.fields.set('osm', hours.place);
  Object.assign(weekly, osm.hours.weekly);
  for (const day of Object.keys(osm.hours.weekly)) group.fields.set(`weekly.${day}`, hours.place);
  for (const list of ['exceptions', 'seasons'] as const) {
    const values = osm.hours[list];
    if (!values?.length) continue;
    group.value[list] = values;
    group.fields.set(list, hours.place);
  }
  if (osm.hours.holidays) {
    const own = group.value['holidays'] as Record<string, unknown> | undefined;
    group.value['holidays'] = { ...osm.hours.holidays, ...own };
    group.fields.set('holidays', hours.place);
  }
  for (const note of osm.hours.notes) problems.info(hours.place, note);
}
