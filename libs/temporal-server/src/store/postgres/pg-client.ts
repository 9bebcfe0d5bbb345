/** The slice of `pg` the store uses (the package ships no types here). */
export interface PgQueryResult<R> {
  rows: R[];
  rowCount: number | null;
}
export interface PgClient {
  connect(): Promise<void>;
  query<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<PgQueryResult<R>>;
  end(): Promise<void>;
  on(event: 'error', fn: (err: Error) => void): void;
}

/** A connected client for `url`. */
export async function connectPg(url: string, applicationName: string): Promise<PgClient> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pg = require('pg') as { Client: new (cfg: { connectionString: string; application_name?: string }) => PgClient };
  const client = new pg.Client({ connectionString: url, application_name: applicationName });
  await client.connect();
  return client;
}

/** `"name"` with embedded quotes doubled. */
export const ident = (name: string): string => `"${name.replace(/"/g, '""')}"`;
