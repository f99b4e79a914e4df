// Vite settings for Storybook only (the root vite.config.ts builds the CDN bundle in library mode).
import { defineConfig } from 'vite';

export default defineConfig({
  resolve: { conditions: ['source', 'module', 'browser', 'development'] },
});
