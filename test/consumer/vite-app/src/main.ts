// Every documented entry of @biebkit/elements, as a plain Vite + TypeScript app imports them from the tarball.
import '@biebkit/elements/all.js';
import '@biebkit/elements/all';
import '@biebkit/elements/library-feed.js';
import '@biebkit/elements/kpi-tile.js';
import '@biebkit/elements/kpi-tile-group';
import '@biebkit/elements/goal-progress.js';
import '@biebkit/elements/opening-hours';
import '@biebkit/elements/branch-map.js';
import '@biebkit/elements/activity-calendar.js';
import '@biebkit/elements/kpi-tile/define.js';
import '@biebkit/elements/themes/utrecht.css';
import { KpiTile, LibraryFeed, type FeedLoadDetail } from '@biebkit/elements';
import { formatNumber } from '@biebkit/feed';

// HTMLElementTagNameMap: querySelector knows each tag's class.
const tile: KpiTile | null = document.querySelector('kpi-tile');
const feed: LibraryFeed | null = document.querySelector('library-feed');
const hours = document.querySelector('opening-hours');
if (!tile || !feed || !hours) throw new Error('the page lost its elements');
if (!(tile instanceof KpiTile)) throw new Error('<kpi-tile> is not a KpiTile: the tag was not defined by the package');
tile.variant = 'default';
tile.showTarget = true;

const status = document.getElementById('status')!;
feed.addEventListener('feed-load', (event) => {
  const detail: FeedLoadDetail = (event as CustomEvent<FeedLoadDetail>).detail;
  status.textContent = `Feed geladen (${formatNumber(detail.problems.length, 'nl')} meldingen); ${hours.localName} is ${hours.state ?? 'nog niet bekend'}`;
});
