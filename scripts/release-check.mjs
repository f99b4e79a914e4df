#!/usr/bin/env node
// `npm run release:check`: is what is in the working tree ready to publish? (docs/releasing.md)
//  1. every package to publish (packages/* without "private") has a README.md, the LICENSE and a CHANGELOG.md
//     with an "Unreleased" section or one for its version, and pins its Biebkit dependencies to their
//     current versions;
//  2. then, through scripts/test.mjs: the build, the size budgets, the docs and element-type checks, and the
//     pack-and-consume test (both tarballs in throwaway apps, in Chromium).
// Ends with `N passed, N failed` (test.mjs's line); exits 1 on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const packages = readdirSync(join(root, 'packages'))
  .map((dir) => ({ dir: join(root, 'packages', dir), json: join(root, 'packages', dir, 'package.json') }))
  .filter((p) => existsSync(p.json))
  .map((p) => ({ ...p, pkg: JSON.parse(readFileSync(p.json, 'utf8')) }));
const versions = Object.fromEntries(packages.map((p) => [p.pkg.name, p.pkg.version]));

const problems = [];
for (const { dir, pkg } of packages.filter((p) => !p.pkg.private)) {
  for (const file of ['README.md', 'LICENSE', 'CHANGELOG.md']) {
    if (!existsSync(join(dir, file))) problems.push(`${pkg.name}: no ${file}`);
  }
  const changelog = existsSync(join(dir, 'CHANGELOG.md')) ? readFileSync(join(dir, 'CHANGELOG.md'), 'utf8') : '';
  if (changelog && !new RegExp(`^## \\[(Unreleased|${pkg.version.replace(/\./g, '\\.')})\\]`, 'm').test(changelog)) {
    problems.push(`${pkg.name}: CHANGELOG.md has neither "## [Unreleased]" nor "## [${pkg.version}]"`);
  }
  if (pkg.license !== 'EUPL-1.2') problems.push(`${pkg.name}: license is ${pkg.license}, not EUPL-1.2`);
  for (const [dep, range] of Object.entries({ ...pkg.dependencies, ...pkg.peerDependencies })) {
    if (versions[dep] && range !== versions[dep]) problems.push(`${pkg.name}: depends on ${dep}@${range}, but ${dep} is ${versions[dep]}`);
  }
}
console.log(`Packages to publish: ${packages.filter((p) => !p.pkg.private).map((p) => `${p.pkg.name}@${p.pkg.version}`).join(', ')}`);
for (const p of problems) console.error(`  not ready: ${p}`);

const steps = spawnSync(process.execPath, [join(root, 'scripts/test.mjs'), 'build', 'budgets', 'docs', 'element-types', 'consumer'], { stdio: 'inherit' });
if (problems.length) console.log(`release check: ${problems.length} package problem(s) above`);
process.exit(problems.length || steps.status ? 1 : 0);
