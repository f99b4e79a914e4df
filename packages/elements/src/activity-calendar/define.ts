import { defineElement } from '../shared/define.js';
import { ActivityCalendar } from './activity-calendar.js';

defineElement('activity-calendar', ActivityCalendar);

export { ActivityCalendar };
