/** The visitor's controls: view switch, search, branch, municipality, audience, theme, Wsob function. */
import { html, isServer, nothing, type TemplateResult } from 'lit';
import { ACTIVITY_THEMES, AUDIENCES, WSOB_FUNCTIONS, isEmptyFilter, localize, safeUrl, type ActivityFilter, type Audience, type Branch, type Feed, type Lang, type Theme, type WsobFunction } from '@biebkit/feed';
import { audienceLabel, functionLabel, t, themeName, type MessageKey } from './i18n.js';
import { asOf } from '../shared/snapshot.js';

export type CalendarView = 'agenda' | 'month' | 'week';
export type FilterKey = 'branches' | 'municipalities' | 'audiences' | 'themes' | 'functions';

export interface FilterHandlers {
  setView(view: CalendarView): void;
  setFilter(key: FilterKey, values: string[]): void;
  setQuery(query: string): void;
  clear(): void;
  download(): void;
}

interface Option {
  value: string;
  label: string;
}

/**
 * Above this many branches the branch filter offers only those of the chosen municipality: a list of
 * 2,000 helps nobody (the municipality filter comes first) and costs the page thousands of options.
 */
export const MAX_BRANCH_CHOICES = 100;

/** What a feed's activities use (audiences, themes, functions), found in one pass and remembered. */
const usedValues = new WeakMap<readonly unknown[], Set<string>>();
function used(feed: Feed): Set<string> {
  const activities = feed.activities ?? [];
  let values = usedValues.get(activities);
  if (!values) {
    values = new Set();
    for (const a of activities) {
      for (const x of a.audiences ?? []) values.add(`audiences:${x}`);
      if (a.theme) values.add(`theme:${a.theme}`);
      if (a.function) values.add(`function:${a.function}`);
    }
    usedValues.set(activities, values);
  }
  return values;
}

/** Options made once per list of branches, kind and language: re-renders compare one array, not thousands of options. */
const optionLists = new WeakMap<readonly Branch[], Map<string, Option[]>>();
function optionList(branches: readonly Branch[], kind: 'branch' | 'municipality', lang: Lang, make: () => Option[]): Option[] {
  let lists = optionLists.get(branches);
  if (!lists) optionLists.set(branches, (lists = new Map()));
  let list = lists.get(`${kind}|${lang}`);
  if (!list) lists.set(`${kind}|${lang}`, (list = make()));
  return list;
}

/** The option elements of a list for a value, made once and reused while neither changes. */
const optionTemplates = new WeakMap<Option[], { value: string; templates: TemplateResult[] }>();
function optionsOf(choices: Option[], value: string, extra: Option[]): TemplateResult[] {
  let made = optionTemplates.get(choices);
  if (made?.value !== value) {
    made = { value, templates: [...extra, ...choices].map((o) => html`<option value=${o.value} ?selected=${o.value === value}>${o.label}</option>`) };
    optionTemplates.set(choices, made);
  }
  return made.templates;
}

function select(
  id: string,
  label: string,
  current: readonly string[] | undefined,
  choices: Option[],
  lang: Lang,
  onChange: (values: string[]) => void,
): TemplateResult {
  const value = (current ?? []).join(',');
  const extra = current && current.length > 1 ? [{ value, label: current.map((c) => choices.find((o) => o.value === c)?.label ?? c).join(' + ') }] : [];
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select id=${id} .value=${value} @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value.split(',').filter(Boolean))} ?disabled=${isServer}>
      <option value="" ?selected=${!value}>${t(lang, 'all')}</option>
      ${optionsOf(choices, value, extra)}
    </select>
  </div>`;
}

export function renderControls(
  feed: Feed,
  filter: ActivityFilter,
  view: CalendarView,
  lang: Lang,
  h: FilterHandlers,
  options: { showFilters: boolean; narrow: boolean; nowMs: number; subscribe?: string },
): TemplateResult {
  const branches = feed.branches ?? [];
  const municipalities = optionList(branches, 'municipality', lang, () => {
    const ids = new Set(branches.map((b) => b.municipality));
    return feed.organization.municipalities.filter((m) => ids.has(m.id)).map((m) => ({ value: m.id, label: localize(m.name, lang) }));
  });
  // Many branches: those of the chosen municipalities (and any chosen branch), else none to choose from.
  const chosen = new Set(filter.municipalities ?? []);
  const picked = new Set(filter.branches ?? []);
  const branchChoices =
    branches.length <= MAX_BRANCH_CHOICES
      ? optionList(branches, 'branch', lang, () => branches.map((b) => ({ value: b.id, label: localize(b.name, lang) })))
      : branches.filter((b) => chosen.has(b.municipality) || picked.has(b.id)).map((b) => ({ value: b.id, label: localize(b.name, lang) }));
  const inUse = used(feed);
  const has = <T extends string>(key: 'audiences' | 'theme' | 'function', all: readonly T[]): T[] => all.filter((v) => inUse.has(`${key}:${v}`));
  const views: CalendarView[] = ['agenda', 'month', 'week'];
  return html`<div class="toolbar" part="toolbar">
      <div class="views" role="group" aria-label=${t(lang, 'views')}>
        ${views.map(
          (v) => html`<button type="button" part="view-button" aria-pressed=${v === view ? 'true' : 'false'} @click=${() => h.setView(v)} ?disabled=${isServer}>
            ${t(lang, v as MessageKey)}
          </button>`,
        )}
      </div>
      ${asOf(lang, options.nowMs)}
      <button type="button" class="download" part="download" @click=${() => h.download()} ?disabled=${isServer}>
        ${t(lang, 'download')}<span class="visually-hidden">: ${t(lang, 'downloadHint')}</span>
      </button>
      ${renderSubscribe(options.subscribe, lang)}
    </div>
    ${options.showFilters
      ? html`<form class="filters" part="filters" role="search" aria-label=${t(lang, 'filters')} @submit=${(e: Event) => e.preventDefault()}>
          <div class="field grow">
            <label for="q">${t(lang, 'search')}</label>
            <input id="q" type="search" .value=${filter.query ?? ''} @input=${(e: Event) => h.setQuery((e.target as HTMLInputElement).value)} ?disabled=${isServer} />
          </div>
          ${branchChoices.length > 1 || (branchChoices.length === 1 && branches.length > MAX_BRANCH_CHOICES)
            ? select('f-branch', t(lang, 'branch'), filter.branches, branchChoices, lang, (v) => h.setFilter('branches', v))
            : nothing}
          ${municipalities.length > 1
            ? select('f-mun', t(lang, 'municipality'), filter.municipalities, municipalities, lang, (v) => h.setFilter('municipalities', v))
            : nothing}
          ${select('f-aud', t(lang, 'audience'), filter.audiences, has<Audience>('audiences', AUDIENCES).map((a) => ({ value: a, label: audienceLabel(a, lang) })), lang, (v) => h.setFilter('audiences', v))}
          ${select('f-theme', t(lang, 'theme'), filter.themes, has<Theme>('theme', ACTIVITY_THEMES).map((x) => ({ value: x, label: themeName(x, lang) })), lang, (v) => h.setFilter('themes', v))}
          ${select('f-fn', t(lang, 'function'), filter.functions, has<WsobFunction>('function', WSOB_FUNCTIONS).map((x) => ({ value: x, label: functionLabel(x, lang) })), lang, (v) => h.setFilter('functions', v))}
          ${!isEmptyFilter(filter) ? html`<button type="button" class="clear" part="clear-button" @click=${() => h.clear()}>${t(lang, 'clear')}</button>` : nothing}
        </form>`
      : nothing}`;
}

/**
 * "Abonneren": the published address of this calendar (`subscribe`, e.g. written by `biebkit publish`) as a
 * webcal:// link that calendar apps subscribe to, and as the https address to paste where an app asks for one.
 * A relative address resolves against the page (on the server, where there is no page, it stays as written).
 */
function renderSubscribe(address: string | undefined, lang: Lang): TemplateResult | typeof nothing {
  const given = address?.trim();
  if (!given) return nothing;
  let https: string | undefined;
  if (isServer) https = /^[a-z][\w+.-]*:/i.test(given) ? safeUrl(given) : given;
  else {
    try {
      https = safeUrl(new URL(given, document.baseURI).href);
    } catch {
      https = undefined;
    }
  }
  if (!https || /^(mailto|tel):/i.test(https)) return nothing;
  const absolute = /^https?:/i.test(https);
  return html`<details class="subscribe" part="subscribe">
    <summary class="button">${t(lang, 'subscribe')}</summary>
    <div class="subscribe-panel">
      ${absolute ? html`<p><a href=${https.replace(/^https?:/i, 'webcal:')} part="subscribe-link">${t(lang, 'subscribeApp')}</a></p>` : nothing}
      <p>${t(lang, 'subscribeUrl')} <a href=${https}>${https}</a></p>
    </div>
  </details>`;
}
