// Copies the NL Design System theme mappings (packages/elements/src/themes/*.css) into the npm package:
// packages/elements/dist/themes/ (@biebkit/elements/themes/*.css). The CDN build emits its own copy
// (dist/biebkit@<version>/themes/, scripts/cdn-layout.mjs).
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const from = `${root}packages/elements/src/themes/`;
for (const to of [`${root}packages/elements/dist/themes/`]) {
  mkdirSync(to, { recursive: true });
  for (const file of readdirSync(from).filter((f) => f.endsWith('.css'))) copyFileSync(from + file, to + file);
}
