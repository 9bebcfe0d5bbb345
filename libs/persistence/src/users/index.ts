export * from './user.entity';
export * from './password-hasher';
