import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { COMPARE, VARIANTS, elementStories } from '../../../../stories/element-story.js';
import './define.js';
import '../library-feed/define.js';

const FIXTURE = '/test/fixtures/kpi-feed.json';
const NOW = '2026-11-21T12:00';

const meta = {
  title: 'Elements/kpi-tile',
  component: 'kpi-tile',
  ...elementStories('kpi-tile', { options: { variant: VARIANTS, compare: COMPARE } }),
  args: { src: '/demo/feeds/zuid-kennemerland.json', kpi: 'actief-bereik-0-18', now: NOW, width: '24rem' },
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** Active reach of 0-18 year olds in Zuid-Kennemerland, against the previous year. */
export const Default: Story = {};

/** With the target and whether it is on track. */
export const WithTarget: Story = { args: { showTarget: true } };

/** Compact: the value and one change. */
export const Compact: Story = { args: { src: '/demo/feeds/kopgroep.json', kpi: 'bezoeken-den-helder', variant: 'compact' } };

/** With the trend: a sparkline (chart.js, loaded when on screen), a summary for screen readers and a table. */
export const Chart: Story = { args: { src: '/demo/feeds/zuid-kennemerland.json', kpi: 'bezoeken-plein-1', variant: 'chart' } };

/** Quarterly figures: against the quarter before and the same quarter a year earlier. */
export const Quarterly: Story = { args: { src: '/demo/feeds/mijn-streek.json', kpi: 'verbonden-gebruikers', showTarget: true } };

/** Only the year-on-year change. */
export const CompareYear: Story = { args: { src: '/demo/feeds/mijn-streek.json', kpi: 'verbonden-gebruikers', compare: 'year' } };

/** Hours, with a KPI-set number of decimals. */
export const Hours: Story = { args: { src: '/demo/feeds/mijn-streek.json', kpi: 'openingsuren-per-week', showTarget: true } };

/** Lower is better: a fall is shown as good news. */
export const LowerIsBetter: Story = { args: { src: FIXTURE, kpi: 'digitaal-laag' } };

/** Euro amounts: € 1,2 mln. */
export const Euro: Story = { args: { src: FIXTURE, kpi: 'budget' } };

/** A given period instead of the latest. */
export const GivenPeriod: Story = { args: { src: FIXTURE, kpi: 'uitleningen', period: '2025-Q3' } };

/** No measurement for the requested period. */
export const NoDataForPeriod: Story = { args: { src: FIXTURE, kpi: 'uitleningen', period: '2024-Q3' } };

/** A KPI without any measurements yet. */
export const NoMeasurements: Story = { args: { src: FIXTURE, kpi: 'nog-leeg' } };

/** A single measurement: no change to show. */
export const SingleMeasurement: Story = { args: { src: FIXTURE, kpi: 'tevredenheid', variant: 'chart' } };

/** An id that is not in the feed: the notice names it. */
export const UnknownKpi: Story = { args: { src: FIXTURE, kpi: 'bezoekers-typo' } };

/** The feed could not be loaded. */
export const FeedError: Story = { args: { src: '/test/fixtures/does-not-exist.json' } };

/** Loading: the space is reserved (inside a `<library-feed>` that has no feed yet). */
export const Loading: Story = {
  render: () => html`<library-feed><div style="max-inline-size: 24rem"><kpi-tile kpi="x"></kpi-tile></div></library-feed>`,
};

/** In English. */
export const English: Story = { args: { lang: 'en', showTarget: true, variant: 'chart' } };

/** Themed through custom properties, as a municipality's house style would. */
export const Themed: Story = {
  args: { variant: 'chart', showTarget: true },
  render: (a) => html`<div
    style="max-inline-size: 24rem; --kpi-tile-background: #f5f8fc; --kpi-tile-border-color: #01689b; --kpi-tile-line-color: #01689b; --kpi-tile-border-radius: 0; font-family: system-ui"
  >
    <kpi-tile src=${a.src} kpi=${a.kpi} variant=${a.variant} ?show-target=${a.showTarget} now=${a.now}></kpi-tile>
  </div>`,
};

/** A provisional figure with the date it was read ("stand 1 jun 2027") and its note. */
export const AsOfAndNote: Story = { args: { src: '/test/fixtures/additions-feed.json', kpi: 'bezoeken-plein-1', now: '2027-06-14T12:00' } };

/** A regional figure: the region it is about (Parkstad Limburg) under the label. */
export const Regional: Story = { args: { src: '/test/fixtures/additions-feed.json', kpi: 'eenzaamheid-parkstad', now: '2027-06-14T12:00' } };
