// Bench: a dashboard of 40 KPI tiles, from the feed being available (parsed JSON in memory) to painted.
// ?mode=biebkit: <library-feed> with 40 <kpi-tile>s from dist/biebkit.js (the element code and the
//   validator are warmed up first, so this measures validation, scoping, maths and rendering).
// ?mode=static: the same text as plain HTML set with innerHTML: the floor.
import { loadJson, params, publish, timeToPaint, until } from './common.js';

const N = 40;
const mode = params.get('mode') ?? 'biebkit';
const root = document.getElementById('root');

function fortyKpis(feed) {
  // KPIs with measurements of their own: one counted from the activities (`derived`) has none without them.
  const base = feed.kpis.filter((k) => !k.derived && k.series.length);
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

/**
 * The floor: the text a tile shows (label, value with unit, period, the change against the previous period
 * and a year earlier with their verdicts, description, source) as plain HTML, worked out with the least
 * code that gives it.
 */
function staticHtml(feed) {
  const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
  const text = (t) => (t === undefined ? '' : typeof t === 'string' ? t : t.nl ?? t.en);
  const UNITS = { hours: ' uur', percent: '%', count: '', score: '' };
  const num = (v, d) => v.toLocaleString('nl-NL', { maximumFractionDigits: d ?? 1 });
  const MONTHS = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
  const period = (p) => (/^\d{4}-\d{2}$/.test(p) ? `${MONTHS[Number(p.slice(5)) - 1]} ${p.slice(0, 4)}` : p.replace('-', ' '));
  const delta = (k, last, prev) => {
    const d = last.value - prev.value;
    const pct = prev.value ? (100 * d) / prev.value : 0;
    const better = k.direction === 'lower' ? d < 0 : d > 0;
    return `<li>${d > 0 ? '↑' : d < 0 ? '↓' : '→'} ${esc(num(pct, 2))}% (${esc(num(d, k.decimals))}${UNITS[k.unit] ?? ''}) t.o.v. ${esc(period(prev.period))} · ${d === 0 ? 'gelijk' : better ? 'beter' : 'slechter'}</li>`;
  };
  return `<div class="grid">${feed.kpis
    .map((k) => {
      const last = k.series.at(-1);
      const prev = k.series.at(-2);
      const yearAgo = k.series.find((m) => m !== prev && m.period === `${Number(last.period.slice(0, 4)) - 1}${last.period.slice(4)}`);
      return `<article class="tile"><h3>${esc(text(k.label))}</h3><p><span class="value">${esc(num(last.value, k.decimals))}${UNITS[k.unit] ?? ''}</span><span class="period">${esc(period(last.period))}</span></p><ul>${prev ? delta(k, last, prev) : ''}${yearAgo ? delta(k, last, yearAgo) : ''}</ul><p>${esc(text(k.description))}</p><p>Bron: ${esc(text(k.source))}</p></article>`;
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
