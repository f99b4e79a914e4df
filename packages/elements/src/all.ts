/**
 * Defines every Biebkit element at once (for npm users; the CDN bundle `dist/biebkit@<version>/biebkit.js` defines them
 * lazily, see packages/elements/cdn/biebkit.ts).
 * Heavy parts (chart.js, the map) load lazily from chunks beside it.
 */
import './library-feed/define.js';
import './opening-hours/define.js';
import './branch-map/define.js';
import './kpi-tile/define.js';
import './kpi-tile/sparkline-define.js';
import './kpi-tile-group/define.js';
import './goal-progress/define.js';
import './activity-calendar/define.js';
