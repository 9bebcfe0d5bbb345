import type { Projection, ProjectionStore } from '../ports';

/** Latest view per workflow id, in memory (tests, and the worker until the projection tables exist). */
export class InMemoryProjectionStore implements ProjectionStore {
  readonly latest = new Map<string, Projection>();

  async save(projection: Projection): Promise<void> {
    this.latest.set(projection.view.workflowId, projection);
  }
}
