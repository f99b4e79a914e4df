import { html, isServer, nothing, svg, supportsAdoptingStyleSheets, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  BranchHours,
  dateOf,
  describeDay,
  describeStatus,
  localize,
  type Branch,
  type BranchStatus,
  type Feed,
  type HoursState,
  type Lang,
} from '@biebkit/feed';
import { FeedElement } from '../shared/feed-element.js';
import { translator } from '../shared/i18n.js';
import { emitLibraryJsonLd } from '../opening-hours/structured-data.js';
import { branchMapStyles } from './branch-map.styles.js';
import type { MapBranch } from './leaflet-map.js';
import { GLYPHS } from './marks.js';
import { asOf } from '../shared/snapshot.js';
import { facilitiesLine, filterableFacilities, hasAllFacilities, renderFacilities, renderFacilityFilter, stopRows } from './extras.js';
import { extraStyles } from './extras.styles.js';

/** The Dutch government's free topographic background map (PDOK BRT-Achtergrondkaart, Kadaster). */
export const PDOK_TILES = 'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png';
export const PDOK_ATTRIBUTION = 'Kaartgegevens © Kadaster (PDOK BRT-Achtergrondkaart, CC BY 4.0)';

const t = translator({
  nl: {
    sort: 'Sorteren op',
    byName: 'naam',
    byOpen: 'open nu',
    showMap: 'Toon kaart',
    mapPrivacy: 'De kaart wordt pas geladen als u op de knop drukt; de kaartafbeeldingen komen van {host}.',
    mapLoading: 'Kaart laden…',
    mapFailed: 'De kaart kon niet worden geladen.',
    onMap: 'Toon {name} op de kaart',
    back: 'Terug naar de lijst',
    today: 'Vandaag: {hours}',
    overview: 'Ligging van {count} vestigingen ten opzichte van elkaar',
    map: 'Kaart met {count} vestigingen',
    none: 'Er zijn geen vestigingen om te tonen.',
    legend: 'Betekenis van de tekens',
    'state.open': 'open',
    'state.closed': 'gesloten',
    'state.unknown': 'onbekend',
    'state.appointment': 'op afspraak',
    list: 'Vestigingen',
  },
  en: {
    sort: 'Sort by',
    byName: 'name',
    byOpen: 'open now',
    showMap: 'Show map',
    mapPrivacy: 'The map loads only when you press the button; its images come from {host}.',
    mapLoading: 'Loading map…',
    mapFailed: 'The map could not be loaded.',
    onMap: 'Show {name} on the map',
    back: 'Back to the list',
    today: 'Today: {hours}',
    overview: 'Positions of {count} branches relative to each other',
    map: 'Map with {count} branches',
    none: 'There are no branches to show.',
    legend: 'What the marks mean',
    'state.open': 'open',
    'state.closed': 'closed',
    'state.unknown': 'unknown',
    'state.appointment': 'by appointment',
    list: 'Branches',
  },
});

const STATES: HoursState[] = ['open', 'appointment', 'unknown', 'closed'];

interface Row {
  branch: Branch;
  name: string;
  status: BranchStatus;
  text: string;
  today: string;
  address: string;
  facilities: string;
}

/**
 * The branches in scope, first as an accessible list (address, status now, today's hours, facilities and
 * accessibility; sortable by name and by "open now", filterable by facility; a mobile library's stops with
 * when the bus is next there), then as a map. Without loading anything from elsewhere it draws the branches
 * in their true relative positions on a plain background; the visitor's "Toon kaart" (or `map="eager"`)
 * loads Leaflet lazily with PDOK's BRT-Achtergrondkaart tiles (or `tiles`). Markers say their status by
 * shape and glyph, not colour alone; from the list a button moves to a marker, and from the marker's
 * popup (or Escape) focus returns to the list. Puts each branch's schema.org `Library` JSON-LD in the
 * page's `<head>`, once per branch.
 *
 * ```html
 * <branch-map src="feed.json" municipality="GM0392"></branch-map>
 * ```
 *
 * @tagname branch-map
 * @summary Branches in a list and on a map, with their status now.
 * @fires {CustomEvent<null>} map-ready - The tiled map is shown (after "Toon kaart", or at once with `map="eager"`).
 * @csspart list - The list of branches.
 * @csspart item - One branch in the list.
 * @csspart map - The map area (the drawn overview or the Leaflet map).
 * @csspart show-map - The "Toon kaart" button.
 * @csspart legend - The legend of the marks.
 * @csspart facilities - A branch's facilities in the list.
 * @csspart facility-filter - The checkboxes that narrow the list to branches with a facility.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 * @cssprop [--branch-map-loading-size=40rem] - Space kept while the feed loads, so the page does not shift.
 * @cssprop --branch-map-height - Height of the map (default 22rem).
 * @cssprop --branch-map-open-color - Colour of "open" marks.
 * @cssprop --branch-map-closed-color - Colour of "closed" marks.
 * @cssprop --branch-map-other-color - Colour of "by appointment" marks.
 */
export class BranchMap extends FeedElement {
  static override styles = [...FeedElement.styles, branchMapStyles, extraStyles];

  /** Only branches of this kind (`branch`, `service-point`, `school-library`, ...). */
  @property({ reflect: true }) kind?: string;

  /** The order of the list: `name` or `open` (open now first). */
  @property({ reflect: true }) sort: 'name' | 'open' = 'name';

  /** When the tiled map loads: `click` (after "Toon kaart", the default), `eager` (at once), `none` (never). */
  @property({ reflect: true }) map: 'click' | 'eager' | 'none' = 'click';

  /** Tile URL template (`{z}/{x}/{y}`); PDOK BRT-Achtergrondkaart by default. `none`: markers only. */
  @property() tiles = PDOK_TILES;

  /** The attribution shown for the tiles (plain text). */
  @property({ attribute: 'tiles-attribution' }) tilesAttribution = PDOK_ATTRIBUTION;

  /** Do not put schema.org JSON-LD in the page (for sites that publish their own). */
  @property({ type: Boolean, attribute: 'no-structured-data' }) noStructuredData = false;

  /** Only branches with all these facilities (`wheelchairAccessible`, `wifi`, `studyPlaces`, ...; space-separated). */
  @property({ reflect: true }) facilities = '';

  @state() private mapState: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';

  #leaflet?: { focus(id: string): void; destroy(): void };
  #cache?: { feed: Feed; hours: BranchHours[] };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#leaflet?.destroy();
    this.#leaflet = undefined;
    if (this.mapState !== 'idle') this.mapState = 'idle';
  }

  #branches(feed: Feed): BranchHours[] {
    if (this.#cache?.feed !== feed) {
      this.#cache = { feed, hours: (feed.branches ?? []).map((b) => new BranchHours(b, feed.organization)) };
    }
    const kind = this.kind?.trim();
    const own = this.#cache.hours.filter((h) => !kind || h.branch.kind === kind);
    // Mobile libraries registered in another municipality that stop in this one.
    const m = this.scopeMunicipality?.toUpperCase();
    const visiting = m && (!kind || kind === 'mobile-library') ? (this.model?.feed.branches ?? []).filter((b) => b.municipality !== m && b.stops?.some((x) => x.municipality === m)) : [];
    return visiting.length ? [...own, ...visiting.map((b) => new BranchHours(b, feed.organization))] : own;
  }

  #rows(feed: Feed, lang: Lang): Row[] {
    const now = this.nowMs();
    const today = dateOf(now);
    const wanted = this.facilities.split(/\s+/).filter(Boolean);
    const address = (a: Branch['address']) => (a ? `${a.street}, ${a.postalCode} ${a.city}` : '');
    const rows = this.#branches(feed).flatMap((h): Row[] => {
      if (!hasAllFacilities(h.branch, wanted)) return [];
      // A mobile library: a row per stop, with when the bus is next there.
      if (h.branch.stops?.length) {
        return stopRows(h.branch, feed.organization, now, lang, this.scopeMunicipality).map((r) => ({
          ...r,
          name: localize(r.branch.name, lang),
          address: address(r.branch.address),
          facilities: facilitiesLine(r.branch, lang),
        }));
      }
      const status = h.status(now);
      const doors = (h.building ?? h.staffedLayer)?.timeline;
      return [{
        branch: h.branch,
        name: localize(h.branch.name, lang),
        status,
        text: describeStatus(status, now, lang),
        today: doors ? t(lang, 'today', { hours: describeDay(doors.day(today), lang) }) : '',
        address: address(h.branch.address),
        facilities: facilitiesLine(h.branch, lang),
      }];
    });
    const byName = (x: Row, y: Row) => x.name.localeCompare(y.name, lang);
    return rows.sort(this.sort === 'open' ? (x, y) => STATES.indexOf(x.status.state) - STATES.indexOf(y.status.state) || byName(x, y) : byName);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const feed = this.scopedFeed;
    if (!feed) return;
    if (this.map === 'eager' && this.mapState === 'idle') void Promise.resolve().then(() => this.showMap());
    if (!this.noStructuredData) for (const h of this.#branches(feed)) emitLibraryJsonLd(feed, h.branch, this.language, this.nowMs());
  }

  /** Loads Leaflet and the tiled map (what "Toon kaart" does). */
  async showMap(): Promise<void> {
    if (this.mapState === 'loading' || this.mapState === 'ready' || this.map === 'none') return;
    const feed = this.scopedFeed;
    if (!feed) return;
    this.mapState = 'loading';
    await this.updateComplete;
    try {
      const { createLeafletMap, leafletStyles } = await import('./leaflet-map.js');
      const root = this.renderRoot as ShadowRoot;
      if (supportsAdoptingStyleSheets && leafletStyles.styleSheet && !root.adoptedStyleSheets.includes(leafletStyles.styleSheet)) {
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, leafletStyles.styleSheet];
      }
      this.mapState = 'ready';
      await this.updateComplete;
      const container = root.querySelector<HTMLElement>('.leaflet-host');
      if (!container || !this.isConnected) return;
      const lang = this.language;
      const branches: MapBranch[] = this.#rows(feed, lang)
        .filter((r) => r.branch.geo)
        .map((r) => ({ id: r.branch.id, lat: r.branch.geo!.lat, lon: r.branch.geo!.lon, state: r.status.state, name: r.name, lines: [r.text, r.today, r.address, r.facilities].filter(Boolean) }));
      this.#leaflet = createLeafletMap(container, branches, {
        tiles: this.tiles === 'none' ? '' : this.tiles,
        attribution: this.tilesAttribution,
        backLabel: t(lang, 'back'),
        markerLabel: (b) => `${b.name}: ${t(lang, `state.${b.state}`)}`,
        onBack: (id) => this.#focusItem(id),
      });
      this.dispatchEvent(new CustomEvent<null>('map-ready', { bubbles: true, composed: true }));
    } catch (e) {
      console.error('[biebkit] the map could not be loaded', e);
      this.mapState = 'failed';
    }
  }

  #focusItem(id: string): void {
    this.renderRoot.querySelector<HTMLElement>(`[data-branch="${CSS.escape(id)}"] .to-map`)?.focus();
  }

  #onSort(e: Event): void {
    this.sort = (e.target as HTMLSelectElement).value === 'open' ? 'open' : 'name';
  }

  #onFacility(e: Event): void {
    const boxes = [...(e.currentTarget as HTMLElement).querySelectorAll<HTMLInputElement>('input:checked')];
    this.facilities = boxes.map((b) => b.value).join(' ');
  }

  protected override renderFeed(feed: Feed): TemplateResult {
    const lang = this.language;
    const rows = this.#rows(feed, lang);
    const filter = renderFacilityFilter(filterableFacilities(this.#branches(feed).map((h) => h.branch)), this.facilities.split(/\s+/), lang, (e) => this.#onFacility(e));
    if (!rows.length && !this.facilities.trim()) return this.renderNotice(t(lang, 'none'));
    return html`
      <div class="controls">
        <label>${t(lang, 'sort')}
          <select @change=${this.#onSort} .value=${this.sort} ?disabled=${isServer}>
            <option value="name" ?selected=${this.sort === 'name'}>${t(lang, 'byName')}</option>
            <option value="open" ?selected=${this.sort === 'open'}>${t(lang, 'byOpen')}</option>
          </select>
        </label>
        ${filter}
        ${asOf(lang, this.nowMs())}
      </div>
      ${rows.length ? nothing : html`<p role="status">${t(lang, 'none')}</p>`}
      <ul part="list" class="list" aria-label=${t(lang, 'list')}>
        ${rows.map(
          (r) => html`<li part="item" data-branch=${r.branch.id}>
            <strong class="name">${r.name}</strong>
            ${r.address ? html`<span class="address">${r.address}</span>` : nothing}
            <span class="state"><span class="mark ${r.status.state}" aria-hidden="true">${GLYPHS[r.status.state]}</span>${r.text}</span>
            ${r.today ? html`<span class="today">${r.today}</span>` : nothing}
            ${renderFacilities(r.branch, lang)}
            ${this.mapState === 'ready' && r.branch.geo
              ? html`<button type="button" class="to-map" @click=${() => this.#leaflet?.focus(r.branch.id)}>${t(lang, 'onMap', { name: r.name })}</button>`
              : nothing}
          </li>`,
        )}
      </ul>
      ${this.#renderMap(rows, lang)}
    `;
  }

  #renderMap(rows: Row[], lang: Lang): TemplateResult {
    const host = (() => {
      try {
        return new URL(this.tiles.replace(/[{}]/g, '')).host;
      } catch {
        return this.tiles;
      }
    })();
    return html`<div class="map-area">
      ${this.mapState === 'ready'
        ? html`<div part="map" class="leaflet-host" role="region" aria-label=${t(lang, 'map', { count: rows.length })}></div>`
        : html`<div part="map">${overview(rows, t(lang, 'overview', { count: rows.filter((r) => r.branch.geo).length }))}</div>`}
      ${this.map === 'none' || this.mapState === 'ready'
        ? nothing
        : html`<p class="map-actions">
            <button type="button" part="show-map" @click=${() => void this.showMap()} ?disabled=${isServer || this.mapState === 'loading'}>
              ${this.mapState === 'loading' ? t(lang, 'mapLoading') : t(lang, 'showMap')}
            </button>
            <span class="privacy">${this.tiles === 'none' ? '' : t(lang, 'mapPrivacy', { host })}</span>
            ${this.mapState === 'failed' ? html`<span role="alert">${t(lang, 'mapFailed')}</span>` : nothing}
          </p>`}
      <p part="legend" class="legend">
        <span class="visually-hidden">${t(lang, 'legend')}: </span>
        ${STATES.map((s) => html`<span><span class="mark ${s}" aria-hidden="true">${GLYPHS[s]}</span>${t(lang, `state.${s}`)}</span> `)}
      </p>
    </div>`;
  }
}

/**
 * The branches in their true relative positions (Web Mercator, as on a tiled map), drawn as SVG with no
 * network at all: the map when tiles are not loaded (yet), offline, or blocked.
 */
/** Above this many branches the drawing shows marks without names (they would only overlap). */
const MAX_LABELS = 40;

function overview(rows: Row[], label: string): TemplateResult {
  const placed = rows.filter((r) => r.branch.geo);
  // Names on the drawing only while they can be read; the list beside it always names every branch.
  const labelled = placed.length <= MAX_LABELS;
  const W = 400;
  const H = 260;
  const pad = 36;
  const project = (lat: number, lon: number) => [lon, (Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) * 180) / Math.PI] as const;
  const pts = placed.map((r) => project(r.branch.geo!.lat, r.branch.geo!.lon));
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  const minX = Math.min(...xs);
  const maxX = Math.max(...xs);
  const minY = Math.min(...ys);
  const maxY = Math.max(...ys);
  const scale = Math.min((W - 2 * pad) / Math.max(maxX - minX, 1e-6), (H - 2 * pad) / Math.max(maxY - minY, 1e-6));
  const cx = (W - (maxX - minX) * scale) / 2;
  const cy = (H - (maxY - minY) * scale) / 2;
  return html`<svg class="overview" viewBox="0 0 ${W} ${H}" role="img" aria-label=${label}>
    <rect class="ground" x="0" y="0" width=${W} height=${H}></rect>
    ${placed.map((r, i) => {
      const x = cx + (pts[i]![0] - minX) * scale;
      const y = H - (cy + (pts[i]![1] - minY) * scale);
      return svg`<g class="pin ${r.status.state}" transform="translate(${x.toFixed(1)} ${y.toFixed(1)})" data-branch=${r.branch.id}>
        ${shape(r.status.state)}
        <text class="glyph" y="4" text-anchor="middle">${GLYPHS[r.status.state]}</text>
        ${labelled ? svg`<text class="label" y="22" text-anchor="middle">${r.name}</text>` : nothing}
      </g>`;
    })}
  </svg>`;
}

function shape(s: HoursState) {
  switch (s) {
    case 'open':
      return svg`<circle r="9"></circle>`;
    case 'closed':
      return svg`<rect x="-8" y="-8" width="16" height="16"></rect>`;
    case 'unknown':
      return svg`<circle r="9"></circle>`;
    default:
      return svg`<polygon points="0,-10 10,8 -10,8"></polygon>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'branch-map': BranchMap;
  }
}
