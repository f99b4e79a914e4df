// Copies the NL Design System theme mappings (packages/elements/src/themes/*.css) next to the builds:
// packages/elements/dist/themes/ (npm: @biebkit/elements/themes/*.css) and dist/themes/ (the CDN).
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const from = `${root}packages/elements/src/themes/`;
for (const to of [`${root}packages/elements/dist/themes/`, `${root}dist/themes/`]) {
  mkdirSync(to, { recursive: true });
  for (const file of readdirSync(from).filter((f) => f.endsWith('.css'))) copyFileSync(from + file, to + file);
}
