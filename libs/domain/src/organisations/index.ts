export * from './organisation-kinds';
