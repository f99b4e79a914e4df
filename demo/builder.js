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

/** @type {Map<string, any>} tag → manifest declaration */
const elements = new Map();
/** The feed JSON of the current choice (for ids and municipality names), or undefined. */
let feed;

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
  const wrap = wrapCheck.checked;
  customField.hidden = feedSelect.value !== 'custom';
  if (!tag) return;

  // The live result, built with DOM calls.
  const el = document.createElement(tag);
  for (const [name, value] of chosenAttributes()) el.setAttribute(name, value);
  const feedAttrs = [];
  if (url) feedAttrs.push(['src', url]);
  if (municipality) feedAttrs.push(['municipality', municipality]);
  if (lang !== 'nl') feedAttrs.push(['lang', lang]);
  let root = el;
  if (wrap) {
    root = document.createElement('library-feed');
    for (const [name, value] of feedAttrs) root.setAttribute(name, value);
    root.append(el);
  } else {
    for (const [name, value] of feedAttrs) el.setAttribute(name, value);
  }
  preview.className = ['builder-preview', ...theme.classes].join(' ');
  preview.replaceChildren(root);

  // The snippet, with absolute URLs so that it works wherever it is pasted.
  const base = new URL('/', document.baseURI).href;
  const lines = ['<!-- Biebkit: één keer per pagina -->', `<script type="module" src="${base}dist/biebkit.js"></script>`];
  if (theme.tokens) {
    lines.push(`<!-- Thema: je site laadt al ${theme.tokens.split('/dist/')[0]}; dit koppelt die tokens aan Biebkit -->`);
  }
  for (const css of theme.css) lines.push(`<link rel="stylesheet" href="${base}packages/elements/src/${css}">`);
  if (theme.classes[0] !== 'biebkit-light') lines.push(`<!-- en zet class="${theme.classes.join(' ')}" op <body> of een omhullend element -->`);
  const snippetFeedAttrs = feedAttrs.map(([n, v]) => (n === 'src' ? [n, absolute(v)] : [n, v]));
  const own = chosenAttributes().map(attrText).join('');
  if (wrap) {
    lines.push(`<library-feed${snippetFeedAttrs.map(attrText).join('')}>`, `  <${tag}${own}></${tag}>`, '</library-feed>');
  } else {
    lines.push(`<${tag}${snippetFeedAttrs.map(attrText).join('')}${own}></${tag}>`);
  }
  snippetOut.textContent = lines.join('\n');
  copyStatus.textContent = '';
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
  await loadFeed();
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
for (const control of [municipalitySelect, themeSelect, wrapCheck]) control.addEventListener('change', update);
copyButton.addEventListener('click', copy);

await Promise.all([loadManifest(), loadFeed()]);
renderOptions();
update();
document.documentElement.dataset.builderReady = 'true';
