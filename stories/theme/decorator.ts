import { html } from 'lit';
import type { Decorator } from '@storybook/web-components-vite';
import { isScheme, isTheme, themeClasses } from './themes.js';

/**
 * Wraps every story in the theme chosen in the toolbar (globals `theme`, `scheme`, `lang`). A story can pin
 * its own with `globals: { theme: 'utrecht' }` or opt out with `parameters: { biebkitTheme: false }`.
 */
export const withTheme: Decorator = (story, context) => {
  if (context.parameters.biebkitTheme === false) return story();
  const theme = isTheme(context.globals.theme) ? context.globals.theme : 'biebkit';
  const scheme = isScheme(context.globals.scheme) ? context.globals.scheme : 'light';
  const lang = context.globals.lang === 'en' ? 'en' : 'nl';
  return html`<div class="bk-story ${themeClasses(theme, scheme)}" lang=${lang} data-theme=${theme} data-scheme=${scheme}>
    ${story()}
  </div>`;
};
