#!/usr/bin/env node
// Size budgets, checked by `npm test`: every figure from scripts/sizes.mjs against budgets.json (bytes,
// gzipped). Prints a table; exits 1 when anything is over its budget or has no budget.
import { readFileSync } from 'node:fs';
import { cdnSources, initialSources, measureSizes } from './sizes.mjs';

const budgets = JSON.parse(readFileSync(new URL('../budgets.json', import.meta.url), 'utf8'));
const rows = await measureSizes();
let over = 0;
const kb = (b) => (b / 1024).toFixed(1).padStart(6);
console.log(`${'what'.padEnd(66)} ${'gzip KB'.padStart(7)} ${'budget'.padStart(7)}  status`);
for (const row of rows) {
  const budget = budgets[row.key];
  const status = budget === undefined ? 'NO BUDGET' : row.bytes <= budget ? 'ok' : 'OVER';
  if (status !== 'ok') over++;
  console.log(`${row.name.padEnd(66)} ${kb(row.bytes)}  ${budget === undefined ? '     -' : kb(budget)}  ${status}`);
}
for (const key of Object.keys(budgets)) {
  if (!key.startsWith('_') && !rows.some((r) => r.key === key)) console.log(`(budget ${key} has nothing to measure: the part is gone?)`);
}
// Product rule: the heavy parts are never in the initial load.
for (const [name, re] of [['chart.js', /node_modules\/chart\.js\//], ['Leaflet', /node_modules\/leaflet\//], ['the validator', /generated\/validators/]]) {
  const found = initialSources().filter((src) => re.test(src));
  console.log(`${`${name} not in the initial load`.padEnd(66)} ${found.length ? 'FAILED: ' + found[0] : 'ok'}`);
  if (found.length) over++;
}
// The parsers of the way in (SheetJS, ical.js, opening_hours) and the importer are in no file of the CDN build.
const everywhere = cdnSources();
for (const [name, re] of [['SheetJS (@e965/xlsx)', /node_modules\/@e965\/xlsx\//], ['ical.js', /node_modules\/ical\.js\//], ['opening_hours', /node_modules\/opening_hours\//], ['@biebkit/import', /packages\/import\//]]) {
  const found = everywhere.filter((src) => re.test(src));
  console.log(`${`${name} in no file of the CDN build`.padEnd(66)} ${found.length ? 'FAILED: ' + found[0] : 'ok'}`);
  if (found.length) over++;
}
if (process.argv.includes('--json')) console.log(JSON.stringify(Object.fromEntries(rows.map((r) => [r.key, r.bytes])), null, 2));
process.exit(over ? 1 : 0);
