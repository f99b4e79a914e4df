import { defineElement } from '../shared/define.js';
import { GoalProgress } from './goal-progress.js';

defineElement('goal-progress', GoalProgress);

export { GoalProgress };
