#!/usr/bin/env node
// Publishes every sample feed in demo/feeds/ with `biebkit publish` (the built command line) into
// demo/site/<name>/: the published sites the embed builder offers (static HTML, iframe) and the browser tests
// of publishing check. Relative addresses (no --base-url), so the sites work on any port. Needs `npm run build`.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
let failed = 0;
for (const file of readdirSync(`${root}demo/feeds`).filter((f) => f.endsWith('.json')).sort()) {
  const name = file.replace(/\.json$/, '');
  const result = spawnSync(process.execPath, [`${root}packages/feed/bin/biebkit.js`, 'publish', `demo/feeds/${file}`, '--out', `demo/site/${name}`], {
    cwd: root,
    encoding: 'utf8',
  });
  process.stdout.write(result.stdout);
  // The warning about relative addresses is expected here; anything else is shown.
  process.stderr.write(result.stderr.split('\n').filter((l) => l && !l.startsWith('warning: no --base-url')).map((l) => `${l}\n`).join(''));
  if (result.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
