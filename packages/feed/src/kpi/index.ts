/** KPI and goal maths and their Dutch-first formatting. Framework-free. */
export * from './period.js';
export * from './progress.js';
export * from './series.js';
export * from './goal.js';
export * from './format.js';
export * from './derived.js';
