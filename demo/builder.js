// The embed builder: a web editor picks a feed, an element, its options and a theme, sees the live result,
// and copies the exact snippet to paste into a CMS. The element list and each element's options come from
// custom-elements.json (generated from the code), so the builder follows the elements as they change.
// No innerHTML anywhere: feed text is untrusted, so everything is built with DOM calls and textContent.

const SKIP_ATTRIBUTES = new Set(['src', 'now', 'municipality', 'lang', 'status']);
/** The values of the type aliases the elements use for their attributes (custom-elements.json has the names only). */
const ALIASES = {
  Theme: ['literate-society', 'information-society', 'lifelong-development', 'robust-library'],
  KpiTileVariant: ['compact', 'default', 'chart'],
  KpiCompare: ['both', 'previous', 'year', 'none'],
  "Kpi['level']": ['output', 'outcome', 'impact'],
};
const THEMES = {
  biebkit: { classes: ['biebkit-light'], css: [] },
  'biebkit-dark': { classes: ['biebkit-dark'], css: ['themes/dark.css'] },
  utrecht: { classes: ['utrecht-theme'], css: ['themes/utrecht.css'], tokens: '@utrecht/design-tokens/dist/index.css' },
  'utrecht-dark': {
    classes: ['utrecht-theme', 'utrecht-theme--dark'],
    css: ['themes/utrecht.css'],
    tokens: '@utrecht/design-tokens/dist/dark/theme.css',
  },
  amsterdam: { classes: ['ams-theme'], css: ['themes/amsterdam.css'], tokens: '@amsterdam/design-system-tokens/dist/index.theme.css' },
};

const $ = (id) => document.getElementById(id);
const form = $('builder-form');
const feedSelect = $('feed-select');
const feedUrlInput = $('feed-url');
const customField = $('custom-feed-field');
const municipalitySelect = $('municipality-select');
const feedStatus = $('feed-status');
const elementSelect = $('element-select');
const elementSummary = $('element-summary');
const optionsBox = $('element-options');
const langSelect = $('lang-select');
const themeSelect = $('theme-select');
const wrapCheck = $('wrap-check');
const preview = $('preview');
const snippetOut = $('snippet');
const copyButton = $('copy-button');
const copyStatus = $('copy-status');
const methodField = $('method-field');
const methodStatus = $('method-status');

/** @type {Map<string, any>} tag → manifest declaration */
const elements = new Map();
/** The feed JSON of the current choice (for ids and municipality names), or undefined. */
let feed;
/**
 * The published site of the chosen sample feed (`biebkit publish` into demo/site/<name>/, as `npm start` does):
 * its site.json (views, CDN files with their integrity hashes) and its address. Undefined for other feeds.
 */
let site;
let siteBase;
/** Each update's number: a fragment that arrives after a newer choice is dropped. */
let generation = 0;

function text(value, lang) {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') return value[lang] ?? value.nl ?? value.en ?? '';
  return '';
}

function option(value, label, selected = false) {
  const el = document.createElement('option');
  el.value = value;
  el.textContent = label;
  if (selected) el.selected = true;
  return el;
}

/** String-literal members of a TypeScript union type text such as "'week' | 'list' | undefined". */
function literals(typeText) {
  if (!typeText) return [];
  const alias = ALIASES[typeText.replace(/\s*\|\s*undefined$/, '').trim()];
  if (alias) return alias;
  const parts = typeText.split('|').map((p) => p.trim());
  const values = parts.filter((p) => /^'[^']*'$/.test(p)).map((p) => p.slice(1, -1));
  return values.length && values.length >= parts.filter((p) => p !== 'undefined').length ? values : [];
}

/** Ids from the feed that fit an attribute, by its name: kpi, branch, goal (also plural, comma-separated). */
function idsFor(name) {
  if (!feed) return [];
  const list = /^kpis?$/.test(name) ? feed.kpis : /^branch(es)?$/.test(name) ? feed.branches : /^goals?$/.test(name) ? feed.goals : undefined;
  if (!Array.isArray(list)) return [];
  return list.map((item) => ({ id: String(item.id), label: text(item.label ?? item.name ?? item.title, langSelect.value) }));
}

function feedUrl() {
  if (feedSelect.value !== 'custom') return feedSelect.value;
  return feedUrlInput.value.trim();
}

function absolute(url) {
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    return url;
  }
}

async function loadManifest() {
  try {
    const response = await fetch('/custom-elements.json');
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const manifest = await response.json();
    for (const mod of manifest.modules ?? []) {
      for (const decl of mod.declarations ?? []) {
        if (decl.customElement && decl.tagName && decl.tagName !== 'library-feed') elements.set(decl.tagName, decl);
      }
    }
  } catch (error) {
    elementSummary.textContent = `De lijst met elementen (custom-elements.json) kon niet worden geladen: ${error.message}. Draai npm run analyze.`;
  }
  elementSelect.replaceChildren(...[...elements.keys()].sort().map((tag) => option(tag, `<${tag}>`)));
  const wanted = new URLSearchParams(location.search).get('element');
  if (wanted && elements.has(wanted)) elementSelect.value = wanted;
}

async function loadSite() {
  site = undefined;
  const name = feedSelect.value === 'custom' ? undefined : /\/demo\/feeds\/([\w-]+)\.json$/.exec(feedSelect.value)?.[1];
  siteBase = name ? new URL(`/demo/site/${name}/`, document.baseURI).href : undefined;
  if (!siteBase) return;
  try {
    const response = await fetch(new URL('site.json', siteBase), { credentials: 'omit' });
    if (response.ok) site = await response.json();
  } catch {
    site = undefined;
  }
}

const method = () => form.elements.namedItem('method').value;

async function loadFeed() {
  const url = feedUrl();
  feed = undefined;
  const keep = municipalitySelect.value;
  municipalitySelect.replaceChildren(option('', 'Alle gemeenten'));
  if (!url) {
    feedStatus.textContent = 'Vul het adres van de feed in.';
    return;
  }
  feedStatus.textContent = 'Feed laden…';
  try {
    const response = await fetch(url, { credentials: 'omit' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    feed = await response.json();
    const municipalities = feed?.organization?.municipalities ?? [];
    for (const m of municipalities) municipalitySelect.append(option(String(m.id), `${text(m.name, 'nl')} (${m.id})`, String(m.id) === keep));
    feedStatus.textContent = `${text(feed?.organization?.name, 'nl')}: ${feed?.branches?.length ?? 0} vestigingen, ${feed?.kpis?.length ?? 0} KPI’s, ${feed?.goals?.length ?? 0} doelen, ${feed?.activities?.length ?? 0} activiteiten.`;
  } catch (error) {
    feedStatus.textContent = `De feed kon hier niet worden gelezen (${error.message}); het element toont zelf wat er mis is.`;
  }
}

/** Builds the inputs for the chosen element's own attributes. */
function renderOptions() {
  const decl = elements.get(elementSelect.value);
  const previous = new Map(chosenAttributes());
  const previousTag = optionsBox.dataset.tag;
  optionsBox.replaceChildren();
  optionsBox.dataset.tag = elementSelect.value;
  elementSummary.textContent = decl ? (decl.summary ?? '').trim() : '';
  if (!decl) return;
  for (const attr of decl.attributes ?? []) {
    if (SKIP_ATTRIBUTES.has(attr.name) || /^read-only/i.test(attr.description ?? '')) continue;
    const id = `opt-${attr.name}`;
    const label = document.createElement('label');
    label.htmlFor = id;
    const typeText = attr.type?.text ?? '';
    const values = literals(typeText);
    const ids = idsFor(attr.name);
    let input;
    if (/^boolean/.test(typeText)) {
      input = document.createElement('input');
      input.type = 'checkbox';
      label.className = 'builder-check';
      label.append(input, ` ${attr.name}`);
    } else if (values.length || ids.length) {
      input = document.createElement('select');
      input.append(option('', attr.default ? `(standaard: ${attr.default.replace(/'/g, '')})` : '(geen)'));
      for (const v of values) input.append(option(v, v));
      for (const item of ids) input.append(option(item.id, item.label ? `${item.label} (${item.id})` : item.id));
      label.textContent = attr.name;
    } else {
      input = document.createElement('input');
      input.type = /^number/.test(typeText) ? 'number' : 'text';
      if (attr.default && /^-?[\d.]+$/.test(attr.default)) input.placeholder = attr.default;
      label.textContent = attr.name;
    }
    input.id = id;
    input.dataset.attribute = attr.name;
    if (previousTag === elementSelect.value && previous.has(attr.name)) {
      if (input.type === 'checkbox') input.checked = true;
      else input.value = previous.get(attr.name);
    }
    const hint = document.createElement('p');
    hint.className = 'builder-hint';
    hint.id = `${id}-hint`;
    hint.textContent = attr.description ?? '';
    input.setAttribute('aria-describedby', hint.id);
    if (label.className === 'builder-check') optionsBox.append(label, hint);
    else optionsBox.append(label, input, hint);
  }
}

/** The chosen attributes of the element, in order. */
function chosenAttributes() {
  const attrs = [];
  for (const input of optionsBox.querySelectorAll('[data-attribute]')) {
    const name = input.dataset.attribute;
    if (input.type === 'checkbox') {
      if (input.checked) attrs.push([name, '']);
    } else if (input.value.trim() !== '') attrs.push([name, input.value.trim()]);
  }
  return attrs;
}

const escapeAttr = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const attrText = ([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttr(value)}"`);

function update() {
  const tag = elementSelect.value;
  const url = feedUrl();
  const municipality = municipalitySelect.value;
  const lang = langSelect.value;
  const theme = THEMES[themeSelect.value] ?? THEMES.biebkit;
  const how = method();
  customField.hidden = feedSelect.value !== 'custom';
  wrapCheck.disabled = how !== 'script';
  copyStatus.textContent = '';
  methodStatus.textContent = '';
  generation++;
  if (!tag) return;
  preview.className = ['builder-preview', ...theme.classes].join(' ');
  if (how === 'static') return showStatic(tag, municipality, lang, theme);
  if (how === 'iframe') return showIframe(tag, municipality, lang);

  // The published feed of the municipality, where there is one: narrowed once, not in every browser.
  const slice = site && municipality && site.feeds.some((f) => f.municipality === municipality) ? new URL(`feed.${municipality}.json`, siteBase).href : undefined;
  const feedAttrs = [];
  if (url) feedAttrs.push(['src', slice ?? url]);
  if (municipality && !slice) feedAttrs.push(['municipality', municipality]);
  if (lang !== 'nl') feedAttrs.push(['lang', lang]);

  // The live result, built with DOM calls.
  const el = document.createElement(tag);
  for (const [name, value] of chosenAttributes()) el.setAttribute(name, value);
  const wrap = wrapCheck.checked;
  let root = el;
  if (wrap) {
    root = document.createElement('library-feed');
    for (const [name, value] of feedAttrs) root.setAttribute(name, value);
    root.append(el);
  } else {
    for (const [name, value] of feedAttrs) el.setAttribute(name, value);
  }
  preview.replaceChildren(root);

  // The snippet, with absolute URLs so that it works wherever it is pasted; the bundle from the published,
  // content-hashed CDN folder with its integrity hash where there is one.
  const lines = ['<!-- Biebkit: één keer per pagina -->', scriptTag(), ...themeLines(theme)];
  const snippetFeedAttrs = feedAttrs.map(([n, v]) => (n === 'src' ? [n, absolute(v)] : [n, v]));
  const own = chosenAttributes().map(attrText).join('');
  if (wrap) {
    lines.push(`<library-feed${snippetFeedAttrs.map(attrText).join('')}>`, `  <${tag}${own}></${tag}>`, '</library-feed>');
  } else {
    lines.push(`<${tag}${snippetFeedAttrs.map(attrText).join('')}${own}></${tag}>`);
  }
  snippetOut.textContent = lines.join('\n');
}

function scriptTag() {
  if (!site) return `<script type="module" src="${new URL('/', document.baseURI).href}dist/biebkit.js"></script>`;
  const entry = site.cdn.entry;
  return `<script type="module" src="${new URL(entry.path, siteBase).href}" integrity="${entry.integrity}" crossorigin="anonymous"></script>`;
}

function themeLines(theme) {
  const base = new URL('/', document.baseURI).href;
  const lines = [];
  if (theme.tokens) lines.push(`<!-- Thema: je site laadt al ${theme.tokens.split('/dist/')[0]}; dit koppelt die tokens aan Biebkit -->`);
  for (const css of theme.css) lines.push(`<link rel="stylesheet" href="${base}packages/elements/src/${css}">`);
  if (theme.classes[0] !== 'biebkit-light') lines.push(`<!-- en zet class="${theme.classes.join(' ')}" op <body> of een omhullend element -->`);
  return lines;
}

function unpublished(message) {
  methodStatus.textContent = message;
  const note = document.createElement('p');
  note.textContent = message;
  preview.replaceChildren(note);
  snippetOut.textContent = '';
}

/** The published view with exactly these attributes, scope and language (the calendar's own extras aside). */
function publishedView(tag, municipality, lang) {
  const own = Object.fromEntries(chosenAttributes());
  const same = (attributes) => {
    const theirs = { ...attributes };
    delete theirs.subscribe;
    delete theirs['no-structured-data'];
    const keys = Object.keys(theirs);
    return keys.length === Object.keys(own).length && keys.every((k) => own[k] === theirs[k]);
  };
  // A branch's hours are published in its own municipality's scope.
  const scopeFits = (v) => v.scope === (municipality || 'all') || (v.element === 'opening-hours' && !municipality);
  return site.views.find((v) => v.element === tag && v.lang === lang && scopeFits(v) && same(v.attributes));
}

async function showStatic(tag, municipality, lang, theme) {
  if (!site) return unpublished('Statische HTML is er voor de voorbeeldfeeds, na biebkit publish (npm start doet dat). Publiceer je eigen feed zelf: zie docs/publishing.md.');
  const view = publishedView(tag, municipality, lang);
  if (!view) {
    const made = [...new Set(site.views.filter((v) => v.element === tag && v.lang === lang).map((v) => Object.entries(v.attributes).filter(([k]) => k !== 'subscribe' && k !== 'no-structured-data').map(attrText).join('').trim() || 'zonder opties'))];
    return unpublished(made.length ? `Deze keuze is niet vooraf gemaakt. Van <${tag}> maakt biebkit publish: ${made.join('; ')}.` : `<${tag}> maakt biebkit publish niet vooraf; kies het script of een iframe.`);
  }
  const mine = generation;
  const address = new URL(view.fragment, siteBase).href;
  let fragment;
  try {
    const response = await fetch(address, { credentials: 'omit' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    fragment = await response.text();
  } catch (error) {
    if (mine === generation) unpublished(`De vooraf gemaakte HTML kon niet worden geladen (${error.message}).`);
    return;
  }
  if (mine !== generation) return;
  // The preview as a visitor without JavaScript sees it: the fragment in a frame that may run no script.
  const frame = document.createElement('iframe');
  frame.className = 'builder-frame';
  frame.setAttribute('sandbox', '');
  frame.title = `Voorbeeld zonder JavaScript: ${view.title}`;
  frame.src = address;
  preview.replaceChildren(frame);
  methodStatus.textContent = `Vooraf gemaakt op ${site.publishedAt.slice(0, 16).replace('T', ' ')} door biebkit publish (${view.fragment}). Zonder script blijft dit de stand van dat moment: publiceer elke nacht opnieuw en plak de nieuwe HTML, of gebruik een iframe. Zet je er het script wel bij, dan wordt het live.`;
  snippetOut.textContent = [...themeLines(theme), fragment.trim()].join('\n');
}

let resizeLoaded = false;

function showIframe(tag, municipality, lang) {
  if (!site) return unpublished('Een iframe komt van een gepubliceerde site: er is er een voor de voorbeeldfeeds, na biebkit publish (npm start doet dat).');
  const params = new URLSearchParams(chosenAttributes());
  if (municipality) params.set('municipality', municipality);
  params.set('lang', lang);
  const src = `${new URL(`embed/${tag}.html`, siteBase).href}?${params.toString().replace(/=(&|$)/g, '$1')}`;
  const title = (elements.get(tag)?.summary ?? tag).trim();
  const resize = site.cdn.embed.resize;
  const resizeSrc = new URL(resize.path, siteBase).href;
  // The host page's side of the resize protocol, as the snippet has it.
  if (!resizeLoaded) {
    resizeLoaded = true;
    const script = document.createElement('script');
    script.src = resizeSrc;
    script.integrity = resize.integrity;
    script.crossOrigin = 'anonymous';
    document.head.append(script);
  }
  const frame = document.createElement('iframe');
  frame.className = 'builder-frame';
  frame.dataset.biebkit = '';
  frame.title = title;
  frame.src = src;
  preview.replaceChildren(frame);
  methodStatus.textContent = 'Live, van de gepubliceerde site. Het thema van je pagina komt niet in een iframe; taal en kleurenschema gaan mee.';
  snippetOut.textContent = [
    `<iframe src="${escapeAttr(src)}" title="${escapeAttr(title)}" width="100%" height="600" loading="lazy" data-biebkit></iframe>`,
    '<!-- Mag je pagina één script laden, dan houdt dit de iframe zo hoog als zijn inhoud: -->',
    `<script src="${resizeSrc}" integrity="${resize.integrity}" crossorigin="anonymous" async></script>`,
  ].join('\n');
}

async function copy() {
  const snippet = snippetOut.textContent ?? '';
  try {
    await navigator.clipboard.writeText(snippet);
    copyStatus.textContent = 'Gekopieerd. Plak de code in een HTML-blok van je CMS.';
  } catch {
    // No clipboard permission (http, an old browser): select the code so Ctrl+C works.
    const range = document.createRange();
    range.selectNodeContents(snippetOut);
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    copyStatus.textContent = 'Kopiëren mocht niet automatisch: de code is geselecteerd, druk op Ctrl+C (of Cmd+C).';
  }
}

form.addEventListener('submit', (event) => event.preventDefault());
feedSelect.addEventListener('change', async () => {
  update();
  await Promise.all([loadFeed(), loadSite()]);
  renderOptions();
  update();
});
feedUrlInput.addEventListener('change', async () => {
  await loadFeed();
  renderOptions();
  update();
});
elementSelect.addEventListener('change', () => {
  renderOptions();
  update();
});
langSelect.addEventListener('change', () => {
  renderOptions();
  update();
});
optionsBox.addEventListener('change', update);
optionsBox.addEventListener('input', update);
for (const control of [municipalitySelect, themeSelect, wrapCheck, methodField]) control.addEventListener('change', update);
copyButton.addEventListener('click', copy);

await Promise.all([loadManifest(), loadFeed(), loadSite()]);
renderOptions();
update();
document.documentElement.dataset.builderReady = 'true';
