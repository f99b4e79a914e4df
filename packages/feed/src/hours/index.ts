/** Opening hours: the engine, Dutch public holidays, the status in words and schema.org export. */
export * from './holidays.js';
export * from './engine.js';
export * from './precompute.js';
export * from './describe.js';
export * from './schema-org.js';
export * from './seasons.js';
export * from './closures.js';
export * from './stops.js';
export * from './describe-more.js';
