/**
 * Defines every Biebkit element. This is the entry of the CDN bundle `dist/biebkit.js`.
 * Heavy parts (chart.js, the map) load lazily from chunks beside it.
 */
import './library-feed/define.js';
