export * from './temporal-gateway';
export * from './temporal-client.module';
