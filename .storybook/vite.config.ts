// Vite settings for Storybook only (the root vite.config.ts builds the CDN bundle in library mode).
import { defineConfig } from 'vite';
import { cssText } from '../scripts/css-text.mjs';

export default defineConfig({
  plugins: [cssText()],
  resolve: { conditions: ['source', 'module', 'browser', 'development'] },
});
