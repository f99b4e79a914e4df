// The layout of the CDN build (vite.config.ts), so that every file can be cached for as long as it is served:
//
//   dist/biebkit@<version>/biebkit.js             the entry of this version (never changes once released)
//   dist/biebkit@<version>/chunks/<name>-<hash>.js each element's code and the lazy parts, named by content
//   dist/biebkit@<version>/themes/*.css           the NL Design System token mappings
//   dist/biebkit.js                               the stable address: one line that loads the current version's
//                                                 entry (short cache; pasted snippets keep working after a release)
//   dist/.vite/manifest.json                      Vite's manifest: every file above and what it imports
//   dist/.vite/elements.json                      which chunk defines which tag (one chunk may define several,
//                                                 as the KPI family does), for `biebkit publish`
//
// <version> is @biebkit/elements' version. docs/releasing.md says how to serve each with which cache header.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const CDN_VERSION = JSON.parse(readFileSync(`${root}packages/elements/package.json`, 'utf8')).version;
/** The versioned folder inside dist/, such as `biebkit@0.1.0`. */
export const CDN_DIR = `biebkit@${CDN_VERSION}`;
const THEMES = `${root}packages/elements/src/themes/`;

/** `define` chunks are named after their element's folder (`kpi-tile-<hash>.js`), the rest after their module. */
export function chunkFileName(chunk) {
  const folder = /\/src\/([a-z][a-z0-9-]*)\/define\.ts$/.exec(chunk.facadeModuleId ?? '')?.[1];
  return `${CDN_DIR}/chunks/${folder ?? '[name]'}-[hash].js`;
}

/** Emits the theme stylesheets into the versioned folder and the stable `biebkit.js` beside it. */
export function cdnLayout() {
  return {
    name: 'biebkit-cdn-layout',
    generateBundle(_options, bundle) {
      // Which chunk defines which element: every define module bundled into a chunk, by the chunk's file.
      const elements = {};
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const id of chunk.moduleIds) {
          const tag = /\/src\/([a-z][a-z0-9]*-[a-z0-9-]+)\/define\.ts$/.exec(id)?.[1];
          if (tag) elements[tag] = chunk.fileName;
        }
      }
      this.emitFile({
        type: 'asset',
        fileName: '.vite/elements.json',
        source: JSON.stringify(Object.fromEntries(Object.entries(elements).sort()), null, 2) + '\n',
      });
      for (const file of readdirSync(THEMES).filter((f) => f.endsWith('.css')).sort()) {
        this.emitFile({
          type: 'asset',
          name: file,
          fileName: `${CDN_DIR}/themes/${file}`,
          originalFileName: `packages/elements/src/themes/${file}`,
          source: readFileSync(THEMES + file, 'utf8'),
        });
      }
      this.emitFile({
        type: 'asset',
        name: 'biebkit.js',
        fileName: 'biebkit.js',
        originalFileName: 'biebkit.js',
        source:
          `// Biebkit's stable address: loads version ${CDN_VERSION} (./${CDN_DIR}/biebkit.js, every file of which may be cached for a year).\n` +
          `// Serve this file with a short cache (a few minutes), or use the versioned address directly: one request fewer.\n` +
          `export * from './${CDN_DIR}/biebkit.js';\n`,
      });
    },
  };
}
