#!/usr/bin/env node
// Writes what @biebkit/elements ships beside its code, from custom-elements.json (run `npm run analyze` first):
//   packages/elements/custom-elements.json         the manifest for the package's readers (Storybook, editors,
//                                                  lit-analyzer, docs tools): public API only, module paths
//                                                  pointing at the JavaScript in dist/ that the package ships;
//   packages/elements/vscode.html-custom-data.json VS Code: tags, attributes and their values in HTML;
//   packages/elements/vscode.css-custom-data.json  VS Code: the custom properties and ::part() names in CSS;
//   packages/elements/web-types.json               JetBrains IDEs (WebStorm and friends): the same.
// The editor files come from custom-element-vs-code-integration and custom-element-jet-brains-integration
// (the generators Shoelace uses). Build output, not committed; `npm run build` runs this.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readManifest } from './generated-files.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkgDir = `${root}packages/elements/`;
const source = readManifest(root);

/** `packages/elements/src/kpi-tile/kpi-tile.ts` -> `dist/kpi-tile/kpi-tile.js` (what a consumer imports). */
const toDist = (path) => path?.replace(/^packages\/elements\/src\/(.*)\.ts$/, 'dist/$1.js');
const isPublic = (m) => !m.privacy && !m.name?.startsWith('#');

const manifest = structuredClone(source);
for (const mod of manifest.modules ?? []) {
  mod.path = toDist(mod.path);
  for (const ex of mod.exports ?? []) if (ex.declaration?.module) ex.declaration.module = toDist(ex.declaration.module);
  for (const decl of mod.declarations ?? []) {
    if (decl.superclass?.module) decl.superclass.module = toDist(decl.superclass.module);
    if (decl.members) decl.members = decl.members.filter(isPublic);
    for (const item of [...(decl.members ?? []), ...(decl.attributes ?? []), ...(decl.events ?? [])]) {
      if (item.inheritedFrom?.module) item.inheritedFrom.module = toDist(item.inheritedFrom.module);
    }
  }
}
const unmapped = (manifest.modules ?? []).filter((m) => !m.path?.startsWith('dist/'));
if (unmapped.length) throw new Error(`custom-elements.json: modules outside packages/elements/src: ${unmapped.map((m) => m.path).join(', ')}`);

// Both generators read ./package.json (name and version) from the working directory when loaded.
process.chdir(pkgDir);
const { getVsCodeHtmlCustomData, getVsCodeCssCustomData } = await import('custom-element-vs-code-integration');
const { getWebTypesData } = await import('custom-element-jet-brains-integration');
const editorOptions = { hideLogs: true, hideMethodDocs: true, descriptionSrc: 'description' };
const pretty = (text) => `${JSON.stringify(typeof text === 'string' ? JSON.parse(text) : text, null, 2)}\n`;

const files = {
  'custom-elements.json': pretty(manifest),
  'vscode.html-custom-data.json': pretty(getVsCodeHtmlCustomData(manifest, editorOptions)),
  'vscode.css-custom-data.json': pretty(getVsCodeCssCustomData(manifest, editorOptions)),
  'web-types.json': pretty(getWebTypesData(manifest, editorOptions)),
};
for (const [name, text] of Object.entries(files)) writeFileSync(pkgDir + name, text);
const tags = (manifest.modules ?? []).flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).length;
console.log(`@biebkit/elements: ${Object.keys(files).join(', ')} (${tags} elements)`);
