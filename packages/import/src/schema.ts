/**
 * Reading the feed's JSON Schema for the workbook: what kind of value a field holds, whether it is required,
 * and which values an enum allows. The table of sheets and columns (table.ts) names only the field path;
 * everything else comes from the schema, so a field the schema gains needs one column entry, not code.
 */
import schemaJson from '@biebkit/feed/schema.json' with { type: 'json' };

export type SchemaNode = Record<string, unknown>;

/** The feed schema (version 1) as shipped in @biebkit/feed. */
export const FEED_SCHEMA = schemaJson as unknown as SchemaNode;

/** The canonical schema URL written into every feed the importer makes. */
export const SCHEMA_ID = String(FEED_SCHEMA['$id']);

/** What kind of cell a field needs, read from the schema. */
export type FieldKind =
  | 'text'
  | 'id'
  | 'url'
  | 'date'
  | 'dateTime'
  | 'dateOrDateTime'
  | 'intervals'
  | 'municipality'
  | 'period'
  | 'string'
  | 'number'
  | 'integer'
  | 'boolean'
  | 'enum'
  | 'enumList'
  /** `true` (all) or a list of enum values: a season's school holidays. */
  | 'enumListOrAll'
  /** One fixed value (`"from": "activities"`): a yes in the cell writes it. */
  | 'const'
  | 'idList'
  | 'municipalityList'
  | 'dateOrDateTimeList'
  | 'stringList'
  | 'object'
  | 'array';

export interface FieldInfo {
  kind: FieldKind;
  /** The field's schema node, references resolved. */
  node: SchemaNode;
  /** The `$defs` name the field refers to (text, date, theme, …), or its items refer to (audience). */
  def?: string;
  /** The allowed values of an enum (or of the items of an enum list). */
  enumValues?: string[];
  /** The value of a `const` field. */
  constValue?: string;
  /** Required in its own parent object (the last step of the path). */
  required: boolean;
  /** Required at every step of the path from the item: a value must be there whenever the item is. */
  requiredFromItem: boolean;
  /** The required field names of each object on the way (for "an address needs street, postal code and city"). */
  steps: { key: string; parentRequired: string[] }[];
  minimum?: number;
  maximum?: number;
}

/** Resolves a local `$ref` ("#/$defs/text", "#/$defs/organization/properties/municipalities/items"). */
export function resolvePointer(pointer: string): SchemaNode {
  if (!pointer.startsWith('#')) throw new Error(`only local schema references are supported: ${pointer}`);
  let node: unknown = FEED_SCHEMA;
  for (const part of pointer.slice(1).split('/').filter(Boolean)) {
    node = (node as Record<string, unknown> | undefined)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    if (node === undefined) throw new Error(`no schema node at ${pointer}`);
  }
  return node as SchemaNode;
}

function follow(node: SchemaNode): { node: SchemaNode; def?: string } {
  let def: string | undefined;
  let current = node;
  for (let guard = 0; guard < 10 && typeof current['$ref'] === 'string'; guard++) {
    const ref = current['$ref'] as string;
    const m = /^#\/\$defs\/([^/]+)$/.exec(ref);
    if (m && def === undefined) def = m[1];
    current = resolvePointer(ref);
  }
  return { node: current, def };
}

function kindOf(node: SchemaNode, def: string | undefined): { kind: FieldKind; enumValues?: string[]; itemDef?: string; constValue?: string } {
  switch (def) {
    case 'text':
      return { kind: 'text' };
    case 'id':
      return { kind: 'id' };
    case 'url':
      return { kind: 'url' };
    case 'date':
      return { kind: 'date' };
    case 'dateTime':
      return { kind: 'dateTime' };
    case 'intervals':
      return { kind: 'intervals' };
    case 'municipalityCode':
      return { kind: 'municipality' };
    case 'period':
      return { kind: 'period' };
  }
  if (Array.isArray(node['enum'])) return { kind: 'enum', enumValues: node['enum'] as string[] };
  if (typeof node['const'] === 'string') return { kind: 'const', constValue: node['const'] };
  if (Array.isArray(node['anyOf'])) {
    const options = node['anyOf'] as SchemaNode[];
    const defs = options.map((n) => follow(n).def).sort().join(',');
    if (defs === 'date,dateTime') return { kind: 'dateOrDateTime' };
    // `true` or a list of enum values ("schoolHolidays": true | ["christmas"]).
    const list = options.find((n) => n['type'] === 'array');
    if (list && options.length === 2 && options.some((n) => n['const'] === true)) {
      const inner = kindOf(list, undefined);
      if (inner.kind === 'enumList') return { kind: 'enumListOrAll', enumValues: inner.enumValues, itemDef: inner.itemDef };
    }
  }
  switch (node['type']) {
    case 'boolean':
      return { kind: 'boolean' };
    case 'number':
      return { kind: 'number' };
    case 'integer':
      return { kind: 'integer' };
    case 'string':
      return { kind: 'string' };
    case 'object':
      return { kind: 'object' };
    case 'array': {
      const items = follow((node['items'] ?? {}) as SchemaNode);
      const inner = kindOf(items.node, items.def);
      if (inner.kind === 'enum') return { kind: 'enumList', enumValues: inner.enumValues, itemDef: items.def };
      if (inner.kind === 'id') return { kind: 'idList' };
      if (inner.kind === 'municipality') return { kind: 'municipalityList' };
      if (inner.kind === 'dateOrDateTime') return { kind: 'dateOrDateTimeList' };
      if (inner.kind === 'string') return { kind: 'stringList' };
      return { kind: 'array' };
    }
  }
  return { kind: 'string' };
}

/**
 * What the schema says about a field of an item: `itemPointer` is the item's schema ("#/$defs/branch"),
 * `path` the dotted field path inside it ("address.postalCode"). Throws for a path the schema does not have,
 * so a typo in the table fails its test instead of writing a field the validator then removes.
 */
const infoCache = new Map<string, FieldInfo>();

export function fieldInfo(itemPointer: string, path: string): FieldInfo {
  const key = `${itemPointer}|${path}`;
  let info = infoCache.get(key);
  if (!info) {
    info = computeFieldInfo(itemPointer, path);
    infoCache.set(key, info);
  }
  return info;
}

function computeFieldInfo(itemPointer: string, path: string): FieldInfo {
  let { node } = follow(resolvePointer(itemPointer));
  let def: string | undefined;
  const steps: FieldInfo['steps'] = [];
  let required = false;
  let requiredFromItem = true;
  for (const key of path.split('.')) {
    const props = node['properties'] as Record<string, SchemaNode> | undefined;
    const child = props?.[key];
    if (!child) throw new Error(`the feed schema has no field "${path}" in ${itemPointer}`);
    const parentRequired = (node['required'] as string[] | undefined) ?? [];
    required = parentRequired.includes(key);
    requiredFromItem &&= required;
    steps.push({ key, parentRequired });
    ({ node, def } = follow(child));
  }
  const { kind, enumValues, itemDef, constValue } = kindOf(node, def);
  const info: FieldInfo = { kind, node, def: def ?? itemDef, required, requiredFromItem, steps };
  if (enumValues) info.enumValues = enumValues;
  if (constValue !== undefined) info.constValue = constValue;
  if (typeof node['minimum'] === 'number') info.minimum = node['minimum'];
  if (typeof node['maximum'] === 'number') info.maximum = node['maximum'];
  return info;
}

/** Every leaf field path of an item's schema (objects walked into, arrays and texts are leaves). */
export function leafPaths(itemPointer: string, prefix = '', depth = 0): string[] {
  const { node } = follow(resolvePointer(itemPointer));
  return leafPathsOf(node, prefix, depth);
}

function leafPathsOf(node: SchemaNode, prefix: string, depth: number): string[] {
  const props = (node['properties'] ?? {}) as Record<string, SchemaNode>;
  const out: string[] = [];
  for (const [key, child] of Object.entries(props)) {
    const path = prefix ? `${prefix}.${key}` : key;
    const { node: resolved, def } = follow(child);
    if (def !== 'text' && resolved['type'] === 'object' && resolved['properties'] && depth < 6) out.push(...leafPathsOf(resolved, path, depth + 1));
    else out.push(path);
  }
  return out;
}
