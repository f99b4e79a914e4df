import { defineElement } from '../shared/define.js';
import { KpiSparkline } from '../kpi-tile/kpi-sparkline.js';
import { KpiTileGroup } from './kpi-tile-group.js';

defineElement('kpi-sparkline', KpiSparkline);
defineElement('kpi-tile-group', KpiTileGroup);

export { KpiTileGroup };
