#!/usr/bin/env node
// Generates the element reference from custom-elements.json (run `npm run analyze` first):
//   docs/elements/<tag>.md      one page per element: attributes, properties, events, slots, parts,
//                               custom properties and examples, for the repository and npm readers;
//   docs/elements/README.md     the index;
//   stories/embed/<tag>.mdx     the "Embed" page in Storybook: the exact snippet to paste, live.
// `--check` writes nothing and exits 1 when a generated file is missing or out of date (for CI).
// The documentation comes from the JSDoc on each element class (@summary, @slot, @fires, @csspart, @cssprop),
// so the code stays the one source.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readManifest, writeGenerated } from './generated-files.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const check = process.argv.includes('--check');
/** Where a site loads the bundle from. Replace with the address your organisation hosts biebkit.js at. */
const CDN = process.env.BIEBKIT_CDN ?? 'https://cdn.example.nl/biebkit/biebkit.js';
/** The sample feed used by live examples in Storybook (served from demo/feeds/). */
const SAMPLE_FEED = '/demo/feeds/zuid-kennemerland.json';

/** What every element that extends FeedElement shares (see packages/elements/src/shared/). */
const FEED_ELEMENT_PARTS = [
  { name: 'loading', description: 'The loading state (a polite status message that reserves space).' },
  { name: 'error', description: 'The error message when the feed cannot be used (`role="alert"`).' },
  { name: 'notice', description: 'A notice, for example when no feed is given or the feed lacks what was asked for.' },
];
const SHARED_PROPERTIES = [
  ['--biebkit-color', '--basis-color-default-color-document', 'Text colour.'],
  ['--biebkit-background-color', '--basis-color-default-bg-document', 'Background colour.'],
  ['--biebkit-surface-color', '--basis-color-default-bg-subtle', 'Background of tiles, bars and panels.'],
  ['--biebkit-subtle-color', '--basis-color-default-color-subtle', 'Secondary text.'],
  ['--biebkit-border-color', '--basis-color-default-border-subtle', 'Borders and separators.'],
  ['--biebkit-accent-color', '--basis-color-accent-1-color-default', 'Accent: links, bars, markers.'],
  ['--biebkit-positive-color', '--basis-color-positive-color-default', 'On track, open.'],
  ['--biebkit-negative-color', '--basis-color-negative-color-default', 'Behind, closed, errors.'],
  ['--biebkit-warning-color', '--basis-color-warning-color-default', 'At risk, notices.'],
  ['--biebkit-border-radius', '--basis-border-radius-md', 'Corner radius.'],
  ['--biebkit-space', '--basis-space-block-md', 'The base spacing unit.'],
  ['--biebkit-focus-color', '--basis-focus-outline-color', 'Focus outline colour.'],
];

const manifest = readManifest(root);

/**
 * Every custom element declaration, with its module path. Classes registered through defineElement() are
 * only named in the manifest when they carry `@tagname`: the class in `src/<tag>/<tag>.ts` must, and this
 * script fails when one does not (so autodocs can never silently go empty).
 */
const elements = [];
const untagged = [];
for (const mod of manifest.modules ?? []) {
  const conventional = /(?:^|\/)src\/([a-z][a-z0-9]*-[a-z0-9-]+)\/\1\.ts$/.exec(mod.path)?.[1];
  const classes = (mod.declarations ?? []).filter((d) => d.kind === 'class');
  for (const decl of classes) {
    if (decl.customElement && decl.tagName) elements.push({ ...decl, path: mod.path });
  }
  if (conventional && classes[0] && !classes.some((d) => d.tagName)) untagged.push(`${mod.path}: add \`@tagname ${conventional}\` to the JSDoc of ${classes[0].name}`);
}
if (untagged.length) {
  console.error(untagged.join('\n'));
  process.exit(1);
}
elements.sort((a, b) => (a.tagName === 'library-feed' ? -1 : b.tagName === 'library-feed' ? 1 : a.tagName.localeCompare(b.tagName)));

const cell = (text) => String(text ?? '').replace(/\r?\n+/g, ' ').replace(/\|/g, '\\|').trim();
const code = (text) => (text ? `\`${cell(text)}\`` : '');

/** The description without its code examples, and the ```html examples on their own. */
function splitDescription(description = '') {
  const examples = [];
  const prose = description
    .replace(/```html\n([\s\S]*?)```/g, (_, body) => {
      examples.push(body.trimEnd());
      return '';
    })
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { prose, examples };
}

function isFeedElement(decl) {
  return decl.superclass?.name === 'FeedElement';
}

/** A snippet a web editor can paste: the bundle once, then the element inside <library-feed>. */
function defaultExample(decl, feedUrl) {
  const tag = decl.tagName;
  if (tag === 'library-feed') return `<library-feed src="${feedUrl}">\n  <!-- Biebkit elements here -->\n</library-feed>`;
  return `<library-feed src="${feedUrl}">\n  <${tag}></${tag}>\n</library-feed>`;
}

/** The example as pasted: a relative feed address becomes an obvious absolute placeholder to replace. */
function pasteSnippet(example) {
  const absolute = example.replace(/\bsrc="(?!https?:)[^"]*"/g, 'src="https://www.example.nl/biebkit-feed.json"');
  return `<script type="module" src="${CDN}"></script>\n${absolute}`;
}

/** A live version of an example: its feed URL pointed at the sample feed, so Storybook shows real data. */
function liveExample(example) {
  return example.replace(/\bsrc="https?:\/\/[^"]*"/g, `src="${SAMPLE_FEED}"`);
}

function publicMembers(decl) {
  return (decl.members ?? []).filter(
    (m) => m.kind === 'field' && !m.privacy && !m.static && !m.name.startsWith('#') && !m.name.startsWith('_'),
  );
}

function publicMethods(decl) {
  return (decl.members ?? []).filter((m) => m.kind === 'method' && !m.privacy && !m.static && !m.name.startsWith('#'));
}

function markdownPage(decl) {
  const tag = decl.tagName;
  const { prose, examples } = splitDescription(decl.description);
  const example = examples[0] ?? defaultExample(decl, 'https://www.example.nl/biebkit-feed.json');
  const lines = [];
  lines.push(`<!-- GENERATED by scripts/gen-element-docs.mjs from custom-elements.json. Do not edit: edit the JSDoc in ${decl.path}. -->`);
  lines.push('', `# \`<${tag}>\``, '');
  if (decl.summary) lines.push(`**${decl.summary.trim()}**`, '');
  if (prose) lines.push(prose, '');
  lines.push('## Embed', '', 'Paste this into the page (the script tag once per page, anywhere):', '', '```html', pasteSnippet(example), '```', '');
  for (const more of examples.slice(1)) lines.push('```html', more, '```', '');
  lines.push(`Source: [\`${decl.path}\`](../../${decl.path})`, '');

  const attributes = (decl.attributes ?? []).filter((a) => a.name !== 'lang');
  lines.push('## Attributes', '');
  lines.push('| attribute | property | type | default | description |', '| --- | --- | --- | --- | --- |');
  for (const a of attributes) {
    lines.push(`| \`${a.name}\` | ${code(a.fieldName)} | ${code(a.type?.text)} | ${code(a.default)} | ${cell(a.description)}${a.inheritedFrom ? ` (from \`${a.inheritedFrom.name}\`)` : ''} |`);
  }
  lines.push(`| \`lang\` | | \`nl \\| en\` | | Language; else the nearest ancestor's \`lang\`, else Dutch. |`, '');

  const props = publicMembers(decl).filter((m) => !m.attribute);
  if (props.length) {
    lines.push('## Properties (from script)', '', '| property | type | description |', '| --- | --- | --- |');
    for (const p of props) lines.push(`| \`${p.name}\` | ${code(p.type?.text)} | ${cell(p.description)}${p.readonly ? ' Read-only.' : ''} |`);
    lines.push('');
  }
  const methods = publicMethods(decl);
  if (methods.length) {
    lines.push('## Methods', '', '| method | description |', '| --- | --- |');
    for (const m of methods) {
      const params = (m.parameters ?? []).map((p) => `${p.name}${p.type ? `: ${p.type.text}` : ''}`).join(', ');
      lines.push(`| \`${m.name}(${cell(params)})\` | ${cell(m.description)} |`);
    }
    lines.push('');
  }

  lines.push('## Events', '');
  if (decl.events?.length) {
    lines.push('| event | description |', '| --- | --- |');
    for (const e of decl.events) lines.push(`| \`${e.name}\` | ${cell(e.description)} |`);
  } else lines.push('None.');
  lines.push('');

  lines.push('## Slots', '');
  if (decl.slots?.length) {
    lines.push('| slot | description |', '| --- | --- |');
    for (const s of decl.slots) lines.push(`| ${s.name ? `\`${s.name}\`` : '(default)'} | ${cell(s.description)} |`);
  } else lines.push('None: the element renders everything itself from the feed.');
  lines.push('');

  const parts = [...(decl.cssParts ?? [])];
  if (isFeedElement(decl)) {
    for (const p of FEED_ELEMENT_PARTS) if (!parts.some((q) => q.name === p.name)) parts.push({ ...p, shared: true });
  }
  lines.push('## CSS parts', '', 'Style them from the page with `' + tag + '::part(name) { … }`.', '');
  if (parts.length) {
    lines.push('| part | description |', '| --- | --- |');
    for (const p of parts) lines.push(`| \`${p.name}\` | ${cell(p.description)}${p.shared ? ' (shared by every feed element)' : ''} |`);
  } else lines.push('None.');
  lines.push('');

  lines.push('## CSS custom properties', '');
  if (decl.cssProperties?.length) {
    lines.push('| property | default | description |', '| --- | --- | --- |');
    for (const p of decl.cssProperties) lines.push(`| \`${p.name}\` | ${code(p.default)} | ${cell(p.description)} |`);
    lines.push('');
  }
  if (isFeedElement(decl) || tag !== 'library-feed') {
    lines.push(
      'Shared by every Biebkit element (set them on the element, a wrapper or `:root`); each falls back to the',
      'NL Design System token beside it, then to a built-in default:',
      '',
      '| property | falls back to | what |',
      '| --- | --- | --- |',
      ...SHARED_PROPERTIES.map(([p, basis, what]) => `| \`${p}\` | \`${basis}\` | ${what} |`),
      '',
    );
  } else if (!decl.cssProperties?.length) lines.push('None: `<library-feed>` renders only its children.', '');
  return `${lines.join('\n').trimEnd()}\n`;
}

function storiesFileFor(decl) {
  const file = join(root, dirname(decl.path), `${decl.tagName}.stories.ts`);
  return existsSync(file) ? file : undefined;
}

function mdxPage(decl) {
  const tag = decl.tagName;
  const { examples } = splitDescription(decl.description);
  const example = examples[0] ?? defaultExample(decl, 'https://www.example.nl/biebkit-feed.json');
  const live = examples.length ? liveExample(example) : defaultExample(decl, SAMPLE_FEED);
  const stories = storiesFileFor(decl);
  const out = [];
  out.push(`{/* GENERATED by scripts/gen-element-docs.mjs from custom-elements.json. Do not edit: edit the JSDoc in ${decl.path}. */}`);
  out.push(`import { Meta, Source${stories ? ', Controls, Primary' : ''} } from '@storybook/addon-docs/blocks';`);
  if (stories) {
    const rel = relative(join(root, 'stories/embed'), stories).replace(/\\/g, '/').replace(/\.ts$/, '');
    out.push(`import * as Stories from '${rel}';`, '', '<Meta of={Stories} name="Embed" />');
  } else {
    out.push('', `<Meta title="Embed/${tag}" />`);
  }
  out.push('', `# \`<${tag}>\` in je pagina zetten`, '');
  if (decl.summary) out.push(decl.summary.trim(), '');
  out.push(
    '1. Zet het script **één keer** op de pagina (waar dan ook; twee keer is ook goed, het gaat niet mis).',
    '2. Plak het element waar het moet komen. Vervang het adres van de feed door dat van jouw bibliotheek.',
    '',
    `<Source language="html" dark code={${JSON.stringify(pasteSnippet(example))}} />`,
    '',
  );
  for (const more of examples.slice(1)) out.push(`<Source language="html" code={${JSON.stringify(more)}} />`, '');
  out.push(
    '## Zo ziet het eruit',
    '',
    'Met de voorbeeldfeed van Bibliotheek Zuid-Kennemerland, in het thema dat in de werkbalk gekozen is:',
    '',
  );
  if (stories) out.push('<Primary />', '', '<Controls />', '');
  else out.push(`<div className="bk-story" dangerouslySetInnerHTML={{ __html: ${JSON.stringify(live)} }} />`, '');
  const attrs = (decl.attributes ?? []).filter((a) => a.name !== 'lang' && a.fieldName !== 'status');
  if (attrs.length) {
    out.push('## Attributen', '', '| attribuut | wat |', '| --- | --- |');
    for (const a of attrs) out.push(`| \`${a.name}\` | ${cell(a.description).replace(/[{}<>]/g, (c) => `&#${c.charCodeAt(0)};`)} |`);
    out.push('| `lang` | `nl` of `en`; anders de taal van de pagina. |', '');
  }
  out.push(
    '## Huisstijl',
    '',
    'De elementen nemen het lettertype van de pagina over en lezen de NL Design System-tokens (`--basis-*`) van de',
    'site. Aanpassen kan met `--biebkit-*`-variabelen of met `::part()`: zie de pagina **Thema’s**',
    `en de volledige referentie in \`docs/elements/${tag}.md\`.`,
    '',
  );
  return `${out.join('\n').trimEnd()}\n`;
}

function indexPage() {
  const lines = [
    '<!-- GENERATED by scripts/gen-element-docs.mjs from custom-elements.json. Do not edit. -->',
    '',
    '# Biebkit elements',
    '',
    'One page per element, generated from the JSDoc in the code (`npm run analyze && node scripts/gen-element-docs.mjs`).',
    '',
    '| element | what it shows |',
    '| --- | --- |',
    ...elements.map((d) => `| [\`<${d.tagName}>\`](${d.tagName}.md) | ${cell(d.summary ?? splitDescription(d.description).prose.split('\n')[0])} |`),
    '',
  ];
  return lines.join('\n');
}

const files = new Map();
files.set(join(root, 'docs/elements/README.md'), indexPage());
for (const decl of elements) {
  files.set(join(root, 'docs/elements', `${decl.tagName}.md`), markdownPage(decl));
  files.set(join(root, 'stories/embed', `${decl.tagName}.mdx`), mdxPage(decl));
}

// Pages for elements that no longer exist are stale too.
const stale = [];
for (const [dir, ext] of [
  ['docs/elements', '.md'],
  ['stories/embed', '.mdx'],
]) {
  const abs = join(root, dir);
  if (!existsSync(abs)) continue;
  for (const name of readdirSync(abs)) {
    const file = join(abs, name);
    if (name.endsWith(ext) && !files.has(file)) stale.push(file);
  }
}

let outdated = writeGenerated(files, { root, check });
for (const file of stale) {
  outdated++;
  if (check) console.error(`stale: ${relative(root, file)}`);
  else rmSync(file);
}

if (check && outdated) {
  console.error(`${outdated} generated doc file(s) out of date: run \`npm run analyze && node scripts/gen-element-docs.mjs\`.`);
  process.exit(1);
}
console.log(
  `${elements.length} elements: ${check ? 'docs up to date' : `${outdated} file(s) written`} (docs/elements/, stories/embed/).`,
);
