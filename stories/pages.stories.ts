import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

/**
 * Whole pages as a municipality or a library would build them from the elements: the Heemstede dashboard
 * ("Hoe staat onze bibliotheek ervoor?") wide and on a phone, and a library with four municipalities.
 * They follow the toolbar theme, colour scheme and language.
 */
const meta: Meta = {
  title: 'Pagina’s',
  parameters: { layout: 'fullscreen' },
  tags: ['!autodocs'],
};
export default meta;
type Story = StoryObj;

const NOW = '2026-11-21T12:00';

const heemstede = () => html`<library-feed src="/demo/feeds/zuid-kennemerland.json" municipality="GM0397">
  <h2>Hoe staat onze bibliotheek ervoor?</h2>
  <goal-progress heading-level="3" now=${NOW}></goal-progress>
  <h2>Kerncijfers</h2>
  <kpi-tile-group now=${NOW} show-target></kpi-tile-group>
  <h2>Waar en wanneer</h2>
  <opening-hours branch="plein-1" now=${NOW}></opening-hours>
  <branch-map map="none" now=${NOW}></branch-map>
  <h2>Deze week</h2>
  <activity-calendar now=${NOW}></activity-calendar>
</library-feed>`;

/** The municipality dashboard on a wide screen. */
export const HeemstedeWide: Story = {
  name: 'Heemstede: dashboard (breed)',
  render: heemstede,
};

/** The same on a phone (320 px): everything stacks, nothing scrolls sideways. */
export const HeemstedeNarrow: Story = {
  name: 'Heemstede: dashboard (telefoon)',
  render: heemstede,
  globals: { viewport: { value: 'mobile1', isRotated: false } },
};

/** A library for four municipalities, narrowed to Texel. */
export const KopGroepTexel: Story = {
  name: 'KopGroep: alleen Texel',
  render: () => html`<library-feed src="/demo/feeds/kopgroep.json" municipality="GM0448">
    <opening-hours branch="texel" now=${NOW}></opening-hours>
    <h2>Cijfers voor Texel</h2>
    <kpi-tile-group theme="robust-library" variant="compact" now=${NOW}></kpi-tile-group>
  </library-feed>`,
};
