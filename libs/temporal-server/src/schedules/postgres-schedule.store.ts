import { decodeJson, encodeJson } from '../store/postgres/json-codec';
import { connectPg, ident, type PgClient } from '../store/postgres/pg-client';
import type { ScheduleRecord } from './schedule-record';
import type { ScheduleStore } from './schedule-store';

/**
 * Schedules in `<schema>.schedules` (migration 30, applied by the execution store when it opens). Its own
 * connection: writes are chained so they reach the table in call order.
 */
export class PostgresScheduleStore implements ScheduleStore {
  private chain: Promise<unknown> = Promise.resolve();
  private readonly s: string;

  private constructor(
    private readonly client: PgClient,
    schema: string,
  ) {
    this.s = ident(schema);
  }

  /** Connects to the database the execution store has already migrated. */
  static async open(url: string, schema = 'temporal', onError: (err: Error) => void = () => undefined): Promise<PostgresScheduleStore> {
    const client = await connectPg(url, 'dondoc-temporal-schedules');
    client.on('error', onError);
    return new PostgresScheduleStore(client, schema);
  }

  async loadAll(): Promise<ScheduleRecord[]> {
    const rows = await this.client.query<{ data: object }>(`SELECT data FROM ${this.s}.schedules ORDER BY namespace, schedule_id`);
    return rows.rows.map((r) => decodeJson<ScheduleRecord>(r.data));
  }

  save(rec: ScheduleRecord): Promise<void> {
    return this.run(
      `INSERT INTO ${this.s}.schedules (namespace, schedule_id, data) VALUES ($1, $2, $3::jsonb)
       ON CONFLICT (namespace, schedule_id) DO UPDATE SET data = EXCLUDED.data, updated_at = now()`,
      [rec.namespace, rec.scheduleId, encodeJson(rec)],
    );
  }

  delete(namespace: string, scheduleId: string): Promise<void> {
    return this.run(`DELETE FROM ${this.s}.schedules WHERE namespace = $1 AND schedule_id = $2`, [namespace, scheduleId]);
  }

  async close(): Promise<void> {
    await this.chain.catch(() => undefined);
    await this.client.end().catch(() => undefined);
  }

  private run(text: string, params: unknown[]): Promise<void> {
    const p = this.chain.then(() => this.client.query(text, params)).then(() => undefined);
    this.chain = p.catch(() => undefined);
    return p;
  }
}
