/**
 * The default task queue of dondoc's worker. At runtime the queue comes from configuration
 * (`config.temporal.taskQueue`, default `dondoc`); this constant is that default.
 */
export const DEFAULT_TASK_QUEUE = 'dondoc';
