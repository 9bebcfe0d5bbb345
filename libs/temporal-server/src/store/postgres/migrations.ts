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
  {
    // The timer loop pages through due timers in (due_at, key) order (many timers may share one instant).
    version: 10,
    name: 'timers-due-key',
    sql: `CREATE INDEX timers_due_key_idx ON {schema}.timers (due_at, key);`,
  },
  {
    // List/Count in SQL (visibility-sql.ts): a column per system attribute, code-point order for strings (like the
    // in-memory matcher), NULL close time while running, custom search attributes normalised per type in a jsonb.
    version: 20,
    name: 'visibility-sql',
    sql: `
ALTER TABLE {schema}.visibility
  ALTER COLUMN workflow_id TYPE text COLLATE "C",
  ALTER COLUMN workflow_type TYPE text COLLATE "C",
  ALTER COLUMN run_id TYPE text COLLATE "C",
  ALTER COLUMN start_time TYPE double precision,
  ALTER COLUMN close_time TYPE double precision,
  ALTER COLUMN close_time DROP NOT NULL,
  ADD COLUMN task_queue text COLLATE "C",
  ADD COLUMN execution_time double precision,
  ADD COLUMN history_length bigint,
  ADD COLUMN parent_workflow_id text COLLATE "C",
  ADD COLUMN root_workflow_id text COLLATE "C",
  ADD COLUMN search_attributes jsonb NOT NULL DEFAULT '{}';
UPDATE {schema}.visibility SET
  close_time = NULLIF(close_time, 0),
  task_queue = data->>'taskQueue',
  execution_time = (data->>'executionTime')::double precision,
  history_length = (data->>'historyLength')::bigint,
  parent_workflow_id = data->>'parentWorkflowId',
  root_workflow_id = data->>'rootWorkflowId';
CREATE INDEX visibility_order_idx ON {schema}.visibility (namespace, close_time DESC NULLS FIRST, start_time DESC, run_id);
CREATE INDEX visibility_type_idx ON {schema}.visibility (namespace, workflow_type, start_time DESC);
CREATE INDEX visibility_workflow_id_idx ON {schema}.visibility (namespace, workflow_id);
CREATE INDEX visibility_status_idx ON {schema}.visibility (namespace, status, start_time DESC);
CREATE INDEX visibility_task_queue_idx ON {schema}.visibility (namespace, task_queue);
CREATE INDEX visibility_search_attributes_idx ON {schema}.visibility USING gin (search_attributes jsonb_path_ops)
  WITH (fastupdate = off); -- no pending list: plans and results do not wait for a vacuum
-- Numeric and date-time readings of custom attributes, one row per (run, attribute), for indexed range filters;
-- kept in step with visibility.search_attributes by a trigger that runs only when those change.
CREATE TABLE {schema}.visibility_ranges (
  namespace text NOT NULL,
  run_id text COLLATE "C" NOT NULL,
  name text NOT NULL,
  num double precision,
  tim double precision
);
CREATE INDEX visibility_ranges_run_idx ON {schema}.visibility_ranges (namespace, run_id);
CREATE INDEX visibility_ranges_num_idx ON {schema}.visibility_ranges (namespace, name, num) WHERE num IS NOT NULL;
CREATE INDEX visibility_ranges_tim_idx ON {schema}.visibility_ranges (namespace, name, tim) WHERE tim IS NOT NULL;
CREATE FUNCTION {schema}.visibility_ranges_sync() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    DELETE FROM {schema}.visibility_ranges WHERE namespace = OLD.namespace AND run_id = OLD.run_id;
  END IF;
  INSERT INTO {schema}.visibility_ranges (namespace, run_id, name, num, tim)
  SELECT NEW.namespace, NEW.run_id, a.key, (a.value->>'n')::double precision, (a.value->>'t')::double precision
  FROM jsonb_each(NEW.search_attributes) AS a
  WHERE a.value ? 'n' OR a.value ? 't';
  RETURN NULL;
END
$fn$;
CREATE TRIGGER visibility_ranges_insert AFTER INSERT ON {schema}.visibility
  FOR EACH ROW WHEN (NEW.search_attributes <> '{}'::jsonb) EXECUTE FUNCTION {schema}.visibility_ranges_sync();
CREATE TRIGGER visibility_ranges_update AFTER UPDATE OF search_attributes ON {schema}.visibility
  FOR EACH ROW WHEN (OLD.search_attributes IS DISTINCT FROM NEW.search_attributes) EXECUTE FUNCTION {schema}.visibility_ranges_sync();
`,
  },
  {
    version: 30,
    name: 'schedules',
    sql: `
CREATE TABLE {schema}.schedules (
  namespace text NOT NULL,
  schedule_id text NOT NULL,
  data jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (namespace, schedule_id)
);
`,
  },
  {
    // Cross-run effects owed (transfer tasks: child start, child close → parent, external signal/cancel, parent-close
    // policy), written with the change that owes them and deleted with their effect; re-executed at start (recovery.ts).
    version: 40,
    name: 'transfers',
    sql: `
CREATE TABLE {schema}.transfers (
  id text PRIMARY KEY,
  seq bigserial NOT NULL,
  run_id text NOT NULL,
  data jsonb NOT NULL
);
`,
  },
];
