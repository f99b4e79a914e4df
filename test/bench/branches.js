// Bench: <branch-map map="none"> listing 1,300 branches (the size of the Dutch library network):
// first render from the feed being available, then the "open now" recompute when the clock moves.
import { loadJson, painted, publish, until } from './common.js';

const N = 1300;

function network(feed) {
  const templates = feed.branches.filter((b) => b.geo && b.hours?.length);
  const branches = Array.from({ length: N }, (_, i) => {
    const b = structuredClone(templates[i % templates.length]);
    b.id = `b-${i}`;
    b.name = `${typeof b.name === 'string' ? b.name : b.name.nl} ${i}`;
    b.geo = { lat: 50.8 + ((i * 7919) % 2600) / 1000, lon: 3.4 + ((i * 104729) % 3700) / 1000 };
    return b;
  });
  const municipality = feed.organization.municipalities[0].id;
  for (const b of branches) b.municipality = municipality;
  return { ...feed, branches, kpis: [], goals: [], activities: [] };
}

async function run(feed) {
  await import('/dist/biebkit.js');
  const warm = document.createElement('branch-map');
  warm.setAttribute('map', 'none');
  warm.setAttribute('no-structured-data', '');
  document.body.append(warm);
  warm.feed = feed;
  await customElements.whenDefined('branch-map');
  await until(() => warm.shadowRoot?.querySelector('li'));
  warm.remove();

  const big = network(feed);
  const el = document.createElement('branch-map');
  el.setAttribute('map', 'none');
  el.setAttribute('no-structured-data', '');
  el.setAttribute('now', '2026-11-23T09:55');
  document.getElementById('root').append(el);
  const t0 = performance.now();
  el.feed = big;
  await until(() => el.shadowRoot?.querySelectorAll('li[part=item]').length === N);
  await painted();
  const first = performance.now() - t0;

  const t1 = performance.now();
  el.setAttribute('now', '2026-11-23T10:05');
  await el.updateComplete;
  await painted();
  const recompute = performance.now() - t1;
  return { firstMs: first, recomputeMs: recompute, items: el.shadowRoot.querySelectorAll('li[part=item]').length };
}

publish(loadJson('/demo/feeds/mijn-streek.json').then(run));
