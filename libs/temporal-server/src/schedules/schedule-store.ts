import { decodeJson, encodeJson } from '../store/postgres/json-codec';
import type { ScheduleRecord } from './schedule-record';

/**
 * Where schedules live. The scheduler keeps the working set in memory; the store is written after each change
 * (writes are applied in call order) and read once at start.
 */
export interface ScheduleStore {
  loadAll(): Promise<ScheduleRecord[]>;
  save(rec: ScheduleRecord): Promise<void>;
  delete(namespace: string, scheduleId: string): Promise<void>;
  close(): Promise<void>;
}

/** In-memory store: schedules last as long as the process (the default server and time-skipping tests). */
export class MemoryScheduleStore implements ScheduleStore {
  private readonly rows = new Map<string, string>();

  loadAll(): Promise<ScheduleRecord[]> {
    return Promise.resolve([...this.rows.values()].map((r) => decodeJson<ScheduleRecord>(r)));
  }

  save(rec: ScheduleRecord): Promise<void> {
    this.rows.set(`${rec.namespace}\0${rec.scheduleId}`, encodeJson(rec));
    return Promise.resolve();
  }

  delete(namespace: string, scheduleId: string): Promise<void> {
    this.rows.delete(`${namespace}\0${scheduleId}`);
    return Promise.resolve();
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
