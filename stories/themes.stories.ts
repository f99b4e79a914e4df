import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { themeClasses, type SchemeName, type ThemeName } from './theme/themes.js';

/**
 * The same elements in every theme at once: Biebkit's built-in look, and the real NL Design System token
 * packages of Gemeente Utrecht and Gemeente Amsterdam mapped onto `--basis-*` by
 * packages/elements/src/themes/*.css, light and dark. The toolbar theme does not apply here.
 */
const meta: Meta = {
  title: 'Thema’s/Naast elkaar',
  parameters: { biebkitTheme: false, layout: 'fullscreen' },
  tags: ['!autodocs'],
};
export default meta;
type Story = StoryObj;

const NOW = '2026-11-21T12:00';
const VARIANTS: { theme: ThemeName; scheme: SchemeName; title: string }[] = [
  { theme: 'biebkit', scheme: 'light', title: 'Biebkit' },
  { theme: 'biebkit', scheme: 'dark', title: 'Biebkit, donker' },
  { theme: 'utrecht', scheme: 'light', title: 'Gemeente Utrecht (@utrecht/design-tokens)' },
  { theme: 'utrecht', scheme: 'dark', title: 'Gemeente Utrecht, donker' },
  { theme: 'amsterdam', scheme: 'light', title: 'Gemeente Amsterdam (@amsterdam/design-system-tokens)' },
];

const panel = (theme: ThemeName, scheme: SchemeName, title: string) => html`<section
  class="bk-story ${themeClasses(theme, scheme)}"
  lang="nl"
  aria-label=${title}
>
  <h3>${title}</h3>
  <library-feed src="/demo/feeds/zuid-kennemerland.json" municipality="GM0397">
    <kpi-tile kpi="actief-bereik-0-18" show-target now=${NOW}></kpi-tile>
    <br />
    <goal-progress goal="soob-100-procent" now=${NOW}></goal-progress>
    <br />
    <opening-hours branch="plein-1" compact now=${NOW}></opening-hours>
  </library-feed>
</section>`;

/** Every theme side by side, on the Heemstede sample feed. */
export const SideBySide: Story = {
  name: 'Alle thema’s naast elkaar',
  render: () => html`<div class="bk-story-gallery">${VARIANTS.map((v) => panel(v.theme, v.scheme, v.title))}</div>`,
};

/** Only the custom properties a site sets itself, without any token package. */
export const CustomProperties: Story = {
  name: 'Eigen kleuren met --biebkit-*',
  render: () => html`<div class="bk-story bk-story-custom" lang="nl">
    <library-feed src="/demo/feeds/zuid-kennemerland.json" municipality="GM0397">
      <kpi-tile kpi="jeugdleden" now=${NOW}></kpi-tile>
      <br />
      <goal-progress goal="zomerlezen" now=${NOW}></goal-progress>
    </library-feed>
  </div>`,
};
