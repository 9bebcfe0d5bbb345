export * from './file-attachment.types';
export * from './file-attachment.entity';
export * from './files.registry';
