export * from './enums/index.js';
export * from './i18n/errors.js';
export * from './validation/id-number.js';
export * from './validation/mask.js';
export * from './validation/auth.js';
export * from './validation/unit.js';
