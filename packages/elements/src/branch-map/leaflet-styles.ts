import { unsafeCSS } from 'lit';
// Leaflet's own stylesheet (BSD-2-Clause, (c) Volodymyr Agafonkin and contributors), taken from the installed
// `leaflet` package at build time (scripts/css-text.mjs): minified, without the rules that load images. It
// is adopted into <branch-map>'s shadow root with the map chunk only, so it needs no <style> element or
// style attribute and works under a strict CSP.
import leafletCss from 'leaflet/dist/leaflet.css?text';

export const leafletStyles = unsafeCSS(leafletCss);
