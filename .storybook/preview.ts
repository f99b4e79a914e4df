import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { publicApiOnly } from './manifest.js';
import '../packages/elements/src/all.js';

// The real NL Design System token packages, as a municipality's site loads them, then Biebkit's mapping of
// their tokens onto the `--basis-*` names the elements read. Amsterdam's `.theme` build scopes its tokens to
// `.ams-theme` (its plain build puts them on :root, which would theme every story).
import '@fontsource-variable/noto-sans';
import '@utrecht/design-tokens/dist/index.css';
import '@utrecht/design-tokens/dist/dark/theme.css';
import '@amsterdam/design-system-tokens/dist/index.theme.css';
import '../packages/elements/src/themes/utrecht.css';
import '../packages/elements/src/themes/amsterdam.css';
import '../packages/elements/src/themes/dark.css';
import '../stories/theme/story-theme.css';
import { withTheme } from '../stories/theme/decorator.js';
import { SCHEMES, THEMES } from '../stories/theme/themes.js';

setCustomElementsManifest(publicApiOnly(manifest));

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    options: {
      storySort: { order: ['Introductie', 'Thema’s', ['Uitleg', 'Naast elkaar'], 'Elements', 'Pagina’s', 'Embed', '*'] },
    },
  },
  globalTypes: {
    theme: {
      description: 'Thema: Biebkit of de NL Design System-tokens van een gemeente',
      toolbar: { title: 'Thema', icon: 'paintbrush', items: THEMES, dynamicTitle: true },
    },
    scheme: {
      description: 'Kleurschema',
      toolbar: { title: 'Kleurschema', icon: 'contrast', items: SCHEMES, dynamicTitle: true },
    },
    lang: {
      description: 'Taal van de elementen',
      toolbar: {
        title: 'Taal',
        icon: 'globe',
        items: [
          { value: 'nl', title: 'Nederlands' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'biebkit', scheme: 'light', lang: 'nl' },
  decorators: [withTheme],
  tags: ['autodocs'],
};
export default preview;
