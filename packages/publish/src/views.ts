/**
 * What `biebkit publish` prerenders: for the organisation and for each municipality it serves, in each
 * language, every element view a library or municipality page shows. Pure: from the feed to a list.
 */
import { localize, themeLabel, type Feed, type Lang, type Theme } from '@biebkit/feed';
import { translator } from '@biebkit/elements/shared/i18n';

/** One prerendered view: one element (inside its `<library-feed>`) with its attributes, for one scope and language. */
export interface View {
  /** The view within its scope: `branches`, `activities`, `goals`, `goals/<theme>`, `kpis/<theme>`, `opening-hours/<branch>`. */
  id: string;
  /** The element's tag. */
  element: string;
  /** The element's own attributes (feed, scope and language are on the `<library-feed>` around it). */
  attributes: Record<string, string>;
  /** The municipality (CBS code), or undefined for the whole organisation. */
  municipality?: string;
  lang: Lang;
  /** What the view shows, in its language. */
  title: string;
}

export const LANGS: readonly Lang[] = ['nl', 'en'];

/** The words of these pages, by the elements' own translator. */
const word = translator({
  nl: {
    hours: 'Openingstijden {name}',
    branches: 'Vestigingen',
    activities: 'Activiteiten',
    goals: 'Doelen per maatschappelijke opgave',
    goalsTheme: 'Doelen: {theme}',
    kpisTheme: 'Kerncijfers: {theme}',
  },
  en: {
    hours: 'Opening hours of {name}',
    branches: 'Branches',
    activities: 'Activities',
    goals: 'Goals by societal task',
    goalsTheme: 'Goals: {theme}',
    kpisTheme: 'Key figures: {theme}',
  },
});

const ELEMENT_TITLES: Record<string, Record<Lang, string>> = {
  'opening-hours': { nl: 'Openingstijden', en: 'Opening hours' },
  'branch-map': { nl: 'Vestigingen', en: 'Branches' },
  'activity-calendar': { nl: 'Activiteiten', en: 'Activities' },
  'goal-progress': { nl: 'Doelen', en: 'Goals' },
  'kpi-tile-group': { nl: 'Kerncijfers', en: 'Key figures' },
  'kpi-tile': { nl: 'Kerncijfer', en: 'Key figure' },
};

/** What an element shows, in a few words (the embed pages' titles). */
export const elementTitle = (tag: string, lang: Lang): string => ELEMENT_TITLES[tag]?.[lang] ?? tag;

/** The scope's directory in the site: the CBS code, or `all` for the whole organisation. */
export const scopeDir = (municipality: string | undefined): string => municipality ?? 'all';

/**
 * The views of one scope (the feed already narrowed to it), in one language. Views with nothing to show
 * are left out. Branch hours belong to their municipality's scope, not to the organisation's.
 */
export function viewsOf(feed: Feed, municipality: string | undefined, lang: Lang, subscribe?: string): View[] {
  const views: View[] = [];
  const add = (id: string, element: string, attributes: Record<string, string>, title: string) =>
    views.push({ id, element, attributes, municipality, lang, title });
  const themes = <T extends { theme?: Theme }>(items: readonly T[] | undefined): Theme[] => [
    ...new Set((items ?? []).map((i) => i.theme).filter((t): t is Theme => Boolean(t))),
  ];
  if (municipality) {
    for (const branch of feed.branches ?? []) {
      add(`opening-hours/${branch.id}`, 'opening-hours', { branch: branch.id }, word(lang, 'hours', { name: localize(branch.name, lang) }));
    }
  }
  if (feed.branches?.length) add('branches', 'branch-map', {}, word(lang, 'branches'));
  for (const theme of themes(feed.kpis)) {
    add(`kpis/${theme}`, 'kpi-tile-group', { theme, 'show-target': '' }, word(lang, 'kpisTheme', { theme: themeLabel(theme, lang) }));
  }
  if (feed.goals?.length) {
    add('goals', 'goal-progress', {}, word(lang, 'goals'));
    for (const theme of themes(feed.goals)) add(`goals/${theme}`, 'goal-progress', { theme }, word(lang, 'goalsTheme', { theme: themeLabel(theme, lang) }));
  }
  if (feed.activities?.length) {
    // The page publishes its own Event JSON-LD beside the fragment; the live element then adds none of its own.
    add('activities', 'activity-calendar', { ...(subscribe ? { subscribe } : {}), 'no-structured-data': '' }, word(lang, 'activities'));
  }
  return views;
}
