export * from './normalize-text.util';
export * from './collation.util';
export * from './org-alias.util';
export * from './number-parse.util';
export * from './date-parse.util';
