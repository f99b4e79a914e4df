#!/usr/bin/env node
// Checks that every file a package.json promises is there: main, types, bin, customElements, web-types, the
// plain entries of `files`, and every target of `exports` under every condition (a pattern target must match
// at least one file). Run on a package folder before `npm pack` (prepack: never publish an unbuilt package)
// and by the consumer test on the copy npm installed from the tarball (a file left out of `files` shows there).
//   node scripts/check-package.mjs <package-dir>   exits 1 and names each missing file
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Every relative path the package.json names, with where it was named. */
function promisedPaths(pkg) {
  const out = [];
  const add = (where, path) => typeof path === 'string' && out.push({ where, path });
  add('README', 'README.md');
  add('LICENSE', 'LICENSE');
  add('main', pkg.main);
  add('types', pkg.types);
  add('customElements', pkg.customElements);
  add('web-types', pkg['web-types']);
  for (const [name, path] of Object.entries(typeof pkg.bin === 'string' ? { bin: pkg.bin } : (pkg.bin ?? {}))) add(`bin ${name}`, path);
  for (const entry of pkg.files ?? []) if (!entry.startsWith('!') && !/[*?{]/.test(entry)) add('files', entry);
  const walk = (subpath, target, conditions) => {
    if (typeof target === 'string') add(`exports["${subpath}"]${conditions.map((c) => `.${c}`).join('')}`, target);
    else if (Array.isArray(target)) target.forEach((t) => walk(subpath, t, conditions));
    else if (target) for (const [k, v] of Object.entries(target)) walk(subpath, v, [...conditions, k]);
  };
  const exp = pkg.exports;
  if (typeof exp === 'string' || Array.isArray(exp)) walk('.', exp, []);
  else if (exp && Object.keys(exp).every((k) => k.startsWith('.'))) for (const [subpath, target] of Object.entries(exp)) walk(subpath, target, []);
  else walk('.', exp, []);
  return out;
}

/** Does `path` (relative to dir; may hold one `*`) name at least one existing file? */
function exists(dir, path) {
  if (!path.includes('*')) return existsSync(join(dir, path));
  const [before, after] = path.split('*');
  const folder = before.slice(0, before.lastIndexOf('/') + 1);
  const prefix = before.slice(folder.length);
  if (!existsSync(join(dir, folder))) return false;
  return readdirSync(join(dir, folder), { recursive: true }).some((f) => `${f}`.startsWith(prefix) && `${f}`.endsWith(after));
}

/** The promised paths of the package in `dir` that are missing. */
export function missingFiles(dir) {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  return promisedPaths(pkg).filter(({ path }) => !exists(dir, path));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = resolve(process.argv[2] ?? '.');
  const missing = missingFiles(dir);
  const name = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name;
  for (const m of missing) console.error(`${name}: ${m.where} names ${m.path}, which is missing`);
  if (missing.length) {
    console.error(`${name}: ${missing.length} promised file(s) missing: run \`npm run build\` in the repository root first.`);
    process.exit(1);
  }
  console.log(`${name}: every file package.json names is there`);
}
