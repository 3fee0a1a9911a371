export * from './office-time.js';
export * from './policy.js';
export * from './nudge.js';
export * from './groups.js';
export * from './item-updates.js';
export * from './outcome.js';
