import type { StorybookConfig } from '@storybook/web-components-vite';

/** Storybook for designers and web editors: every element, variant and state, offline, no telemetry. */
const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts', '../packages/elements/src/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: {
    name: '@storybook/web-components-vite',
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  staticDirs: [
    { from: '../demo/feeds', to: '/demo/feeds' },
    { from: '../test/fixtures', to: '/test/fixtures' },
    { from: '../demo/assets', to: '/demo/assets' },
  ],
};
export default config;
