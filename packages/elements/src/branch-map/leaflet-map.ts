/**
 * The Leaflet map of `<branch-map>`: loaded lazily (its own chunk), only when the visitor asks for the
 * map or the site says to load it at once. Markers are div icons whose shape and glyph say the status
 * (not colour alone); popups are built as DOM nodes with textContent, never HTML from the feed.
 */
import { Map as LeafletMap, TileLayer, Marker, DivIcon, LatLngBounds } from 'leaflet/dist/leaflet-src.esm.js';
import { leafletStyles } from './leaflet-styles.js';
import { GLYPHS } from './marks.js';
import type { HoursState } from '@biebkit/feed';

export { leafletStyles };

export interface MapBranch {
  id: string;
  lat: number;
  lon: number;
  state: HoursState;
  name: string;
  lines: string[];
}

export interface MapOptions {
  tiles: string;
  attribution: string;
  backLabel: string;
  markerLabel: (b: MapBranch) => string;
  onBack: (id: string) => void;
}


function escapeText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A Leaflet map in `container` with a marker per branch; returns how to focus a marker and clean up. */
export function createLeafletMap(container: HTMLElement, branches: MapBranch[], options: MapOptions) {
  const map = new LeafletMap(container, { scrollWheelZoom: false, attributionControl: true });
  if (options.tiles) {
    // Leaflet writes attribution as HTML: the site's text is escaped so it is only ever text.
    new TileLayer(options.tiles, { maxZoom: 19, attribution: escapeText(options.attribution) }).addTo(map);
  }
  map.attributionControl.setPrefix(false);
  // The view first: Leaflet adds markers to the DOM only once the map has one.
  if (branches.length) map.fitBounds(new LatLngBounds(branches.map((b): [number, number] => [b.lat, b.lon])).pad(0.15), { maxZoom: 15 });
  else map.setView([52.2, 5.3], 7);
  const markers = new Map<string, Marker>();
  for (const b of branches) {
    const icon = new DivIcon({
      className: `bk-pin bk-pin--${b.state}`,
      html: `<span class="bk-pin-glyph" aria-hidden="true">${GLYPHS[b.state]}</span>`,
      iconSize: [28, 28],
      iconAnchor: [14, 14],
      popupAnchor: [0, -14],
    });
    const marker = new Marker([b.lat, b.lon], { icon, title: options.markerLabel(b), keyboard: true, alt: options.markerLabel(b) });
    marker.bindPopup(() => popupNode(b, options));
    marker.addTo(map);
    const el = marker.getElement();
    el?.setAttribute('aria-label', options.markerLabel(b));
    el?.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') options.onBack(b.id);
    });
    markers.set(b.id, marker);
  }
  return {
    map,
    /** Opens a branch's popup and moves focus to its marker. */
    focus(id: string): void {
      const marker = markers.get(id);
      if (!marker) return;
      map.panTo(marker.getLatLng());
      marker.openPopup();
      marker.getElement()?.focus();
    },
    destroy(): void {
      map.remove();
    },
  };
}

function popupNode(b: MapBranch, options: MapOptions): HTMLElement {
  const root = document.createElement('div');
  root.className = 'bk-popup';
  const name = document.createElement('strong');
  name.textContent = b.name;
  root.append(name);
  for (const line of b.lines) {
    const p = document.createElement('p');
    p.textContent = line;
    root.append(p);
  }
  const back = document.createElement('button');
  back.type = 'button';
  back.textContent = options.backLabel;
  back.addEventListener('click', () => options.onBack(b.id));
  root.append(back);
  return root;
}
