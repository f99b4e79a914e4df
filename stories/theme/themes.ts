/**
 * The themes a designer can switch between in the Storybook toolbar (and the embed builder): Biebkit's
 * built-in look and two real municipality themes from NL Design System token packages, each light, dark or
 * following the system. The classes are the token packages' own (`utrecht-theme`, `ams-theme`) plus ours
 * (`biebkit-dark`, `biebkit-auto`); the `--basis-*` mapping lives in packages/elements/src/themes/.
 */
export type ThemeName = 'biebkit' | 'utrecht' | 'amsterdam';
export type SchemeName = 'light' | 'dark' | 'system';

export const THEMES: { value: ThemeName; title: string }[] = [
  { value: 'biebkit', title: 'Biebkit (ingebouwd)' },
  { value: 'utrecht', title: 'Gemeente Utrecht (NL Design System)' },
  { value: 'amsterdam', title: 'Gemeente Amsterdam (NL Design System)' },
];

export const SCHEMES: { value: SchemeName; title: string }[] = [
  { value: 'light', title: 'Licht' },
  { value: 'dark', title: 'Donker' },
  { value: 'system', title: 'Systeem (prefers-color-scheme)' },
];

/** The classes for a wrapper element that give it a theme and colour scheme. */
export function themeClasses(theme: ThemeName, scheme: SchemeName): string {
  switch (theme) {
    case 'utrecht':
      return {
        light: 'utrecht-theme',
        dark: 'utrecht-theme utrecht-theme--dark',
        system: 'utrecht-theme utrecht-theme--media-query-color-scheme',
      }[scheme];
    case 'amsterdam':
      // @amsterdam/design-system-tokens 4.x has no dark set: Amsterdam stays light.
      return 'ams-theme';
    default:
      return { light: 'biebkit-light', dark: 'biebkit-dark', system: 'biebkit-auto' }[scheme];
  }
}

export function isTheme(value: unknown): value is ThemeName {
  return value === 'biebkit' || value === 'utrecht' || value === 'amsterdam';
}

export function isScheme(value: unknown): value is SchemeName {
  return value === 'light' || value === 'dark' || value === 'system';
}
