/**
 * @biebkit/publish: one feed in, a folder of static files out, for any web host or CDN.
 *
 * - `feed.json` (validated) and `feed.<CBS code>.json` per municipality;
 * - prerendered HTML of every element view (declarative shadow DOM, made by the real elements), per scope and
 *   language, as fragments to paste and as preview pages, with schema.org JSON-LD;
 * - `embed/<element>.html` iframe pages with a resize protocol;
 * - subscribable iCalendar files (organisation, branch, municipality, audience);
 * - the CDN bundle in a content-hashed folder, snippets with SRI, a strict-CSP recipe;
 * - `index.html` (what is where, every snippet) and `site.json` (the same for programs, and the record of
 *   what was written).
 * Node only.
 */
import { createHash } from 'node:crypto';
import {
  eventsJsonLd,
  withCountedKpis,
  jsonLdText,
  libraryJsonLd,
  listOccurrences,
  localize,
  isoWithOffset,
  type Branch,
  type Feed,
  type FeedModel,
  type Lang,
} from '@biebkit/feed';
import { parseFeed } from '@biebkit/feed/validate';
import { feedHasErrors, validationReport } from '@biebkit/feed/cli';
import { calendarPathOf, calendarsOf, nextSequences, type Calendar } from './calendars.js';
import { cdnFiles, relativeUrl, type CdnFiles, type Pinned } from './cdn.js';
import { SiteWriter, GENERATOR } from './output.js';
import { embedPage, embedTitle, escapeHtml, fragmentHtml, inlineStyleHashes, previewPage, scriptTags, strictCsp, allMunicipalities, type Section, type StyleHashes } from './pages.js';
import { siteIndex } from './site-index.js';
import { definedElements, renderView } from './ssr.js';
import { feedFileName, municipalitiesOf, sliceFeed } from './slices.js';
import { LANGS, elementTitle, scopeDir, viewsOf, type View } from './views.js';

export { OutputConflict } from './output.js';
export type { View } from './views.js';

export interface PublishOptions {
  /** The feed's text (JSON). */
  feedText: string;
  /** Where it came from, for messages (file name or URL). */
  source?: string;
  /** The folder to publish into. */
  outDir: string;
  /** The address the folder will be served at (https). Without it, addresses in the site are relative. */
  baseUrl?: string;
  /** The browser build (the folder with `.vite/manifest.json`); default: this repository's `dist/`. */
  cdnDir?: string;
  /** The instant to publish at (epoch ms; default now): time-dependent text says it. */
  now?: number;
  /** Languages (default nl and en). */
  langs?: readonly Lang[];
}

/** A view in the record: where its fragment, preview and iframe are. */
export interface PublishedView extends View {
  scope: string;
  fragment: string;
  page: string;
  iframe: string;
}

export interface SiteRecord {
  generator: typeof GENERATOR;
  version: 1;
  publishedAt: string;
  organization: { id: string; name: string };
  baseUrl: string | null;
  feeds: { municipality: string | null; path: string }[];
  cdn: { dir: string; entry: Pinned; elements: Record<string, Pinned[]>; embed: CdnFiles['embed'] };
  views: PublishedView[];
  embeds: { element: string; path: string; attributes: string[] }[];
  calendars: Omit<Calendar, 'text'>[];
  csp: { policy: string; styleHashes: string[]; styleAttributeHashes: string[] };
  sequences: ReturnType<typeof nextSequences>;
  files: Record<string, string>;
}

export type PublishResult =
  | { ok: false; report: { out: string[]; err: string[] } }
  | { ok: true; warnings: string[]; record: SiteRecord; outDir: string; written: number; removed: string[] };

/** The agenda's first page, as `<activity-calendar>` shows it by default (its `days` and `page-size`). */
const AGENDA_DAYS = 90;
const AGENDA_PAGE = 25;

/** Publishes a feed; refuses (writing nothing) a feed with errors, with the words of `biebkit validate`. */
export async function publish(options: PublishOptions): Promise<PublishResult> {
  const source = options.source ?? 'feed';
  const now = options.now ?? Date.now();
  const parsed = parseFeed(options.feedText, { url: source, now });
  if (feedHasErrors(parsed)) return { ok: false, report: validationReport(source, parsed) };
  if (!parsed.ok) throw new Error('unreachable');
  // KPIs counted from the activities are counted here, once, from the whole feed (not again from a slice).
  const feed = withCountedKpis(parsed.model.feed);
  const warnings: string[] = [];
  if (parsed.model.problems.length) {
    warnings.push(`${source}: ${parsed.model.problems.length} warning(s) (see biebkit validate); what they name is left out of the site`);
  }
  const base = siteBase(options.baseUrl, warnings);
  const langs = options.langs?.length ? options.langs : LANGS;
  const cdn = cdnFiles(options.cdnDir);
  const url = (from: string, to: string) => (base ? new URL(to, base).href : relativeUrl(from, to));

  const site = new SiteWriter(options.outDir);
  try {
    for (const [path, content] of cdn.files) await site.write(path, content);
    const municipalities = municipalitiesOf(feed);
    const slices = new Map(municipalities.map((m) => [m, sliceFeed(feed, m)]));
    const sequences = nextSequences(feed, site.previous?.sequences);
    const calendars = calendarsOf(feed, { now, sequences, baseUrl: base?.href, langs, slices });
    for (const c of calendars) await site.write(c.path, c.text);
    const calendarPaths = new Set(calendars.map((c) => c.path));

    const views: PublishedView[] = [];
    const feeds: SiteRecord['feeds'] = [];
    const styles: StyleHashes = { elements: new Set(), attributes: new Set() };
    // Views of the organisation's own KPIs and goals are the same in every municipality's scope: each is
    // rendered once, and only the feed address differs (the first attribute of the HTML, the <library-feed>'s).
    const rendered = new Map<string, string>();
    const fingerprints = new WeakMap<Feed, string>();
    const render = async (view: View, model: FeedModel, feedUrl: string): Promise<string> => {
      const key = renderKey(view, model.feed, fingerprints);
      if (!key) return renderView(view, { model, feedUrl, now });
      let html = rendered.get(key);
      if (html === undefined) rendered.set(key, (html = await renderView(view, { model, feedUrl: FEED_URL, now })));
      return html.replace(`src="${FEED_URL}"`, `src="${escapeHtml(feedUrl)}"`);
    };
    for (const municipality of [undefined, ...municipalities]) {
      const file = feedFileName(municipality);
      const text = JSON.stringify(municipality ? slices.get(municipality) : feed);
      await site.write(file, text);
      feeds.push({ municipality: municipality ?? null, path: file });
      // The views are rendered from the file as the browser will read it, validated as it will be.
      const reread = parseFeed(text, { url: file });
      if (feedHasErrors(reread) || !reread.ok) throw new Error(`the feed of ${municipality ?? 'the organisation'} did not validate: ${validationReport(file, reread).out.join('; ')}`);
      const model = { ...reread.model, loadedAt: now };
      for (const lang of langs) {
        const dir = `${lang}/${scopeDir(municipality)}`;
        const page = `${dir}/index.html`;
        const calendar = calendarPathOf(municipality, lang);
        const subscribe = calendarPaths.has(calendar) ? url(page, calendar) : undefined;
        const sections: Section[] = [];
        const jsonLdKeys = new Set<string>();
        const elements = new Set(['library-feed']);
        for (const view of viewsOf(model.feed, municipality, lang, subscribe)) {
          const html = await render(view, model, url(page, file));
          const jsonLd = structuredData(model.feed, view, now);
          const fragment = fragmentHtml({ title: view.title, org: localize(feed.organization.name, lang), at: isoWithOffset(now), html, jsonLd: jsonLd.map((j) => j.html) });
          const path = `${dir}/${view.id}.html`;
          await site.write(path, fragment);
          inlineStyleHashes(html, styles);
          // On the preview page each Library JSON-LD is there once, however many views name the branch.
          const fresh = jsonLd.filter((j) => !j.key || !jsonLdKeys.has(j.key));
          for (const j of fresh) if (j.key) jsonLdKeys.add(j.key);
          sections.push({ id: `view-${view.id.replace(/[^\w-]/g, '-')}`, title: view.title, fragment: [html, ...fresh.map((j) => j.html)].join('\n') + '\n' });
          elements.add(view.element);
          const iframe = iframeUrl(view, (to) => url('index.html', to), subscribe ? (from) => url(from, calendar) : undefined);
          views.push({ ...view, scope: scopeDir(municipality), fragment: path, page: `${page}#view-${view.id.replace(/[^\w-]/g, '-')}`, iframe });
        }
        if (!sections.length) continue;
        const scopeName = municipality ? localize(feed.organization.municipalities.find((m) => m.id === municipality)!.name, lang) : allMunicipalities(lang);
        const other = langs.find((l) => l !== lang);
        const links = [
          `<a href="${escapeHtml(relativeUrl(page, 'index.html'))}">${lang === 'en' ? 'All views and snippets' : 'Alle weergaven en snippets'}</a>`,
          ...(other ? [`<a href="${escapeHtml(relativeUrl(page, `${other}/${scopeDir(municipality)}/index.html`))}" lang="${other}" hreflang="${other}">${other === 'en' ? 'English' : 'Nederlands'}</a>`] : []),
        ];
        await site.write(
          page,
          previewPage({
            lang,
            title: `${localize(feed.organization.name, lang)} · ${scopeName}`,
            org: localize(feed.organization.name, lang),
            date: isoWithOffset(now),
            sections,
            scripts: scriptTags(cdn, elements, (to) => url(page, to)),
            origin: base?.origin,
            links: `<p>${links.join(' · ')}</p>`,
          }),
        );
      }
    }

    // One iframe page per element, for every branch, municipality and language through its address.
    const tags = [...cdn.elements.keys()].sort();
    const attributes = await definedElements(tags);
    const embeds: SiteRecord['embeds'] = [];
    for (const [tag, names] of attributes) {
      const path = `embed/${tag}.html`;
      await site.write(
        path,
        embedPage({
          element: tag,
          title: embedTitle(elementTitle(tag, 'nl'), localize(feed.organization.name, 'nl')),
          attributes: names,
          municipalities,
          cdn,
          url: (to) => relativeUrl(path, to),
          origin: base?.origin,
        }),
      );
      embeds.push({ element: tag, path, attributes: names });
    }

    const record: Omit<SiteRecord, 'files'> = {
      generator: GENERATOR,
      version: 1,
      publishedAt: isoWithOffset(now),
      organization: { id: feed.organization.id, name: localize(feed.organization.name, 'nl') },
      baseUrl: base?.href ?? null,
      feeds,
      cdn: { dir: cdn.dir, entry: cdn.entry, elements: Object.fromEntries(cdn.elements), embed: cdn.embed },
      views,
      embeds,
      calendars: calendars.map(({ text: _text, ...c }) => c),
      csp: { policy: strictCsp(styles, base?.origin), styleHashes: [...styles.elements].sort(), styleAttributeHashes: [...styles.attributes].sort() },
      sequences,
    };
    await site.write('index.html', siteIndex(feed, record, { url: (to) => url('index.html', to), relative: (to) => relativeUrl('index.html', to) }));
    const written = site.size + 1;
    const { removed } = await site.commit((files) => `${JSON.stringify({ ...record, files }, null, 1)}\n`);
    return { ok: true, warnings, record: { ...record, files: {} }, outDir: site.out, written, removed };
  } catch (error) {
    await site.abort();
    throw error;
  }
}

const FEED_URL = 'https://feed.invalid/feed.json';

/** A key for views that depend only on the feed's KPIs and goals (undefined for the others). */
function renderKey(view: View, feed: Feed, fingerprints: WeakMap<Feed, string>): string | undefined {
  if (view.element !== 'kpi-tile-group' && view.element !== 'goal-progress') return undefined;
  let fingerprint = fingerprints.get(feed);
  if (fingerprint === undefined) {
    const { municipalities: _municipalities, ...organization } = feed.organization;
    fingerprint = createHash('sha256').update(JSON.stringify([organization, feed.kpis, feed.goals])).digest('base64');
    fingerprints.set(feed, fingerprint);
  }
  return `${view.element} ${JSON.stringify(view.attributes)} ${view.lang} ${fingerprint}`;
}

/** The base URL with a trailing slash; warns when there is none or it is not https. */
function siteBase(baseUrl: string | undefined, warnings: string[]): URL | undefined {
  if (!baseUrl) {
    warnings.push(
      'no --base-url: addresses in the site are relative. Its own pages work anywhere, but fragments and snippets pasted into ' +
        'another site, and calendar subscriptions, need the address the folder will be served at (--base-url https://…).',
    );
    return undefined;
  }
  let base: URL;
  try {
    base = new URL(baseUrl);
  } catch {
    throw new Error(`--base-url ${baseUrl} is not an address (https://…)`);
  }
  if (base.protocol !== 'https:' && base.protocol !== 'http:') throw new Error(`--base-url ${baseUrl} is not an http(s) address`);
  if (base.protocol !== 'https:') {
    warnings.push(
      `--base-url ${baseUrl} is not https: pages served over https cannot load the scripts, feeds or iframes from it (mixed content), ` +
        'integrity checks protect less without it, and calendar apps may refuse the subscriptions.',
    );
  }
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  base.search = '';
  base.hash = '';
  return base;
}

/** The schema.org JSON-LD of a view, as `<script>` elements (Library ones keyed as the elements key them). */
function structuredData(feed: Feed, view: View, now: number): { key?: string; html: string }[] {
  const lang = view.lang;
  const library = (branch: Branch) => {
    const key = `${feed.organization.id}/${branch.id}`;
    const text = jsonLdText(libraryJsonLd(branch, feed.organization, { lang, now }));
    return [{ key, html: `<script type="application/ld+json" data-biebkit-jsonld="${escapeHtml(key)}">${text}</script>` }];
  };
  if (view.element === 'opening-hours') {
    const branch = feed.branches?.find((b) => b.id === view.attributes['branch']);
    return branch ? library(branch) : [];
  }
  if (view.element === 'branch-map') return (feed.branches ?? []).flatMap(library);
  if (view.element === 'activity-calendar') {
    const shown = listOccurrences(feed, { fromMs: now, toMs: now + AGENDA_DAYS * 86_400_000, nowMs: now }).slice(0, AGENDA_PAGE);
    const doc = eventsJsonLd(feed, shown, { lang, limit: 50 });
    return doc ? [{ html: `<script type="application/ld+json" data-biebkit="activity-calendar">${jsonLdText(doc)}</script>` }] : [];
  }
  return [];
}

/**
 * The iframe address of a view: its element's embed page with the view's attributes, scope and language (and
 * the calendar to subscribe to, as seen from the embed page).
 */
function iframeUrl(view: View, url: (to: string) => string, calendar?: (from: string) => string): string {
  const page = `embed/${view.element}.html`;
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(view.attributes)) if (name !== 'no-structured-data' && name !== 'subscribe') params.set(name, value);
  if (calendar && view.attributes['subscribe'] !== undefined) params.set('subscribe', calendar(page));
  if (view.municipality) params.set('municipality', view.municipality);
  params.set('lang', view.lang);
  return `${url(page)}?${params.toString().replace(/=(&|$)/g, '$1')}`;
}
