// Builds the feed studio into packages/studio/dist: a static page that works from any folder (relative
// paths), offline. The importer runs in a worker chunk of its own; the elements come from source.
import { defineConfig } from 'vite';
import { cssText } from '../../scripts/css-text.mjs';
import { minifyLitCss } from '../../scripts/minify-lit-css.mjs';

export default defineConfig({
  base: './',
  // As the CDN build: Leaflet's CSS as text (`leaflet/dist/leaflet.css?text`), the elements' CSS minified.
  plugins: [cssText(), minifyLitCss()],
  resolve: {
    conditions: ['source', 'module', 'browser', 'production'],
  },
  worker: { format: 'es' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 2000,
    rolldownOptions: { output: { minify: true } },
  },
});
