// Bench: a dashboard of 40 KPI tiles, from the feed being available (parsed JSON in memory) to painted.
// ?mode=biebkit: <library-feed> with 40 <kpi-tile>s from dist/biebkit.js (the element code and the
//   validator are warmed up first, so this measures validation, scoping, maths and rendering).
// ?mode=static: the same content as plain HTML set with innerHTML: the floor.
import { loadJson, params, publish, timeToPaint, until } from './common.js';

const N = 40;
const mode = params.get('mode') ?? 'biebkit';
const root = document.getElementById('root');

function fortyKpis(feed) {
  const base = feed.kpis;
  const kpis = Array.from({ length: N }, (_, i) => ({ ...structuredClone(base[i % base.length]), id: `kpi-${i}` }));
  return { ...feed, kpis, goals: [], activities: [] };
}

async function biebkit(feed) {
  await import('/dist/biebkit.js');
  // Warm-up: load the kpi-tile chunk and the validator once, outside the measurement.
  const warm = document.createElement('library-feed');
  warm.innerHTML = '<kpi-tile kpi="kpi-0"></kpi-tile>';
  document.body.append(warm);
  warm.feed = feed;
  await customElements.whenDefined('kpi-tile');
  const warmTile = warm.querySelector('kpi-tile');
  await until(() => warmTile.shadowRoot?.querySelector('[part=value]'));
  warm.remove();

  const provider = document.createElement('library-feed');
  provider.className = 'grid';
  provider.innerHTML = Array.from({ length: N }, (_, i) => `<kpi-tile kpi="kpi-${i}" now="2026-11-21T12:00"></kpi-tile>`).join('');
  root.append(provider);
  const tiles = [...provider.querySelectorAll('kpi-tile')];
  const copy = structuredClone(feed);
  const ms = await timeToPaint(
    () => (provider.feed = copy),
    () => tiles.every((t) => t.shadowRoot?.querySelector('[part=value]')),
  );
  return { ms, tiles: tiles.length };
}

function staticHtml(feed) {
  const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
  const text = (t) => (typeof t === 'string' ? t : t.nl ?? t.en);
  return `<div class="grid">${feed.kpis
    .map((k) => {
      const last = k.series.at(-1);
      const prev = k.series.at(-2);
      const delta = prev ? last.value - prev.value : 0;
      return `<article class="tile"><h3>${esc(text(k.label))}</h3><span class="value">${esc(last.value.toLocaleString('nl-NL'))}</span><span class="period">${esc(last.period)}</span><ul><li>${delta >= 0 ? '↑' : '↓'} ${esc(Math.abs(delta).toLocaleString('nl-NL'))} t.o.v. ${esc(prev?.period ?? '')}</li></ul></article>`;
    })
    .join('')}</div>`;
}

async function staticPage(feed) {
  const ms = await timeToPaint(() => (root.innerHTML = staticHtml(feed)));
  return { ms, tiles: root.querySelectorAll('.tile').length };
}

publish(
  loadJson('/demo/feeds/zuid-kennemerland.json').then((feed) => {
    const forty = fortyKpis(feed);
    return mode === 'static' ? staticPage(forty) : biebkit(forty);
  }),
);
