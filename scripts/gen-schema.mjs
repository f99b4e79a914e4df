// Generates, from the published JSON Schema (packages/feed/schema/feed-v1.schema.json):
//  - packages/feed/src/generated/feed-types.ts: the TypeScript types of the feed (json-schema-to-typescript)
//  - packages/feed/src/generated/validators.js: precompiled Ajv validators (no eval at run time, so strict CSP works)
// `node scripts/gen-schema.mjs --check` exits 1 when the committed files differ from what the schema gives.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generate } from './schema-codegen.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = await generate(root);
const check = process.argv.includes('--check');
let stale = 0;
for (const [path, text] of Object.entries(out)) {
  const file = root + path;
  let old = '';
  try { old = readFileSync(file, 'utf8'); } catch { /* new file */ }
  if (old === text) continue;
  if (check) { console.error(`stale: ${path} (run npm run gen)`); stale++; }
  else { writeFileSync(file, text); console.log(`wrote ${path}`); }
}
if (stale) process.exit(1);
