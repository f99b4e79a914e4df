import { defineElement } from '../shared/define.js';
import { OpeningHours } from './opening-hours.js';

defineElement('opening-hours', OpeningHours);

export { OpeningHours };
