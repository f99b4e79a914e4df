import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import './define.js';

interface Args {
  src: string;
  theme: string;
  level: '' | 'output' | 'outcome' | 'impact';
  variant: 'compact' | 'default' | 'chart';
  showTarget: boolean;
  compare: 'both' | 'previous' | 'year' | 'none';
  municipality: string;
  now: string;
  lang: string;
}

const meta: Meta<Args> = {
  title: 'Elements/kpi-tile-group',
  component: 'kpi-tile-group',
  tags: ['autodocs'],
  args: {
    src: '/demo/feeds/kopgroep.json',
    theme: 'information-society',
    level: '',
    variant: 'default',
    showTarget: true,
    compare: 'both',
    municipality: '',
    now: '2026-11-21T12:00',
    lang: 'nl',
  },
  argTypes: {
    theme: { control: 'select', options: ['', 'literate-society', 'information-society', 'lifelong-development', 'robust-library'] },
    level: { control: 'select', options: ['', 'output', 'outcome', 'impact'] },
    variant: { control: 'inline-radio', options: ['compact', 'default', 'chart'] },
    compare: { control: 'inline-radio', options: ['both', 'previous', 'year', 'none'] },
    lang: { control: 'inline-radio', options: ['nl', 'en'] },
  },
  render: (a) => html`<kpi-tile-group
    src=${a.src}
    theme=${ifDefined(a.theme || undefined)}
    level=${ifDefined(a.level || undefined)}
    variant=${a.variant}
    ?show-target=${a.showTarget}
    compare=${a.compare}
    municipality=${ifDefined(a.municipality || undefined)}
    now=${a.now}
    lang=${a.lang}
  ></kpi-tile-group>`,
};
export default meta;
type Story = StoryObj<Args>;

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
