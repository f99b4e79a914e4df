// @biebkit/feed in Node, from the tarball: the validator, the schema and the hours engine, as its README shows.
import { readFile } from 'node:fs/promises';
import { BranchHours, describeStatus } from '@biebkit/feed';
import { parseFeed } from '@biebkit/feed/validate';
import schema from '@biebkit/feed/schema.json' with { type: 'json' };

const result = parseFeed(await readFile(new URL('./public/feed.json', import.meta.url), 'utf8'));
if (!result.ok) throw new Error(result.error.message);
const branch = result.model.feed.branches.find((b) => b.id === 'plein-1');
const now = Date.parse('2026-11-23T11:00:00+01:00');
const text = describeStatus(new BranchHours(branch, result.model.feed.organization).status(now), now, 'nl');
if (!schema.$id || !/open/i.test(text)) throw new Error(`unexpected: ${schema.$id} ${text}`);
console.log(`node: ${branch.name}: ${text}; schema ${schema.$id}`);
