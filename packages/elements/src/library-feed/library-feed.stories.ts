import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { elementStories } from '../../../../stories/element-story.js';
import './define.js';
import '../kpi-tile/define.js';
import '../opening-hours/define.js';
import '../goal-progress/define.js';

const NOW = '2026-11-21T12:00';

/**
 * `<library-feed>` shows nothing itself: it loads one feed, validates it and hands it to the elements
 * inside it, narrowed to a municipality when one is set. These stories show it around a few elements,
 * in its ready and error states.
 */
const meta = {
  title: 'Elements/library-feed',
  component: 'library-feed',
  ...elementStories('library-feed', { options: { municipality: ['', 'GM0400', 'GM1911', 'GM0441', 'GM0448'] } }),
  args: { src: '/demo/feeds/kopgroep.json', municipality: 'GM0400', lang: 'nl', now: NOW },
  render: (a) => html`<library-feed src=${a.src} municipality=${ifDefined(a.municipality || undefined)} lang=${a.lang}>
    <div style="display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); max-inline-size: 60rem">
      <kpi-tile kpi="bezoeken-den-helder" variant="compact" now=${a.now}></kpi-tile>
      <kpi-tile kpi="taalhuis-bezoek-laaggeletterden" variant="compact" now=${a.now}></kpi-tile>
      <opening-hours branch="den-helder" now=${a.now}></opening-hours>
    </div>
  </library-feed>`,
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** KopGroep's feed narrowed to Den Helder: its own visits, the organisation's promises, its branch. */
export const DenHelder: Story = {};

/** The same elements in English. */
export const English: Story = { args: { lang: 'en' } };

/** Narrowed to Texel: Den Helder's KPI and branch are not in Texel's view, and each element says so. */
export const OtherMunicipality: Story = { args: { municipality: 'GM0448' } };

/** The feed address serves an HTML page (a CMS 404 page, say): every element shows the same clear error. */
export const HtmlInsteadOfFeed: Story = { args: { src: '/test/fixtures/not-a-feed.html' } };

/** The feed does not exist (HTTP 404). */
export const MissingFeed: Story = { args: { src: '/demo/feeds/bestaat-niet.json' } };

/**
 * A partly wrong copy of the Heemstede feed: one KPI has a unit that does not exist, another a number typed
 * as text, an activity falls on 30 February, a link is `javascript:` and a branch has an unknown field.
 * The wrong KPIs say they are not in the feed; everything else shows. The console lists each problem with
 * its JSON Pointer (`npx biebkit validate test/fixtures/partial-feed.json` does the same).
 */
export const PartlyWrongFeed: Story = {
  args: { src: '/test/fixtures/partial-feed.json', municipality: '' },
  render: (a) => html`<library-feed src=${a.src} lang=${a.lang}>
    <div style="display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); max-inline-size: 60rem">
      <kpi-tile kpi="jeugdleden" now=${a.now}></kpi-tile>
      <kpi-tile kpi="bemande-uren-plein-1" now=${a.now}></kpi-tile>
      <kpi-tile kpi="actief-bereik-0-18" now=${a.now}></kpi-tile>
      <opening-hours branch="plein-1" now=${a.now}></opening-hours>
    </div>
  </library-feed>`,
};
