/**
 * The HTML `biebkit publish` writes around the prerendered views: fragments to paste into a CMS, a preview
 * page per scope and language, an iframe embed page per element, and the site's index with every snippet.
 * No inline scripts anywhere; the only inline styles are the elements' own, which the CSP recipe lists by hash.
 */
import { createHash } from 'node:crypto';
import type { Lang } from '@biebkit/feed';
import { translator } from '@biebkit/elements/shared/i18n';
import type { CdnFiles, Pinned } from './cdn.js';

export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The CSP hash source of an inline text (`'sha256-…'`). */
export const cspHash = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The inline styles of prerendered HTML, as CSP hash sources: `<style>` elements and `style` attributes. */
export interface StyleHashes {
  elements: Set<string>;
  attributes: Set<string>;
}

/** The same few style texts recur in every fragment: each is hashed once. */
const hashes = new Map<string, string>();
const cached = (text: string) => {
  let hash = hashes.get(text);
  if (!hash) hashes.set(text, (hash = cspHash(text)));
  return hash;
};

/** Adds the inline styles of a piece of HTML to `into` (a new set when not given) and returns it. */
export function inlineStyleHashes(html: string, into: StyleHashes = { elements: new Set(), attributes: new Set() }): StyleHashes {
  const unescape = (v: string) => v.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  for (const m of html.matchAll(/<style>([^<]*)<\/style>/g)) into.elements.add(cached(m[1]!));
  for (const m of html.matchAll(/ style="([^"]*)"/g)) into.attributes.add(cached(unescape(m[1]!)));
  return into;
}

/** The style sources of a strict CSP for these styles ('unsafe-hashes' only for style attributes). */
export function styleSources({ elements, attributes }: StyleHashes): string[] {
  return [...[...elements].sort(), ...(attributes.size ? [`'unsafe-hashes'`, ...[...attributes].sort()] : [])];
}

/**
 * A strict Content Security Policy for a page with prerendered fragments with these styles: scripts only from
 * this site (and the site of `origin`), the elements' inline styles by their hashes, map tiles from PDOK only.
 */
export function strictCsp(styles: StyleHashes, origin?: string): string {
  return policy(origin, styleSources(styles), `base-uri 'none'`);
}

/** The policy of the site's pages: this site (and `origin`) for scripts, feeds and styles, PDOK for map tiles. */
function policy(origin: string | undefined, styles: string[], ...more: string[]): string {
  const self = origin ? `'self' ${origin}` : `'self'`;
  return [
    `default-src 'self'`,
    `script-src ${self}`,
    `style-src ${[self, ...styles].join(' ')}`,
    `img-src 'self' data: https://service.pdok.nl`,
    `connect-src ${self}`,
    `object-src 'none'`,
    ...more,
  ].join('; ');
}

/** The start of every page of the site, up to and including its title. */
export function documentStart(lang: Lang, csp: string, title: string, head = ''): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${head}<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<title>${escapeHtml(title)}</title>`;
}

/** The script tag of the bundle, with its integrity hash, and a preload (with integrity) of each element's chunks. */
export function scriptTags(cdn: CdnFiles, elements: Iterable<string>, url: (to: string) => string): string {
  const tag = (p: Pinned) => `<script type="module" src="${escapeHtml(url(p.path))}" integrity="${p.integrity}" crossorigin="anonymous"></script>`;
  const preloads = new Map<string, Pinned>();
  for (const element of elements) for (const chunk of cdn.elements.get(element) ?? []) preloads.set(chunk.path, chunk);
  return [
    tag(cdn.entry),
    ...[...preloads.values()].map((p) => `<link rel="modulepreload" href="${escapeHtml(url(p.path))}" integrity="${p.integrity}" crossorigin="anonymous">`),
  ].join('\n');
}

/** The words of these pages, by the elements' own translator. */
const word = translator({
  nl: {
    made: 'Vooraf gemaakt op {date} door biebkit publish, uit de feed van {org}. Zonder JavaScript staat hier wat er toen gold; met het Biebkit-script wordt het live bijgewerkt.',
    all: 'Alle gemeenten',
    embed: '{title} · {org}',
    noscript: 'Voor deze inhoud is JavaScript nodig.',
  },
  en: {
    made: 'Made on {date} by biebkit publish, from the feed of {org}. Without JavaScript this shows what held then; with the Biebkit script it is kept up to date.',
    all: 'All municipalities',
    embed: '{title} · {org}',
    noscript: 'This content needs JavaScript.',
  },
});

/** One prerendered view as a fragment to paste into a page: a comment saying what it is, the HTML, its JSON-LD. */
export function fragmentHtml(o: { title: string; org: string; at: string; html: string; jsonLd: string[] }): string {
  // Feed text in a comment: no "--" in it, so it cannot end the comment.
  const text = `Biebkit: ${o.title} · ${o.org} · vooraf gemaakt ${o.at} (biebkit publish). Werkt zonder JavaScript; met het Biebkit-script wordt het live.`;
  return [`<!-- ${text.replace(/--/g, '—').replace(/-$/, '- ')} -->`, o.html, ...o.jsonLd].join('\n') + '\n';
}

export interface Section {
  id: string;
  title: string;
  fragment: string;
}

/** A full page with every view of a scope in one language, the bundle, and a strict CSP that allows exactly it. */
export function previewPage(o: {
  lang: Lang;
  title: string;
  org: string;
  date: string;
  sections: Section[];
  scripts: string;
  origin?: string;
  links: string;
}): string {
  const body = o.sections
    .map((s) => `<section aria-labelledby="${escapeHtml(s.id)}">\n<h2 id="${escapeHtml(s.id)}">${escapeHtml(s.title)}</h2>\n${s.fragment}</section>`)
    .join('\n');
  return `${documentStart(o.lang, strictCsp(inlineStyleHashes(body), o.origin), o.title)}
${o.scripts}
</head>
<body>
<main>
<h1>${escapeHtml(o.title)}</h1>
<p>${escapeHtml(word(o.lang, 'made', { date: o.date, org: o.org }))}</p>
${o.links}
${body}
</main>
</body>
</html>
`;
}

/**
 * The iframe embed page of one element: the element is made by embed.js from the address (so one page serves
 * every branch, municipality and language). A strict CSP of its own; `frame-ancestors` belongs in a header.
 */
export function embedPage(o: {
  element: string;
  title: string;
  attributes: readonly string[];
  municipalities: readonly string[];
  cdn: CdnFiles;
  url: (to: string) => string;
  origin?: string;
}): string {
  const csp = policy(o.origin, [], `base-uri 'self'`, `form-action 'none'`);
  const pin = (p: Pinned, html: (href: string) => string) => html(escapeHtml(o.url(p.path)));
  return `${documentStart('nl', csp, o.title, '<meta name="color-scheme" content="light dark">\n<base target="_blank">\n')}
${pin(o.cdn.embed.style, (href) => `<link rel="stylesheet" href="${href}" integrity="${o.cdn.embed.style.integrity}" crossorigin="anonymous">`)}
${scriptTags(o.cdn, [o.element], o.url)}
${pin(o.cdn.embed.script, (href) => `<script type="module" src="${href}" integrity="${o.cdn.embed.script.integrity}" crossorigin="anonymous"></script>`)}
</head>
<body>
<main id="biebkit-embed" data-element="${escapeHtml(o.element)}" data-feeds="../" data-attributes="${escapeHtml(o.attributes.join(' '))}" data-municipalities="${escapeHtml(o.municipalities.join(' '))}"></main>
<noscript><p>${escapeHtml(word('nl', 'noscript'))} / ${escapeHtml(word('en', 'noscript'))}</p></noscript>
</body>
</html>
`;
}

/** The title of an embed page for an element, in both languages' words where they differ. */
export const embedTitle = (title: string, org: string): string => word('nl', 'embed', { title, org });

/** Words for the scope headings. */
export const allMunicipalities = (lang: Lang): string => word(lang, 'all');
