// After `npm run build-storybook`: every element has its stories and autodocs page in the built Storybook,
// and every story file made it into the index. Exits 1 naming what is missing.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const index = JSON.parse(readFileSync(`${root}storybook-static/index.json`, 'utf8'));
const entries = Object.values(index.entries);
const missing = [];
const tags = readdirSync(`${root}packages/elements/src`).filter((d) => d !== 'shared' && existsSync(`${root}packages/elements/src/${d}/define.ts`));
for (const tag of tags) {
  const file = `./packages/elements/src/${tag}/${tag}.stories.ts`;
  if (!existsSync(`${root}${file.slice(2)}`)) {
    missing.push(`${tag}: no ${tag}.stories.ts`);
    continue;
  }
  const stories = entries.filter((e) => e.importPath === file && e.type === 'story');
  const docs = entries.filter((e) => e.importPath === file && e.type === 'docs');
  if (stories.length < 2) missing.push(`${tag}: ${stories.length} stories in the build`);
  if (!docs.length) missing.push(`${tag}: no autodocs page in the build`);
  console.log(`<${tag}>: ${stories.length} stories, ${docs.length ? 'autodocs' : 'NO autodocs'}`);
}
console.log(`${entries.length} entries in storybook-static/index.json`);
if (missing.length) {
  console.error(`Storybook is missing:\n- ${missing.join('\n- ')}`);
  process.exit(1);
}
