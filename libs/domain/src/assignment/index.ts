export * from './assignment-matrix.types';
export * from './build-assignment-matrix';
