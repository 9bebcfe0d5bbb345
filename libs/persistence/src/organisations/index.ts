export * from './administrative-unit.entity';
export * from './administrative-unit-succession.entity';
export * from './organisation.entity';
export * from './organisation-succession.entity';
export * from './position.entity';
export * from './succession.types';
