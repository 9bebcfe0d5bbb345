export * from './cut-off-period';
export * from './reporting-period';
