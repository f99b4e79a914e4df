import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
// @ts-expect-error: a plain .mjs build script without types
import { generate } from '../../../scripts/schema-codegen.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));

test('the committed TypeScript types and validators are exactly what the published schema generates', async () => {
  const out = (await generate(root)) as Record<string, string>;
  assert.deepEqual(Object.keys(out).sort(), ['packages/feed/src/generated/feed-types.ts', 'packages/feed/src/generated/validators.ts']);
  for (const [path, text] of Object.entries(out)) {
    assert.equal(readFileSync(root + path, 'utf8'), text, `${path} is stale: run npm run gen`);
  }
});

test('the schema is draft 2020-12 and names every top-level section', () => {
  const schema = JSON.parse(readFileSync(root + 'packages/feed/schema/feed-v1.schema.json', 'utf8'));
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.deepEqual(Object.keys(schema.properties).sort(), ['$schema', 'activities', 'branches', 'generated', 'goals', 'kpis', 'organization', 'version']);
});
