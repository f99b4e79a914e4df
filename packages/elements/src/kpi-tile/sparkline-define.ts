import { defineElement } from '../shared/define.js';
import { KpiSparkline } from './kpi-sparkline.js';

// Defined on first use by a tile with variant="chart" (see render.ts), so tiles without a chart never
// download the sparkline's code; `@biebkit/elements/all.js` defines it at once.
defineElement('kpi-sparkline', KpiSparkline);

export { KpiSparkline };
