import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { COMPARE, THEMES, VARIANTS, elementStories } from '../../../../stories/element-story.js';
import './define.js';

const meta = {
  title: 'Elements/kpi-tile-group',
  component: 'kpi-tile-group',
  ...elementStories('kpi-tile-group', { options: { theme: THEMES, level: ['', 'output', 'outcome', 'impact'], variant: VARIANTS, compare: COMPARE } }),
  args: { src: '/demo/feeds/kopgroep.json', theme: 'information-society', showTarget: true, now: '2026-11-21T12:00' },
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** One convenant task: participation in the information society (KopGroep). */
export const ByTheme: Story = {};

/** Outcome KPIs only. */
export const ByLevel: Story = { args: { src: '/test/fixtures/kpi-feed.json', theme: '', level: 'outcome' } };

/** Compact tiles for one municipality (Texel). */
export const CompactForMunicipality: Story = {
  args: { theme: 'robust-library', variant: 'compact', showTarget: false, municipality: 'GM0448' },
};

/** With sparklines. */
export const WithCharts: Story = { args: { src: '/demo/feeds/mijn-streek.json', theme: 'robust-library', variant: 'chart' } };

/** No KPI matches. */
export const Empty: Story = { args: { src: '/test/fixtures/kpi-feed.json', theme: 'information-society', level: 'output' } };

/** The feed could not be loaded. */
export const FeedError: Story = { args: { src: '/test/fixtures/does-not-exist.json' } };

/** In English. */
export const English: Story = { args: { lang: 'en' } };
