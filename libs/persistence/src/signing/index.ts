export * from './signing-authority.types';
export * from './signing-authority.entity';
export * from './signing.registry';
