// Builds the CDN bundle into a versioned folder, dist/biebkit@<version>/ (see scripts/cdn-layout.mjs):
// biebkit.js (defines every element) with content-hashed chunks beside it that load lazily (each element,
// the feed validator, chart.js, Leaflet), the theme stylesheets, and dist/biebkit.js, the stable address.
// Source TypeScript is read directly through the `source` condition.
import { defineConfig } from 'vite';
import { minifyLitCss } from './scripts/minify-lit-css.mjs';
import { cssText } from './scripts/css-text.mjs';
import { CDN_DIR, cdnLayout, chunkFileName } from './scripts/cdn-layout.mjs';

export default defineConfig({
  plugins: [minifyLitCss(), cssText(), cdnLayout()],
  resolve: {
    conditions: ['source', 'module', 'browser', 'production'],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    reportCompressedSize: true,
    manifest: true,
    lib: {
      entry: 'packages/elements/cdn/biebkit.ts',
      formats: ['es'],
      fileName: () => `${CDN_DIR}/biebkit.js`,
    },
    rolldownOptions: {
      // Let shared code (Lit, the feed core) live in biebkit.js itself instead of separate chunks.
      preserveEntrySignatures: 'allow-extension',
      output: {
        minify: true,
        chunkFileNames: chunkFileName,
        assetFileNames: `${CDN_DIR}/assets/[name]-[hash][extname]`,
      },
    },
  },
  server: {
    host: '127.0.0.1',
  },
});
