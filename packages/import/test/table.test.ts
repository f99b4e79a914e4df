/**
 * The one table of sheets and columns against the feed schema: every field of the schema has a column (or a
 * reason why not), every column names a real field, every enum value has a Dutch label (and no label is
 * left over), headers are unique, and every example in the template reads back through its column.
 * When the schema gains a field, this is the test that says which entry to add.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { columnsOf, LABELS, NOT_IN_WORKBOOK, SHEETS, labelsOf } from '../src/table.js';
import { leafPaths, resolvePointer } from '../src/schema.js';
import { codecOf } from '../src/cells.js';
import { loose } from '../src/words.js';

const DEF_OF: Record<string, string> = Object.fromEntries(SHEETS.map((s) => [s.schema, s.schema.replace(/^#\/\$defs\//, '')]));

test('every leaf field of every sheet item in the schema has a column, or is listed in NOT_IN_WORKBOOK with a reason', () => {
  const missing: string[] = [];
  for (const sheet of SHEETS) {
    const columns = columnsOf(sheet);
    // Fields held by a child sheet (hours, exceptions, series, milestones, municipalities) are not columns.
    const childFields = SHEETS.filter((s) => s.target.kind === 'child' && s.target.parent === sheet.name).map((s) => (s.target as { field: string }).field);
    for (const path of leafPaths(sheet.schema)) {
      if (childFields.includes(path)) continue;
      const name = `${DEF_OF[sheet.schema]!.split('/')[0]}.${path}`;
      if (NOT_IN_WORKBOOK[name] || NOT_IN_WORKBOOK[`${DEF_OF[sheet.schema]}.${path.split('.')[0]}`]) continue;
      const covered = columns.some((c) => c.field === path || c.field?.replace('.{day}', '') === path.split('.')[0] || c.field === path.replace(/\.(mo|tu|we|th|fr|sa|su)$/, '.{day}'));
      if (!covered) missing.push(`${sheet.name}: ${name}`);
    }
  }
  assert.deepEqual(missing, [], `add a column entry in table.ts for: ${missing.join('; ')}`);
});

test('NOT_IN_WORKBOOK names real fields, and only fields that have no column', () => {
  for (const [name, why] of Object.entries(NOT_IN_WORKBOOK)) {
    const [def, ...rest] = name.split('.');
    const props = resolvePointer(`#/$defs/${def}`)['properties'] as Record<string, unknown>;
    assert.ok(props[rest[0]!], `${name} is not in the schema`);
    assert.ok(why.length > 3);
  }
});

test('every column names a field the schema has (the table cannot drift from the schema)', () => {
  for (const sheet of SHEETS) {
    for (const c of columnsOf(sheet)) {
      if (!c.field) assert.ok(c.role, `${sheet.name}.${c.header} has neither a field nor a role`);
      else assert.ok(c.info, `${sheet.name}.${c.header}`);
      assert.ok(c.explain.length > 5 && c.explainEn.length > 5, `${sheet.name}.${c.header} explains itself in Dutch and English`);
    }
  }
});

test('every enum value the workbook can hold has a Dutch label, and every label set belongs to an enum', () => {
  const used = new Set<string>();
  for (const sheet of SHEETS) {
    for (const c of columnsOf(sheet)) {
      if (!c.info?.enumValues) continue;
      const name = c.labels ?? c.info.def;
      assert.ok(name && LABELS[name], `${sheet.name}.${c.header}: no LABELS entry (labels: '${name}')`);
      used.add(name!);
      assert.deepEqual(Object.keys(LABELS[name!]!).sort(), [...c.info.enumValues].sort(), `${sheet.name}.${c.header}: labels and schema enum differ`);
      assert.ok(labelsOf(c));
    }
  }
  assert.deepEqual(Object.keys(LABELS).filter((k) => !used.has(k)), [], 'label sets no column uses');
});

test('a word means one value within an enum (labels and aliases do not collide)', () => {
  for (const [name, set] of Object.entries(LABELS)) {
    const seen = new Map<string, string>();
    for (const [value, words] of Object.entries(set)) {
      for (const w of [value, ...words]) {
        const key = loose(w);
        assert.ok(!seen.has(key) || seen.get(key) === value, `${name}: "${w}" means both ${seen.get(key)} and ${value}`);
        seen.set(key, value);
      }
    }
  }
});

test('headers and aliases are unique within a sheet, sheet names and aliases unique across sheets', () => {
  for (const sheet of SHEETS) {
    const seen = new Map<string, string>();
    for (const c of columnsOf(sheet)) {
      for (const h of [c.header, ...(c.aliases ?? [])]) {
        const key = loose(h);
        if (seen.has(key) && seen.get(key) !== c.header) {
          // An alias may repeat another column's header only if that column comes first and wins.
          assert.ok(h !== c.header, `${sheet.name}: header "${h}" twice`);
        }
        if (!seen.has(key)) seen.set(key, c.header);
      }
    }
  }
  const names = SHEETS.flatMap((s) => [s.name, ...s.aliases].map(loose));
  assert.equal(new Set(names).size, names.length);
});

test('every example value in the template reads back through its own column', () => {
  for (const sheet of SHEETS) {
    for (const c of columnsOf(sheet)) {
      if (c.example === undefined || c.role || !c.field || c.field.includes('{day}') || c.lang) continue;
      const cell = typeof c.example === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(c.example) && c.info?.kind === 'date' ? { v: c.example } : { v: c.example };
      const r = codecOf(c).read(cell, {});
      assert.ok(r.ok, `${sheet.name}.${c.header}: example ${JSON.stringify(c.example)}: ${r.ok ? '' : r.error.en}`);
    }
  }
});

test('required columns are the schema\'s required fields (Naam, Soort, Gemeente of a branch)', () => {
  const vest = columnsOf(SHEETS.find((s) => s.name === 'Vestigingen')!);
  assert.deepEqual(vest.filter((c) => c.mustHave).map((c) => c.header), ['Id', 'Naam', 'Soort', 'Gemeente']);
  const hours = columnsOf(SHEETS.find((s) => s.name === 'Openingstijden')!);
  assert.deepEqual(hours.filter((c) => c.mustHave).map((c) => c.header), ['Vestiging', 'Laag', 'Soort laag']);
  const act = columnsOf(SHEETS.find((s) => s.name === 'Activiteiten')!);
  assert.deepEqual(act.filter((c) => c.mustHave).map((c) => c.header), ['Id', 'Titel', 'Datum']);
  // A text gets its English column next to it.
  assert.deepEqual(act.slice(1, 3).map((c) => c.header), ['Titel', 'Titel (Engels)']);
});
