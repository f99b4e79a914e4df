import { defineElement } from '../shared/define.js';
import { KpiSparkline } from './kpi-sparkline.js';
import { KpiTile } from './kpi-tile.js';

defineElement('kpi-sparkline', KpiSparkline);
defineElement('kpi-tile', KpiTile);

export { KpiTile, KpiSparkline };
