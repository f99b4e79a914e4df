// The iframe embed page that `biebkit publish` writes for each element (embed/<element>.html): one element,
// set up from the page's address, kept as tall as its content for the page around it.
//
//   embed/opening-hours.html?branch=plein-1&municipality=GM0397&lang=en&color-scheme=dark
//
// - municipality: that municipality's feed slice (feed.GM0397.json) instead of the whole feed;
// - lang: nl (default) or en; color-scheme: light, dark, or (default) the page's own preference;
// - every other parameter that is one of the element's attributes (listed by the page) is set on it.
//
// Resize protocol (postMessage, any origin may listen: a height is no secret): the page sends
// { type: 'biebkit:resize', height } to its parent whenever its height changes, and again when the parent
// sends { type: 'biebkit:hello' }; the parent may send { type: 'biebkit:color-scheme', value: 'light' | 'dark' }.
// embed/resize.js is the parent's side. No inline script or style: works under a strict CSP.
const root = document.documentElement;
const main = document.getElementById('biebkit-embed');
const params = new URLSearchParams(location.search);
const tag = main.dataset.element;
const lang = params.get('lang') === 'en' ? 'en' : 'nl';
root.lang = lang;

function setScheme(value) {
  if (value === 'light' || value === 'dark') root.style.colorScheme = value;
}
setScheme(params.get('color-scheme'));

const municipality = (params.get('municipality') ?? '').trim().toUpperCase();
const slices = (main.dataset.municipalities ?? '').split(' ');
const provider = document.createElement('library-feed');
const feeds = new URL(main.dataset.feeds ?? '../', location.href);
provider.setAttribute('src', new URL(slices.includes(municipality) ? `feed.${municipality}.json` : 'feed.json', feeds).href);
provider.setAttribute('lang', lang);
const element = document.createElement(tag);
const allowed = new Set((main.dataset.attributes ?? '').split(' ').filter(Boolean));
for (const [name, value] of params) {
  if (allowed.has(name) && !['src', 'lang', 'municipality'].includes(name)) element.setAttribute(name, value);
}
provider.append(element);
main.append(provider);

const framed = window.parent !== window;
let last = 0;
function report(force) {
  const height = Math.ceil(root.getBoundingClientRect().height);
  if (!framed || (height === last && !force)) return;
  last = height;
  window.parent.postMessage({ type: 'biebkit:resize', height }, '*');
}
new ResizeObserver(() => report(false)).observe(root);
window.addEventListener('message', (event) => {
  if (event.source !== window.parent || !event.data) return;
  if (event.data.type === 'biebkit:hello') report(true);
  if (event.data.type === 'biebkit:color-scheme' && !params.get('color-scheme')) setScheme(event.data.value);
});
