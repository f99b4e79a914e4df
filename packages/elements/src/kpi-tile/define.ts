import { defineElement } from '../shared/define.js';
import { KpiTile } from './kpi-tile.js';

defineElement('kpi-tile', KpiTile);

export { KpiTile };
