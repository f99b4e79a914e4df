// Only one element: the bundler must leave every other element (and chart.js, Leaflet) out of this page.
import '@biebkit/elements/opening-hours.js';
