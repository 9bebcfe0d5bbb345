export {
  createConformanceActivities,
  type AttemptInfo,
  type ConformanceActivities,
  type ConformanceActivityDeps,
} from './conformance.activities';
