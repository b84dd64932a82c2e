export * from './common.js';
export * from './sessions.js';
export * from './customer.js';
export * from './accounts.js';
export * from './start-of-use.js';
export * from './operations.js';
export * from './mailbox.js';
export * from './paths.js';
