/**
 * Items read from every source, and the feed given with --into, to one feed.
 *
 * The rule, per part of the feed: **a source replaces what it holds, and what no source holds is kept.**
 * - A sheet replaces its list: Vestigingen all branches, Kengetallen all KPIs, and so on. A sheet that is
 *   not there leaves that list as it was in --into. Calendar files replace the activities (together with
 *   the Activiteiten sheet, when both are given).
 * - A sheet below another (Openingstijden below Vestigingen, Metingen below Kengetallen, …) replaces the
 *   children of every item of the sheet above when both are given; given alone (a CSV of Metingen), it
 *   replaces only the children of the items it names.
 * - A column that a sheet lacks keeps that field of an item with the same id in --into.
 * - Ids: an empty Id cell gets the id of the item with the same name in --into, else one made from the name;
 *   ids never change between imports by themselves, so the tags web editors pasted keep working.
 * Every value keeps its place, so that what the validator says is named by sheet, row and cell.
 */
import type { Feed, FeedProblem } from '@biebkit/feed';
import { isoLocalDateTime } from '@biebkit/feed';
import { msg, type Place, type Problems } from './problems.js';
import { FEED_SCHEMA, SCHEMA_ID, resolvePointer, type SchemaNode } from './schema.js';
import { childrenOf, columnsOf, SHEETS, sheetSpec, type SheetSpec } from './table.js';
import { deletePath, getPath, setPath, type ReadItem, type TableInput } from './sheets.js';
import { loose, slugify, uniqueId } from './words.js';
import type { OsmHours } from './osm.js';

type Obj = Record<string, unknown>;

export interface ItemPlaces {
  place: Place;
  fields: Map<string, Place>;
  /** Fields the reader has already warned about in its own words (the validator's warning on them is not repeated). */
  said?: Set<string>;
}

export interface BaseFeed {
  feed: Feed;
  /** The file name, for places: `feed.json /branches/3`. */
  file: string;
}

/** Opening hours from an OSM file for one branch (matched by the reader). */
export interface OsmBranchHours {
  branch: string;
  hours: OsmHours;
  place: Place;
}

export interface Sources {
  tables?: TableInput;
  /** Activities from calendar files. */
  calendar?: ReadItem[];
  /** Hours from OSM files. */
  osm?: OsmBranchHours[];
}

export interface Built {
  feed: Feed;
  places: WeakMap<object, ItemPlaces>;
}

const LISTS: Record<string, 'branches' | 'kpis' | 'goals' | 'activities'> = {
  Vestigingen: 'branches',
  Kengetallen: 'kpis',
  Doelen: 'goals',
  Activiteiten: 'activities',
};
const NAME_FIELD: Record<string, string> = { Organisatie: 'name', Vestigingen: 'name', Kengetallen: 'label', Doelen: 'title', Activiteiten: 'title' };

const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));

function textOf(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (v && typeof v === 'object') return Object.values(v as Obj).filter((s): s is string => typeof s === 'string');
  return [];
}

interface Entry {
  value: Obj;
  base?: Obj;
  /** Where `base` is in --into. */
  basePointer?: string;
  chain: string[];
  /** The value came from a source (not kept from --into). */
  fromSource: boolean;
}

/** The current Amsterdam wall-clock time, as the feed's `generated`. */
export function generatedNow(nowMs = Date.now()): string {
  return isoLocalDateTime(nowMs);
}

export function buildFeed(sources: Sources, base: BaseFeed | undefined, problems: Problems, nowMs = Date.now(), quietWithoutOrganization = false): Built | undefined {
  const places = new WeakMap<object, ItemPlaces>();
  const tables = sources.tables?.sheets ?? new Map();
  const baseFeed = base?.feed as unknown as Obj | undefined;
  const baseFile = base?.file ?? 'feed.json';

  const registerItem = (value: unknown, item: ReadItem) => {
    if (value && typeof value === 'object') places.set(value, { place: item.place, fields: item.fields, ...(item.said ? { said: item.said } : {}) });
  };
  /** Every object of a value kept from --into gets its place in that file. */
  const registerBase = (value: unknown, pointer: string) => {
    if (!value || typeof value !== 'object') return;
    places.set(value, { place: { kind: 'feed', file: baseFile, pointer }, fields: new Map() });
    if (Array.isArray(value)) value.forEach((v, i) => registerBase(v, `${pointer}/${i}`));
    else for (const [k, v] of Object.entries(value)) if (v && typeof v === 'object') registerBase(v, `${pointer}/${k}`);
  };

  /** Fields whose column is missing come from the same item in --into. */
  const keepMissing = (item: ReadItem, baseItem: Obj | undefined, spec: SheetSpec, kept: Set<string>) => {
    if (!baseItem) return;
    for (const field of item.missing) {
      if (getPath(item.value, field) !== undefined) continue;
      const v = getPath(baseItem, field);
      if (v === undefined) continue;
      setPath(item.value, field, clone(v));
      kept.add(`${spec.name}: ${columnsOf(spec).find((c) => c.field === field)?.header ?? field}`);
    }
  };
  const keptColumns = new Set<string>();

  // ---- the organisation ----------------------------------------------------------------------------
  let organization: Obj;
  const orgSheet = tables.get('Organisatie');
  const orgEntries: Entry[] = [];
  if (orgSheet?.items[0]) {
    const item = orgSheet.items[0];
    if (item.needsId) {
      const baseOrg = baseFeed?.['organization'] as Obj | undefined;
      item.value['id'] = baseOrg ? baseOrg['id'] : slugify(textOf(item.value['name'])[0] ?? 'bibliotheek') || 'bibliotheek';
      problems.info(item.place, msg(`Id is empty: "${String(item.value['id'])}"`, `Id is leeg: "${String(item.value['id'])}"`));
    }
    keepMissing(item, baseFeed?.['organization'] as Obj | undefined, orgSheet.spec, keptColumns);
    organization = item.value;
    registerItem(organization, item);
    orgEntries.push({ value: organization, base: baseFeed?.['organization'] as Obj | undefined, basePointer: '/organization', chain: [String(organization['id'])], fromSource: true });
  } else if (baseFeed) {
    organization = clone(baseFeed['organization'] as Obj);
    registerBase(organization, '/organization');
    orgEntries.push({ value: organization, base: baseFeed['organization'] as Obj, basePointer: '/organization', chain: [String(organization['id'])], fromSource: false });
  } else if (quietWithoutOrganization && !orgSheet) {
    return undefined; // a file could not be read: that error says enough
  } else {
    problems.error(orgSheet ? { kind: 'sheet', file: orgSheet.data.file, sheet: orgSheet.data.name } : { kind: 'import' }, msg(
      orgSheet
        ? 'Organisatie has no organisation (only the example row, or rows that could not be read): fill in its row'
        : 'there is no organisation: give a workbook with the Organisatie sheet, or the feed to add to with --into',
      orgSheet
        ? 'Organisatie bevat geen organisatie (alleen de voorbeeldrij, of rijen die niet te lezen waren): vul de rij in'
        : 'er is geen organisatie: geef een werkmap met het blad Organisatie, of de feed om aan toe te voegen met --into',
    ));
    return undefined;
  }
  attachChildren('Organisatie', orgEntries, Boolean(orgSheet));
  const muniSheet = tables.get('Gemeenten');
  if (muniSheet && !((organization['municipalities'] as unknown[] | undefined)?.length)) {
    problems.error({ kind: 'sheet', file: muniSheet.data.file, sheet: muniSheet.data.name }, msg(
      'Gemeenten has no municipality: the organisation needs at least one (name and CBS code)',
      'Gemeenten bevat geen gemeente: de organisatie heeft er minstens één nodig (naam en CBS-code)',
    ));
  }
  if (muniSheet) {
    const list = (organization['municipalities'] as Obj[] | undefined) ?? [];
    organization['municipalities'] = list.filter((m) => {
      if (!String(m['id']).startsWith('name:')) return true;
      problems.error(places.get(m)?.fields.get('id') ?? { kind: 'sheet', file: muniSheet.data.file, sheet: muniSheet.data.name }, msg(
        `"${String(m['id']).slice(5)}" is not a CBS code (GM and four digits, such as GM0397)`,
        `"${String(m['id']).slice(5)}" is geen CBS-code (GM en vier cijfers, zoals GM0397)`,
      ));
      return false;
    });
  }

  // ---- the lists -----------------------------------------------------------------------------------
  const lists: Partial<Record<'branches' | 'kpis' | 'goals' | 'activities', Entry[]>> = {};
  for (const spec of SHEETS) {
    const list = LISTS[spec.name];
    if (!list) continue;
    const sheet = tables.get(spec.name);
    const baseList = baseFeed?.[list] as Obj[] | undefined;
    const extra = list === 'activities' ? sources.calendar : undefined;
    if (sheet || extra) {
      const items = [...(sheet?.items ?? []), ...(extra ?? [])];
      giveIds(spec, items, baseList, problems, baseFile);
      // Each id's first place in the feed imported into, found once rather than searched for per row.
      const baseIndex = new Map<unknown, number>();
      baseList?.forEach((x, i) => {
        if (!baseIndex.has(x['id'])) baseIndex.set(x['id'], i);
      });
      lists[list] = items.map((item) => {
        const index = baseIndex.get(item.value['id']) ?? -1;
        const b = index >= 0 ? baseList![index] : undefined;
        keepMissing(item, b, spec, keptColumns);
        registerItem(item.value, item);
        return { value: item.value, base: b, basePointer: `/${list}/${index}`, chain: [String(item.value['id'])], fromSource: true };
      });
    } else if (baseList) {
      lists[list] = baseList.map((b, i) => {
        const value = clone(b);
        registerBase(value, `/${list}/${i}`);
        return { value, base: b, basePointer: `/${list}/${i}`, chain: [String(b['id'])], fromSource: false };
      });
    }
  }
  if (keptColumns.size) {
    problems.info({ kind: 'import' }, msg(
      `columns not in the workbook, kept from ${baseFile}: ${[...keptColumns].join('; ')}`,
      `kolommen die niet in de werkmap staan, behouden uit ${baseFile}: ${[...keptColumns].join('; ')}`,
    ));
  }

  // ---- names to ids --------------------------------------------------------------------------------
  const municipalities = (organization['municipalities'] as Obj[] | undefined) ?? [];
  /**
   * A list's items by id and by name (loosely written), to resolve references and to find the parent of a child
   * sheet's rows: made once per list, so 20,000 activities with their performers or exceptions are matched in one
   * pass rather than one search per row.
   */
  const listLookups = new Map<string, Map<string, string>>();
  function listLookup(sheet: string): Map<string, string> {
    let map = listLookups.get(sheet);
    if (!map) {
      map = new Map();
      const entries = lists[LISTS[sheet]!] ?? [];
      // By name: the first item of that name; by id: always (an id wins over another item's name).
      for (const e of entries) for (const n of textOf(e.value[NAME_FIELD[sheet]!])) if (!map.has(loose(n))) map.set(loose(n), String(e.value['id']));
      for (const e of entries) map.set(loose(String(e.value['id'])), String(e.value['id']));
      listLookups.set(sheet, map);
    }
    return map;
  }
  const lookups: Record<string, Map<string, string>> = { Gemeenten: new Map(), Vestigingen: listLookup('Vestigingen'), Kengetallen: listLookup('Kengetallen') };
  for (const m of municipalities) {
    lookups['Gemeenten']!.set(loose(String(m['id'])), String(m['id']));
    for (const n of textOf(m['name'])) lookups['Gemeenten']!.set(loose(n), String(m['id']));
  }
  const resolve = (to: string, text: string, place: Place | undefined, what: { en: string; nl: string }): string | undefined => {
    const isName = text.startsWith('name:');
    const raw = isName ? text.slice(5) : text;
    const found = lookups[to]!.get(loose(raw));
    if (found) return found;
    if (to === 'Gemeenten' && !isName) return raw; // a well-formed code not in the list: the validator warns
    if (to !== 'Gemeenten' && /^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$/.test(raw)) return raw; // an id not there: the validator warns
    problems.error(place ?? { kind: 'import' }, msg(
      `no ${what.en} "${raw}" (${to === 'Gemeenten' ? 'give its CBS code, or add it to Gemeenten' : `give its id, or add it to ${to}`})`,
      `geen ${what.nl} "${raw}" (${to === 'Gemeenten' ? 'geef de CBS-code, of zet de gemeente in Gemeenten' : `geef de code, of zet hem in ${to}`})`,
    ));
    return undefined;
  };
  // Every item read from a source: those of the lists (calendars' too), and those of the sheets below them.
  for (const spec of SHEETS) {
    const list = LISTS[spec.name];
    const refColumns = columnsOf(spec).filter((c) => c.refersTo || c.info?.kind === 'municipality' || c.info?.kind === 'municipalityList');
    if (!refColumns.length || spec.name === 'Gemeenten') continue;
    const read: { value: Obj; fields?: Map<string, Place> }[] = list
      ? (lists[list] ?? []).filter((e) => e.fromSource).map((e) => ({ value: e.value, fields: places.get(e.value)?.fields }))
      : (tables.get(spec.name)?.items ?? []).map((i: ReadItem) => ({ value: i.value, fields: i.fields }));
    for (const { value, fields } of read) {
      for (const column of refColumns) {
        const to = column.refersTo ?? 'Gemeenten';
        const v = getPath(value, column.field!);
        if (v === undefined) continue;
        const place = fields?.get(column.field!);
        const ids = (Array.isArray(v) ? v : [v]).map((t) => resolve(to, String(t), place, sheetSpec(to).item));
        if (ids.some((x) => x === undefined)) deletePath(value, column.field!);
        else setPath(value, column.field!, Array.isArray(v) ? ids : ids[0]);
      }
    }
  }

  // ---- children ------------------------------------------------------------------------------------
  function attachChildren(parentName: string, parents: Entry[], parentFromSheet: boolean): void {
    for (const child of childrenOf(parentName)) {
      if (child.target.kind !== 'child') continue;
      const field = child.target.field;
      const sheet = tables.get(child.name);
      const required = ((resolvePointer(sheetSpec(parentName).schema)['required'] as string[] | undefined) ?? []).includes(field);
      if (sheet) {
        const byParent = new Map<Entry, ReadItem[]>();
        const index = new Map<string, Entry>();
        for (const p of parents) if (!index.has(chainKey(p.chain))) index.set(chainKey(p.chain), p);
        for (const item of sheet.items) {
          const parent = findParent(parents, index, item, parentName);
          if (!parent) continue;
          const rows = byParent.get(parent) ?? [];
          rows.push(item);
          byParent.set(parent, rows);
        }
        for (const p of parents) {
          const rows = byParent.get(p);
          if (!rows && !parentFromSheet) continue;
          const own = p.fromSource && Array.isArray(p.value[field]) ? (p.value[field] as Obj[]) : [];
          const values = (rows ?? []).map((item) => {
            const b = child.key ? (p.base?.[field] as Obj[] | undefined)?.find((x) => x[child.key!] === item.value[child.key!]) : undefined;
            keepMissing(item, b, child, keptColumns);
            registerItem(item.value, item);
            return item.value;
          });
          const all = [...own, ...values];
          if (all.length || required) p.value[field] = all;
          else delete p.value[field];
          // What is said about the list as a whole (none, too many) is about the child sheet.
          const fields = places.get(p.value)?.fields;
          if (fields && !fields.has(field)) fields.set(field, rows?.[0]?.place ?? { kind: 'sheet', file: sheet.data.file, sheet: sheet.data.name });
        }
      } else if (parentFromSheet) {
        for (const p of parents) {
          if (p.value[field] !== undefined) continue; // its own (hours from an OSM row)
          const kept = p.base?.[field];
          if (kept !== undefined) {
            p.value[field] = clone(kept);
            registerBase(p.value[field], `${p.basePointer ?? ''}/${field}`);
          } else if (required) p.value[field] = [];
        }
      }
      for (const p of parents) if (required && p.value[field] === undefined) p.value[field] = [];
      const childEntries: Entry[] = [];
      for (const p of parents) {
        const values = p.value[field];
        if (!Array.isArray(values)) continue;
        for (const v of values as Obj[]) {
          const baseValues = p.base?.[field] as Obj[] | undefined;
          const index = child.key && baseValues ? baseValues.findIndex((x) => x[child.key!] === v[child.key!]) : -1;
          childEntries.push({
            value: v,
            base: index >= 0 ? baseValues![index] : undefined,
            basePointer: `${p.basePointer ?? ''}/${field}/${index}`,
            chain: [...p.chain, String(v[child.key ?? ''] ?? '')],
            fromSource: p.fromSource || Boolean(sheet),
          });
        }
      }
      if (childrenOf(child.name).length) attachChildren(child.name, childEntries, Boolean(sheet));
    }
  }

  function findParent(parents: Entry[], index: Map<string, Entry>, item: ReadItem, parentName: string): Entry | undefined {
    if (!item.refs.length) return parents[0];
    // The first reference names an item of a list (by id or name); the ones after it, children by their key.
    const root = SHEETS.find((s) => s.name === rootOf(parentName))!;
    const first = item.refs[0]!;
    const rootId = listLookup(root.name).get(loose(first.text));
    const found = rootId === undefined ? undefined : index.get(chainKey([rootId, ...item.refs.slice(1).map((r) => r.text)]));
    if (found) return found;
    const last = item.refs[item.refs.length - 1]!;
    const word = sheetSpec(rootId === undefined ? root.name : parentName).item;
    const name = rootId === undefined ? first.text : last.text;
    const where = rootId === undefined ? root.name : `${parentName} (for ${first.text})`;
    problems.error(rootId === undefined ? first.place : last.place, msg(
      `no ${word.en} "${name}" in ${where}${base ? ` or ${baseFile}` : ''}; the row was not read`,
      `geen ${word.nl} "${name}" in ${where.replace('(for', '(voor')}${base ? ` of ${baseFile}` : ''}; de rij is niet gelezen`,
    ));
    return undefined;
  }

  for (const spec of SHEETS) {
    const list = LISTS[spec.name];
    if (list && lists[list]) attachChildren(spec.name, lists[list]!, Boolean(tables.get(spec.name)) || (list === 'activities' && Boolean(sources.calendar)));
  }

  // ---- opening hours from OSM files -----------------------------------------------------------------
  for (const o of sources.osm ?? []) {
    const branch = (lists['branches'] ?? []).find((e) => e.value['id'] === o.branch);
    if (!branch) continue;
    const layers = ((branch.value['hours'] as Obj[] | undefined) ??= []);
    const layer = layers.find((l) => l['kind'] === 'building') ?? layers.find((l) => l['kind'] === 'staffed');
    const target: Obj = layer ?? { id: 'open', kind: 'staffed', weekly: {} };
    target['weekly'] = o.hours.weekly;
    if (o.hours.exceptions.length) target['exceptions'] = o.hours.exceptions;
    if (o.hours.seasons?.length) target['seasons'] = o.hours.seasons;
    if (o.hours.holidays) target['holidays'] = o.hours.holidays;
    if (!layer) layers.push(target);
    places.set(target, { place: o.place, fields: new Map() });
  }

  // ---- the feed ------------------------------------------------------------------------------------
  const feed: Obj = { $schema: SCHEMA_ID, version: 1, generated: generatedNow(nowMs), organization };
  for (const list of ['branches', 'kpis', 'goals', 'activities'] as const) {
    const entries = lists[list];
    if (entries?.length) feed[list] = entries.map((e) => e.value);
  }
  return { feed: feed as unknown as Feed, places };
}

/**
 * Gives every item read without an id one: the id of the item with the same name in --into, else one made
 * from its name (and, for an activity, its date). Run before calendars are matched to branches.
 */
export function prepareIds(tables: TableInput | undefined, base: BaseFeed | undefined, problems: Problems): void {
  for (const spec of SHEETS) {
    const list = LISTS[spec.name];
    const sheet = tables?.sheets.get(spec.name);
    if (list && sheet) giveIds(spec, sheet.items, (base?.feed as unknown as Obj | undefined)?.[list] as Obj[] | undefined, problems, base?.file ?? 'feed.json');
  }
}

function giveIds(spec: SheetSpec, items: ReadItem[], baseList: Obj[] | undefined, problems: Problems, baseFile: string): void {
  const taken = new Set(items.map((i) => i.value['id']).filter((id): id is string => typeof id === 'string'));
  const nameField = NAME_FIELD[spec.name]!;
  for (const item of items) {
    if (!item.needsId) continue;
    const names = textOf(item.value[nameField]).map(loose);
    const same = baseList?.find((b) => !taken.has(String(b['id'])) && textOf(b[nameField]).some((n) => names.includes(loose(n))) && (spec.name !== 'Activiteiten' || b['start'] === item.value['start']));
    let id: string;
    if (same) id = String(same['id']);
    else {
      const name = textOf(item.value[nameField])[0] ?? spec.name;
      const stem = slugify(name) || slugify(spec.name);
      id = uniqueId(spec.name === 'Activiteiten' ? `${stem}-${String(item.value['start'] ?? '').slice(0, 10)}` : stem, taken);
    }
    taken.add(id);
    item.value['id'] = id;
    item.needsId = false;
    problems.info(item.fields.get('id') ?? item.place, same
      ? msg(`Id is empty: kept "${id}" from ${baseFile} (the same name)`, `Id is leeg: "${id}" behouden uit ${baseFile} (dezelfde naam)`)
      : msg(`Id is empty: made "${id}" (write it in the sheet to keep it)`, `Id is leeg: "${id}" gemaakt (zet hem in het blad om hem te houden)`));
  }
}

/** The key of a chain of ids (a branch, then a layer): the first exact, the others compared loosely. */
function chainKey(chain: string[]): string {
  return [chain[0], ...chain.slice(1).map(loose)].join('\u0000');
}

function rootOf(name: string): string {
  let spec = sheetSpec(name);
  while (spec.target.kind === 'child') spec = sheetSpec(spec.target.parent);
  return spec.name;
}

/** A copy of a value with the keys of every object in the schema's order (what a person reading the file expects). */
export function orderedCopy(value: unknown, node: SchemaNode = FEED_SCHEMA): unknown {
  if (!value || typeof value !== 'object') return value;
  let schema = node;
  for (let guard = 0; guard < 10 && typeof schema['$ref'] === 'string'; guard++) schema = resolvePointer(schema['$ref'] as string);
  if (Array.isArray(value)) {
    const items = (schema['items'] as SchemaNode | undefined) ?? {};
    return value.map((v) => orderedCopy(v, items));
  }
  const props = (schema['properties'] ?? (schema['anyOf'] as SchemaNode[] | undefined)?.map((n) => (typeof n['$ref'] === 'string' ? resolvePointer(n['$ref'] as string) : n)).find((n) => n['properties'])?.['properties'] ?? {}) as Record<string, SchemaNode>;
  const obj = value as Obj;
  const out: Obj = {};
  for (const k of Object.keys(props)) if (k in obj) out[k] = orderedCopy(obj[k], props[k]!);
  for (const k of Object.keys(obj)) if (!(k in props)) out[k] = obj[k];
  return out;
}

/** The text of a feed file: keys in the schema's order, two-space indent, a newline at the end. */
export function feedJson(feed: Feed): string {
  return `${JSON.stringify(orderedCopy(feed), null, 2)}\n`;
}

/** Names each problem of the validator by the place its value came from. */
export function placeProblems(feed: Feed, places: WeakMap<object, ItemPlaces>, feedProblems: FeedProblem[], problems: Problems): void {
  const named = new Set(problems.list.filter((p) => p.severity === 'error').map((p) => JSON.stringify(p.place)));
  for (const fp of feedProblems) {
    const { place, said } = placeAndSaid(feed, places, fp.path);
    if (fp.severity === 'error' && named.has(JSON.stringify(place))) continue;
    if (fp.severity === 'warning' && said) continue; // the reader said it already, better for its source
    const text = fp.message;
    problems.add(fp.severity, place, msg(text, `controle: ${text}`));
  }
}

function placeAndSaid(feed: Feed, places: WeakMap<object, ItemPlaces>, pointer: string): { place: Place; said: boolean } {
  const parts = pointer.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  let node: unknown = feed;
  let best: { entry: ItemPlaces; rest: string[] } | undefined;
  for (let i = 0; i <= parts.length; i++) {
    if (node && typeof node === 'object') {
      const entry = places.get(node);
      if (entry) best = { entry, rest: parts.slice(i) };
    }
    if (i === parts.length || node === null || typeof node !== 'object') break;
    node = (node as Obj)[parts[i]!];
  }
  if (!best) return { place: { kind: 'import' }, said: false };
  const { entry, rest } = best;
  if (entry.place.kind === 'feed') return { place: { kind: 'feed', file: entry.place.file, pointer: entry.place.pointer + (rest.length ? `/${rest.join('/')}` : '') }, said: false };
  const path = rest.filter((p) => !/^\d+$/.test(p));
  const said = entry.said?.has(path.join('.')) ?? false;
  for (let n = path.length; n > 0; n--) {
    const place = entry.fields.get(path.slice(0, n).join('.'));
    if (place) return { place, said };
  }
  return { place: entry.place, said };
}
