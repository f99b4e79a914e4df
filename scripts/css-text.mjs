// A stylesheet of a dependency as text, imported at build time: `import css from 'leaflet/dist/leaflet.css?text'`
// gives the file's CSS as a string (minified, and without the declarations that load images through url(),
// which a shadow root's constructed stylesheet would resolve against the host page), so an element can adopt
// it into its shadow root under a strict CSP and no copy of the dependency's CSS is kept in the repository.
// The same text everywhere:
//   - cssText(): a Vite/Rollup plugin (the CDN build, Storybook; @web/test-runner through fromRollup);
//   - `node scripts/css-text.mjs <dir>`: rewrites such imports in tsc's output (packages/elements/dist), so
//     the npm package carries the CSS as a string and needs no bundler support for `?text`.
import { createRequire } from 'node:module';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minifyCss } from './minify-lit-css.mjs';

const SUFFIX = '.css?text';
const PREFIX = '\0css-text:';
const elementsDir = fileURLToPath(new URL('../packages/elements/', import.meta.url));
const require = createRequire(elementsDir);

/** The CSS of `specifier` (a package path such as `leaflet/dist/leaflet.css`), ready to adopt. */
export function cssTextOf(specifier) {
  const css = readFileSync(require.resolve(specifier), 'utf8');
  const withoutImages = css.replace(/[^;{}]*\burl\([^)]*\)[^;{}]*;?/g, '');
  return minifyCss(withoutImages).replace(/[^{}]+\{\}/g, '');
}

export function cssText() {
  return {
    name: 'biebkit-css-text',
    enforce: 'pre',
    resolveId(source) {
      // The id must not end in .css, or Vite's own CSS handling would take the module over.
      return source.endsWith(SUFFIX) ? `${PREFIX}${source.slice(0, -'?text'.length)}.js` : null;
    },
    load(id) {
      return id.startsWith(PREFIX) ? `export default ${JSON.stringify(cssTextOf(id.slice(PREFIX.length, -'.js'.length)))};` : null;
    },
  };
}

/** Rewrites `import x from '….css?text';` in every .js file below `dir` into `const x = "…";` (one line). */
export function inlineCssTextImports(dir) {
  let count = 0;
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    if (statSync(file).isDirectory()) count += inlineCssTextImports(file);
    else if (name.endsWith('.js')) {
      const code = readFileSync(file, 'utf8');
      const out = code.replace(/^import (\w+) from '([^']+)\.css\?text';$/gm, (_, id, spec) => {
        count++;
        return `const ${id} = ${JSON.stringify(cssTextOf(`${spec}.css`))};`;
      });
      if (out !== code) writeFileSync(file, out);
    }
  }
  return count;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? `${elementsDir}dist`;
  console.log(`css-text: ${inlineCssTextImports(dir)} stylesheet import(s) inlined in ${dir}`);
}
