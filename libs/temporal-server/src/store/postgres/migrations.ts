/** Versioned DDL of the durable store; `{schema}` is replaced by the quoted schema name. Append only, never edit. */
export const MIGRATIONS: ReadonlyArray<{ version: number; name: string; sql: string }> = [
  {
    version: 1,
    name: 'executions',
    sql: `
CREATE TABLE {schema}.runs (
  run_id text PRIMARY KEY,
  namespace text NOT NULL,
  workflow_id text NOT NULL,
  state text NOT NULL,
  data jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX runs_open_idx ON {schema}.runs (state) WHERE state = 'running';
CREATE TABLE {schema}.history_events (
  run_id text NOT NULL,
  event_id bigint NOT NULL,
  data jsonb NOT NULL,
  PRIMARY KEY (run_id, event_id)
);
CREATE TABLE {schema}.current_runs (
  namespace text NOT NULL,
  workflow_id text NOT NULL,
  run_id text NOT NULL,
  PRIMARY KEY (namespace, workflow_id)
);
CREATE TABLE {schema}.visibility (
  namespace text NOT NULL,
  run_id text NOT NULL,
  workflow_id text NOT NULL,
  workflow_type text NOT NULL,
  status integer NOT NULL,
  start_time bigint NOT NULL,
  close_time bigint NOT NULL,
  data jsonb NOT NULL,
  PRIMARY KEY (namespace, run_id)
);
CREATE INDEX visibility_start_idx ON {schema}.visibility (namespace, start_time DESC);
CREATE INDEX visibility_close_idx ON {schema}.visibility (namespace, close_time DESC);
CREATE TABLE {schema}.timers (
  key text PRIMARY KEY,
  run_id text NOT NULL,
  due_at bigint NOT NULL
);
CREATE INDEX timers_due_idx ON {schema}.timers (due_at);
CREATE INDEX timers_run_idx ON {schema}.timers (run_id);
CREATE TABLE {schema}.tasks (
  run_id text NOT NULL,
  kind text NOT NULL,
  ref text NOT NULL,
  namespace text NOT NULL,
  queue_type text NOT NULL,
  queue text NOT NULL,
  attempt integer NOT NULL,
  PRIMARY KEY (run_id, kind, ref)
);
CREATE INDEX tasks_queue_idx ON {schema}.tasks (namespace, queue_type, queue);
`,
  },
];
