export * from './profile.js';
export * from './own-bank.js';
