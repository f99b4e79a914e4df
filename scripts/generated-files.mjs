// Writes generated files, or with `check` compares them: the one loop behind every "generated from X,
// checked for staleness by npm test" script (element types, package data). Returns how many were out of date.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';

/**
 * @param {Map<string, string>} files absolute path -> wanted text
 * @param {{ root: string, check: boolean }} options
 */
export function writeGenerated(files, { root, check }) {
  let outdated = 0;
  for (const [file, text] of files) {
    const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    if (current === text) continue;
    outdated++;
    if (check) console.error(`out of date: ${relative(root, file)}`);
    else {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
  }
  return outdated;
}

/** The manifest `npm run analyze` writes (source paths), or exit with how to make it. */
export function readManifest(root) {
  const path = `${root}custom-elements.json`;
  if (!existsSync(path)) {
    console.error('custom-elements.json is missing: run `npm run analyze` first.');
    process.exit(1);
  }
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Every custom element in the manifest: `{ decl, path }`, sorted by tag name. */
export function manifestElements(manifest) {
  const out = [];
  for (const mod of manifest.modules ?? []) {
    for (const decl of mod.declarations ?? []) if (decl.kind === 'class' && decl.customElement && decl.tagName) out.push({ decl, path: mod.path });
  }
  return out.sort((a, b) => a.decl.tagName.localeCompare(b.decl.tagName));
}

/** The public, settable fields of an element (what a framework may pass as a property). */
export function settableFields(decl) {
  return (decl.members ?? []).filter(
    (m) => m.kind === 'field' && !m.privacy && !m.static && !m.readonly && !m.name.startsWith('#') && !m.name.startsWith('_'),
  );
}
