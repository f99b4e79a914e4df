// Builds the feed studio into packages/studio/dist: a static page that works from any folder (relative
// paths), offline. The importer runs in a worker chunk of its own; the elements come from source.
import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
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
