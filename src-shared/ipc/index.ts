export * from './contract.js';
export * from './events.js';
export * from './errors.js';
export * from './bridge.js';
export * from './channel-list.js';
