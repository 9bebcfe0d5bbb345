export * from './create-data-source';
export * from './snake-naming.strategy';
