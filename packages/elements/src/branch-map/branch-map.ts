import { html, isServer, nothing, svg, supportsAdoptingStyleSheets, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import {
  BranchHours,
  MobileLibraryHours,
  StatusBoard,
  addDays,
  dateOf,
  describeDay,
  describeStatus,
  isoDate,
  localize,
  startOfDay,
  type Branch,
  type BranchStatus,
  type FacilityKey,
  type Feed,
  type HoursState,
  type Lang,
  type StatusStretch,
} from '@biebkit/feed';
import { FeedElement } from '../shared/feed-element.js';
import { translator } from '../shared/i18n.js';
import { UpdateTimer } from '../shared/update-timer.js';
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

/**
 * Rows rendered at once; the rest follow a slice per task, so a national list (1,300 branches) shows its
 * first screen at once and the page keeps answering input while the rest is added below it, in order.
 */
const FIRST_ROWS = 40;
const MORE_ROWS = 150;

interface Row {
  branch: Branch;
  name: string;
  /** The status and how long it holds (precomputed: the same object until something changes). */
  stretch: StatusStretch;
  status: BranchStatus;
  text: string;
  today: string;
  address: string;
  facilities: string;
}

/** One entry of the list: a branch (its index in the network) or a mobile library's stop (its place's id). */
type Entry = number | string;

/** The branches of one feed with their hours, and their names sorted per language and kind. */
interface Network {
  feed: Feed;
  /** The feed's branches; their hours are made when a status is first asked for (the board). */
  branches: Branch[];
  board: StatusBoard;
  /** The list in name order, per language, kind, facilities asked for. */
  byName: Map<string, Entry[]>;
  /** The drawing's places (by branch or stop id), per list. */
  places: WeakMap<Entry[], Map<string, Place>>;
  /** Mobile libraries with stops: the feed's own and those from elsewhere that stop in its municipality. */
  buses: Branch[];
  /** Each stop's place (a branch-like record: name, address, position), by id, as last listed. */
  stops: Map<string, Branch>;
  /** Each mobile library's timetable (its days are worked out once and kept). */
  busHours: MobileLibraryHours[];
  /** The stops' rows while they hold: from `from` until the first bus arrives or leaves (or midnight). */
  stopRows?: { key: string; from: number; until: number; rows: Row[] };
  /** The facilities worth a filter checkbox, per kind asked for. */
  facilityKeys: Map<string, FacilityKey[]>;
}

const idle: (fn: (deadline?: IdleDeadline) => void) => number = (fn) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 2000 }) : (setTimeout(fn, 50) as unknown as number);
const cancelIdle = (id: number) => (typeof cancelIdleCallback === 'function' ? cancelIdleCallback(id) : clearTimeout(id));

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
 * @csspart list - The list of branches.
 * @csspart item - One branch in the list.
 * @csspart map - The map area (the drawn overview or the Leaflet map).
 * @csspart show-map - The "Toon kaart" button.
 * @csspart legend - The legend of the marks.
 * @csspart facilities - A branch's facilities in the list.
 * @csspart facility-filter - The checkboxes that narrow the list to branches with a facility.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 * @cssprop [--branch-map-loading-size=40em] - Space kept while the feed loads, so the page does not shift.
 * @cssprop --branch-map-height - Height of the map (default 22rem).
 * @cssprop --branch-map-open-color - Colour of "open" marks.
 * @cssprop --branch-map-closed-color - Colour of "closed" marks.
 * @cssprop --branch-map-other-color - Colour of "by appointment" marks.
 * @fires {CustomEvent<null>} map-ready - The tiled map is shown (after "Toon kaart", or at once with `map="eager"`).
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

  /**
   * How many rows are rendered: the list grows to all of them a slice per task. On the server (`biebkit
   * publish`) every row, and so too when taking over a prerendered list, which must not shrink first.
   */
  @state() private limit = isServer ? Number.POSITIVE_INFINITY : FIRST_ROWS;

  #leaflet?: { focus(id: string): void; destroy(): void };
  #network?: Network;
  #rowCache = { lang: '' as string, rows: new WeakMap<StatusStretch, Row>() };
  #items = new WeakMap<Row, { ready: boolean; item: TemplateResult }>();
  /** The rows of the last render, and how many the list has in all. */
  #shown: Row[] = [];
  #total = 0;
  #more?: ReturnType<typeof setTimeout>;
  #idle?: number;
  #jsonLd = '';
  #timer = new UpdateTimer(this);

  /** When the list next re-renders by itself, as a status changes (epoch ms); undefined with a fixed `now`. */
  get nextUpdate(): number | undefined {
    return this.#timer.at;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#leaflet?.destroy();
    this.#leaflet = undefined;
    if (this.mapState !== 'idle') this.mapState = 'idle';
    if (this.#more !== undefined) clearTimeout(this.#more);
    this.#more = undefined;
    if (this.#idle !== undefined) cancelIdle(this.#idle);
    this.#idle = undefined;
  }

  #networkOf(feed: Feed): Network {
    if (this.#network?.feed !== feed) {
      const branches = feed.branches ?? [];
      // Mobile libraries registered in another municipality that stop in this one.
      const m = this.scopeMunicipality?.toUpperCase();
      const visiting = m ? (this.model?.feed.branches ?? []).filter((b) => b.municipality !== m && b.stops?.some((x) => x.municipality === m)) : [];
      const buses = [...(feed.branches ?? []).filter((b) => b.stops?.length), ...visiting];
      const busHours = buses.map((b) => new MobileLibraryHours(b, feed.organization));
      const board = new StatusBoard(branches.map((b) => () => new BranchHours(b, feed.organization)));
      this.#network = { feed, branches, board, byName: new Map(), places: new WeakMap(), buses, stops: new Map(), busHours, facilityKeys: new Map() };
      this.#jsonLd = '';
    }
    return this.#network;
  }

  /** The branches (and mobile libraries) of the kind asked for, before the facility filter. */
  #ofKind(network: Network): Branch[] {
    const kind = this.kind?.trim();
    const own = network.branches.filter((b) => !kind || b.kind === kind);
    const visiting = network.buses.filter((b) => !own.includes(b) && (!kind || kind === 'mobile-library'));
    return visiting.length ? [...own, ...visiting] : own;
  }

  /**
   * The list in name order: the branches of the kind asked for with every facility asked for (indexes into
   * the network), and each stop of a mobile library (its place's id) instead of the bus itself.
   */
  #byName(network: Network, lang: Lang): Entry[] {
    const kind = this.kind?.trim() ?? '';
    const wanted = this.facilities.split(/\s+/).filter(Boolean);
    const key = `${lang}|${kind}|${wanted.join(' ')}`;
    let order = network.byName.get(key);
    if (!order) {
      const named: [Entry, string][] = [];
      network.branches.forEach((b, i) => {
        if ((!kind || b.kind === kind) && !b.stops?.length && hasAllFacilities(b, wanted)) named.push([i, localize(b.name, lang)]);
      });
      for (const r of this.#stopRows(network, lang, this.nowMs())) {
        if (hasAllFacilities(r.branch, wanted)) named.push([r.branch.id, r.name]);
      }
      const collator = new Intl.Collator(lang);
      named.sort((x, y) => collator.compare(x[1], y[1]));
      order = named.map(([entry]) => entry);
      network.byName.set(key, order);
    }
    return order;
  }

  /**
   * The rows of the mobile libraries' stops at `now`: made anew when a bus arrives or leaves (or at midnight),
   * and kept until then, so the slices of a long list and the re-renders in between reuse them.
   */
  #stopRows(network: Network, lang: Lang, now: number): Row[] {
    const kind = this.kind?.trim();
    if (kind && kind !== 'mobile-library') return [];
    const key = `${lang}|${this.scopeMunicipality ?? ''}`;
    const kept = network.stopRows;
    if (kept && kept.key === key && now >= kept.from && now < kept.until) return kept.rows;
    const midnight = startOfDay(addDays(dateOf(now), 1));
    // Every stop's words hold until the first bus arrives or leaves.
    const until = Math.min(midnight, ...network.busHours.map((hours) => hours.nextChange(now) ?? midnight));
    const rows = network.busHours.flatMap((hours) => {
      return stopRows(hours, now, lang, this.scopeMunicipality).map((r): Row => {
        network.stops.set(r.branch.id, r.branch);
        const a = r.branch.address;
        return {
          ...r,
          name: localize(r.branch.name, lang),
          stretch: { from: now, until, status: r.status },
          address: a ? `${a.street}, ${a.postalCode} ${a.city}` : '',
          facilities: facilitiesLine(r.branch, lang),
        };
      });
    });
    network.stopRows = { key, from: now, until, rows };
    return rows;
  }

  /** The branch (or a stop's place) of a list entry. */
  #branchOf(network: Network, entry: Entry): Branch | undefined {
    return typeof entry === 'number' ? network.branches[entry] : network.stops.get(entry);
  }

  /** A branch's row at `now`: made once per status stretch (and language), reused while it holds. */
  #row(network: Network, index: number, now: number, lang: Lang): Row {
    return this.#rowOf(network, index, network.board.branches[index]!.at(now), lang);
  }

  /** The row of a status stretch (its words hold for the whole stretch, which lies within one day). */
  #rowOf(network: Network, index: number, stretch: StatusStretch, lang: Lang): Row {
    if (this.#rowCache.lang !== lang) this.#rowCache = { lang, rows: new WeakMap() };
    let row = this.#rowCache.rows.get(stretch);
    if (!row) {
      const branch = network.branches[index]!;
      const { status } = stretch;
      const a = branch.address;
      row = {
        branch,
        name: localize(branch.name, lang),
        stretch,
        status,
        text: describeStatus(status, stretch.from, lang),
        today: status.today ? t(lang, 'today', { hours: describeDay(status.today, lang) }) : '',
        address: a ? `${a.street}, ${a.postalCode} ${a.city}` : '',
        facilities: facilitiesLine(branch, lang),
      };
      this.#rowCache.rows.set(stretch, row);
    }
    return row;
  }

  /** The rows in list order: the first `limit` of them, or all. */
  #rows(feed: Feed, lang: Lang, all = false): Row[] {
    const network = this.#networkOf(feed);
    const order = this.#byName(network, lang);
    const now = this.nowMs();
    this.#total = order.length;
    const stops = order.some((e) => typeof e === 'string') ? new Map(this.#stopRows(network, lang, now).map((r) => [r.branch.id, r])) : undefined;
    const rowOf = (e: Entry): Row => (typeof e === 'number' ? this.#row(network, e, now, lang) : stops!.get(e)!);
    const limit = all || this.hasAttribute('prerendered') ? order.length : this.limit;
    if (this.sort === 'open') {
      // Every status is needed to sort; the sort is stable, so ties stay by name.
      const rows = order.map(rowOf);
      rows.sort((x, y) => STATES.indexOf(x.status.state) - STATES.indexOf(y.status.state));
      return rows.slice(0, limit);
    }
    return order.slice(0, limit).map(rowOf);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const feed = this.scopedFeed;
    if (!feed || !this.#shown.length) {
      this.#timer.clear();
      return;
    }
    if (this.map === 'eager' && this.mapState === 'idle') void Promise.resolve().then(() => this.showMap());
    if (this.#shown.length < this.#total) {
      // The next slice in a task of its own, after this one is on screen.
      this.#more ??= setTimeout(() => {
        this.#more = undefined;
        this.limit = this.#shown.length + MORE_ROWS;
      });
      return;
    }
    // Re-render when the first status shown changes (none with a fixed clock).
    const now = this.nowMs();
    if (this.now) this.#timer.clear();
    else this.#timer.set(Math.min(...this.#shown.map((r) => r.stretch.until)), now);
    this.#whenIdle(feed, now);
  }

  /**
   * When the page is idle: each branch's next status is worked out ahead (so the re-render when it is
   * due is a lookup), and each branch's schema.org JSON-LD is put in the page, a few at a time.
   */
  #whenIdle(feed: Feed, now: number): void {
    if (this.#idle !== undefined) return;
    const network = this.#networkOf(feed);
    const lang = this.language;
    const jsonLd = this.noStructuredData ? '' : `${lang} ${isoDate(dateOf(now))}`;
    let next = jsonLd && jsonLd !== this.#jsonLd ? 0 : -1;
    const step = (deadline?: IdleDeadline): void => {
      this.#idle = undefined;
      if (!this.isConnected || this.#network !== network) return;
      const more = () => !deadline || deadline.didTimeout || deadline.timeRemaining() > 1;
      // Each branch's next status, and its row, so the re-render when a change is due only swaps them in.
      if (!network.board.prepare(more, (i, stretch) => this.#rowOf(network, i, stretch, lang))) {
        this.#idle = idle(step);
        return;
      }
      const branches = this.#ofKind(network);
      while (next >= 0 && next < branches.length && more()) emitLibraryJsonLd(feed, branches[next++]!, lang, now);
      if (next >= 0 && next < branches.length) this.#idle = idle(step);
      else if (next >= 0) this.#jsonLd = jsonLd;
    };
    this.#idle = idle(step);
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
      const branches: MapBranch[] = this.#rows(feed, lang, true)
        .filter((r) => r.branch.geo)
        .map((r) => ({ id: r.branch.id, lat: r.branch.geo!.lat, lon: r.branch.geo!.lon, state: r.status.state, name: r.name, lines: [r.text, r.today, r.address, r.facilities].filter(Boolean) }));
      this.#leaflet = createLeafletMap(container, branches, {
        tiles: this.tiles === 'none' ? '' : this.tiles,
        attribution: this.tilesAttribution,
        backLabel: t(lang, 'back'),
        markerLabel: (b) => `${b.name}: ${t(lang, `state.${b.state}`)}`,
        onBack: (id) => this.#focusItem(id),
      });
      this.dispatchEvent(new CustomEvent('map-ready', { bubbles: true, composed: true }));
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
    this.#shown = rows;
    if (!rows.length && !this.facilities.trim()) return this.renderNotice(t(lang, 'none'));
    const network = this.#networkOf(feed);
    const kind = this.kind?.trim() ?? '';
    let keys = network.facilityKeys.get(kind);
    if (!keys) network.facilityKeys.set(kind, (keys = filterableFacilities(this.#ofKind(network))));
    const filter = renderFacilityFilter(keys, this.facilities.split(/\s+/), lang, (e) => this.#onFacility(e));
    const complete = rows.length >= this.#total;
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
      <ul part="list" class="list" aria-label=${t(lang, 'list')} aria-busy=${complete ? 'false' : 'true'}>
        ${rows.map((r) => guard([r, this.mapState === 'ready'], () => this.#item(r, lang)))}
      </ul>
      ${this.#renderMap(complete ? rows : [], lang)}
    `;
  }

  /**
   * A row's item, made once per row (and map state). The list guards each item by its row, so a re-render of
   * 1,300 rows skips those whose row did not change instead of walking every part of each.
   */
  #item(r: Row, lang: Lang): TemplateResult {
    const ready = this.mapState === 'ready';
    let made = this.#items.get(r);
    if (made?.ready !== ready) {
      made = {
        ready,
        item: html`<li part="item" data-branch=${r.branch.id}>
          <strong class="name">${r.name}</strong>
          ${r.address ? html`<span class="address">${r.address}</span>` : nothing}
          <span class="state"><span class="mark ${r.status.state}" aria-hidden="true">${GLYPHS[r.status.state]}</span>${r.text}</span>
          ${r.today ? html`<span class="today">${r.today}</span>` : nothing}
          ${renderFacilities(r.branch, lang)}
          ${ready && r.branch.geo
            ? html`<button type="button" class="to-map" @click=${() => this.#leaflet?.focus(r.branch.id)}>${t(lang, 'onMap', { name: r.name })}</button>`
            : nothing}
        </li>`,
      };
      this.#items.set(r, made);
    }
    return made.item;
  }

  /** The drawing or the map; `rows` is empty until the whole list is there (the drawing then fills in). */
  #renderMap(rows: Row[], lang: Lang): TemplateResult {
    const network = this.#network!;
    const order = this.#byName(network, lang);
    let where = network.places.get(order);
    if (!where && rows.length) network.places.set(order, (where = places(order.map((e) => this.#branchOf(network, e)!))));
    const count = where?.size ?? order.filter((e) => this.#branchOf(network, e)?.geo).length;
    const host = (() => {
      try {
        return new URL(this.tiles.replace(/[{}]/g, '')).host;
      } catch {
        return this.tiles;
      }
    })();
    return html`<div class="map-area">
      ${this.mapState === 'ready'
        ? html`<div part="map" class="leaflet-host" role="region" aria-label=${t(lang, 'map', { count: this.#total })}></div>`
        : html`<div part="map">${overview(rows, where ?? new Map(), t(lang, 'overview', { count }))}</div>`}
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

/** Above this many branches the drawing shows marks without names (they would only overlap). */
const MAX_LABELS = 40;

/** A branch's place on the drawing, and its mark there per state (made once). */
interface Place {
  x: number;
  y: number;
  marks: Partial<Record<HoursState, string>>;
}

const W = 400;
const H = 260;

/** Each branch's place (by id): true relative positions (Web Mercator), fitted to the drawing. Once per list. */
function places(branches: readonly Branch[]): Map<string, Place> {
  const pad = 36;
  const placed = branches.filter((b) => b.geo);
  const project = (lat: number, lon: number) => [lon, (Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) * 180) / Math.PI] as const;
  const pts = placed.map((b) => project(b.geo!.lat, b.geo!.lon));
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const [x, y] of pts) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  const scale = Math.min((W - 2 * pad) / Math.max(maxX - minX, 1e-6), (H - 2 * pad) / Math.max(maxY - minY, 1e-6));
  const cx = (W - (maxX - minX) * scale) / 2;
  const cy = (H - (maxY - minY) * scale) / 2;
  return new Map(placed.map((b, i) => [b.id, { x: cx + (pts[i]![0] - minX) * scale, y: H - (cy + (pts[i]![1] - minY) * scale), marks: {} }]));
}

/** A name near the drawing's left or right edge runs inward, so it is not cut off. */
const labelAnchor = (x: number): string => (x < W * 0.3 ? 'start' : x > W * 0.7 ? 'end' : 'middle');

/**
 * The branches in their true relative positions (Web Mercator, as on a tiled map), drawn as SVG with no
 * network at all: the map when tiles are not loaded (yet), offline, or blocked. Until the whole list is
 * there `rows` is empty: the drawing keeps its size and fills in after.
 */
function overview(rows: Row[], where: Map<string, Place>, label: string): TemplateResult {
  // Names on the drawing only while they can be read; the list beside it always names every branch.
  const labelled = where.size <= MAX_LABELS;
  return html`<svg class="overview" viewBox="0 0 ${W} ${H}" role="img" aria-label=${label}>
    <rect class="ground" x="0" y="0" width=${W} height=${H}></rect>
    ${labelled
      ? rows.map((r) => {
          const place = where.get(r.branch.id);
          if (!place) return nothing;
          return svg`<g class="pin ${r.status.state}" transform="translate(${place.x.toFixed(1)} ${place.y.toFixed(1)})" data-branch=${r.branch.id}>
            ${shape(r.status.state)}
            <text class="glyph" y="4" text-anchor="middle">${GLYPHS[r.status.state]}</text>
            <text class="label" y="22" text-anchor=${labelAnchor(place.x)}>${r.name}</text>
          </g>`;
        })
      : marks(rows, where)}
  </svg>`;
}

/**
 * Many branches (a province, the country): small marks without glyphs, one path per state, the shapes
 * of the pins (circle, square, triangle, dashed ring), so thousands of them cost four elements.
 */
function marks(rows: Row[], where: Map<string, Place>) {
  const d: Record<HoursState, string[]> = { open: [], closed: [], unknown: [], appointment: [] };
  for (const { branch, status } of rows) {
    const place = where.get(branch.id);
    if (!place) continue;
    const { state } = status;
    d[state].push((place.marks[state] ??= mark(state, place.x, place.y)));
  }
  return STATES.map((s) => (d[s].length ? svg`<path class="marks ${s}" d=${d[s].join('')}></path>` : nothing));
}

function mark(state: HoursState, x: number, y: number): string {
  const f = (n: number) => n.toFixed(1);
  if (state === 'closed') return `M${f(x - 3.5)} ${f(y - 3.5)}h7v7h-7z`;
  if (state === 'appointment') return `M${f(x)} ${f(y - 5)}l5 9h-10z`;
  return `M${f(x - 4)} ${f(y)}a4 4 0 1 0 8 0a4 4 0 1 0-8 0`;
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
