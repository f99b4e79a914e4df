import { defineElement } from '../shared/define.js';
import { KpiTileGroup } from './kpi-tile-group.js';

defineElement('kpi-tile-group', KpiTileGroup);

export { KpiTileGroup };
