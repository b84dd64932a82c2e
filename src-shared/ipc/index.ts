export * from './contract.js';
export * from './events.js';
export * from './errors.js';
export * from './bridge.js';
