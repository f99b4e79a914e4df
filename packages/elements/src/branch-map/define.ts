import { defineElement } from '../shared/define.js';
import { BranchMap } from './branch-map.js';

defineElement('branch-map', BranchMap);

export { BranchMap };
