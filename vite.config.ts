// Builds the CDN bundle: dist/biebkit.js (defines every element) with lazily loaded chunks beside it
// (the feed validator, chart.js, Leaflet). Source TypeScript is read directly through the `source` condition.
import { defineConfig } from 'vite';
import { minifyLitCss } from './scripts/minify-lit-css.mjs';
import { cssText } from './scripts/css-text.mjs';

export default defineConfig({
  plugins: [minifyLitCss(), cssText()],
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
      fileName: () => 'biebkit.js',
    },
    rolldownOptions: {
      // Let shared code (Lit, the feed core) live in biebkit.js itself instead of separate chunks.
      preserveEntrySignatures: 'allow-extension',
      output: {
        minify: true,
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
  server: {
    host: '127.0.0.1',
  },
});
