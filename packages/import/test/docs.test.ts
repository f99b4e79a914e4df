/** docs/feed.md describes the workbook from the same table the importer reads (run `npm run docs` to renew it). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { withReference, workbookReference } from '../src/reference.js';
import { columnsOf, SHEETS } from '../src/table.js';

const guide = readFileSync(new URL('../../../docs/feed.md', import.meta.url), 'utf8');

test('the workbook reference in docs/feed.md is the table as it is (npm run docs)', () => {
  assert.equal(withReference(guide), guide);
});

test('the reference names every sheet and every Dutch column of the table', () => {
  const reference = workbookReference();
  for (const sheet of SHEETS) {
    assert.ok(reference.includes(`#### ${sheet.name}\n`), sheet.name);
    for (const c of columnsOf(sheet)) if (c.lang !== 'en') assert.ok(reference.includes(`| ${c.header} |`), `${sheet.name}.${c.header}`);
  }
});
