import type { Lang } from '@biebkit/feed';

export type Messages<K extends string> = Record<Lang, Record<K, string>>;

/**
 * A translator over a dictionary: `t(lang, key, { name: 'Plein 1' })` fills `{name}` placeholders.
 * Every component keeps its own dictionary beside it; the shared words live in `common` below.
 */
export function translator<K extends string>(messages: Messages<K>) {
  return (lang: Lang, key: K, vars?: Record<string, string | number>): string => {
    const template = messages[lang][key] ?? messages.nl[key];
    return vars ? template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : template;
  };
}

/** Words every element uses: loading, errors, notices. */
export const common = translator({
  nl: {
    loading: 'Gegevens laden…',
    errorTitle: 'De gegevens van de bibliotheek konden niet worden geladen.',
    'error.network': 'Er is geen verbinding met de feed.',
    'error.timeout': 'De feed antwoordde niet op tijd.',
    'error.http': 'De feed gaf een foutmelding (HTTP {status}).',
    'error.not-json': 'De feed is geen geldige JSON.',
    'error.html': 'Op het adres van de feed staat een webpagina, geen feed.',
    'error.not-a-feed': 'Het bestand is geen Biebkit-feed.',
    'error.version': 'Deze versie van de feed wordt niet ondersteund.',
    noFeed: 'Geen feed: geef dit element een src-attribuut of zet het in een <library-feed>.',
    updated: 'bijgewerkt op {date}',
  },
  en: {
    loading: 'Loading data…',
    errorTitle: "The library's data could not be loaded.",
    'error.network': 'There is no connection to the feed.',
    'error.timeout': 'The feed did not answer in time.',
    'error.http': 'The feed answered with an error (HTTP {status}).',
    'error.not-json': 'The feed is not valid JSON.',
    'error.html': 'The feed address serves a web page, not a feed.',
    'error.not-a-feed': 'The file is not a Biebkit feed.',
    'error.version': 'This version of the feed is not supported.',
    noFeed: 'No feed: give this element a src attribute or place it inside a <library-feed>.',
    updated: 'updated {date}',
  },
});
