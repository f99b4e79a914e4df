/**
 * `npm run samples [-- --today YYYY-MM-DD]`: writes the four sample feeds in demo/feeds/ from the templates
 * in scripts/samples/templates/, current for today (or the day given), and checks each with the validator.
 * The same day gives the same files. See scripts/samples/generate.ts for what moves and how.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compactJson, generateSample, todayFrom } from './samples/generate.js';
import { parseFeed } from '../packages/feed/src/validate.js';
import { fromWall, isoDate } from '../packages/feed/src/time/amsterdam.js';
import type { Feed } from '../packages/feed/src/generated/feed-types.js';

export const SAMPLES = ['kopgroep', 'mijn-streek', 'zuid-kennemerland', 'bind'] as const;
const root = fileURLToPath(new URL('..', import.meta.url));

const today = todayFrom(process.argv.slice(2));
let problems = 0;
for (const name of SAMPLES) {
  const template = JSON.parse(readFileSync(`${root}scripts/samples/templates/${name}.json`, 'utf8')) as Feed;
  const feed = generateSample(template, name, today);
  const text = compactJson(feed) + '\n';
  const r = parseFeed(text, { now: fromWall(today.year, today.month, today.day, 7) });
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  for (const p of r.model.problems) console.error(`${name}: ${p.severity} ${p.path}  ${p.message}`);
  problems += r.model.problems.length;
  writeFileSync(`${root}demo/feeds/${name}.json`, text);
  console.log(`wrote demo/feeds/${name}.json for ${isoDate(today)}: ${feed.activities?.length ?? 0} activities, ${r.model.problems.length} problems`);
}
if (problems) process.exitCode = 1;
