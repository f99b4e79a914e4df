#!/usr/bin/env node
// Writes the workbook reference (every sheet and column, from packages/import/src/table.ts) into docs/feed.md
// between its markers. Run by `npm run docs` (with tsx); packages/import/test/docs.test.ts checks it is current.
import { readFileSync, writeFileSync } from 'node:fs';
import { withReference } from '../packages/import/src/reference.ts';

const path = new URL('../docs/feed.md', import.meta.url);
const before = readFileSync(path, 'utf8');
const after = withReference(before);
if (after !== before) writeFileSync(path, after);
console.log(after === before ? 'docs/feed.md: the workbook reference is current' : 'docs/feed.md: workbook reference written');
