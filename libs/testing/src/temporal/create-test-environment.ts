import type { SearchAttributeType } from '@temporalio/common';
import { defineSearchAttributeKey } from '@temporalio/common';
import type { SearchAttributeKey } from '@temporalio/common/lib/search-attributes';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { dondocTemporalExecutable } from './dondoc-temporal-executable';

/** Which SDK launcher to use for the embedded server. */
export type TestEnvironmentKind = 'time-skipping' | 'local';

/** Options of {@link createTestEnvironment}. */
export interface CreateTestEnvironmentOptions {
  /** Search attributes to register (`--search-attribute` for local, OperatorService on an existing server). */
  readonly searchAttributes?: Readonly<Record<string, SearchAttributeType>>;
  /** Extra argv for the spawned server. */
  readonly extraArgs?: readonly string[];
  /** Namespace (default `default`). */
  readonly namespace?: string;
  /**
   * Where to read `TEMPORAL_TEST_SERVER_ADDRESS` (host:port of an external server). Defaults to `process.env`: this
   * is a test harness switch, not application configuration, so it does not go through `@dondoc/config`.
   */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** The environment variable that redirects every test environment to an already running server. */
export const TEST_SERVER_ADDRESS_VARIABLE = 'TEMPORAL_TEST_SERVER_ADDRESS';

/**
 * Starts a `TestWorkflowEnvironment` on dondoc's own server (`dondoc-temporal`), time-skipping or dev-server style.
 * When `TEMPORAL_TEST_SERVER_ADDRESS` is set, connects to that server instead (`createFromExistingServer`, no time
 * skipping) and registers the requested search attributes there, so the same tests can run against a real Temporal.
 * Call `env.teardown()` when done.
 */
export async function createTestEnvironment(
  kind: TestEnvironmentKind,
  options: CreateTestEnvironmentOptions = {},
): Promise<TestWorkflowEnvironment> {
  const address = (options.env ?? process.env)[TEST_SERVER_ADDRESS_VARIABLE]?.trim();
  const namespace = options.namespace ?? 'default';
  const searchAttributes = Object.entries(options.searchAttributes ?? {}).map(([name, type]) =>
    defineSearchAttributeKey(name, type),
  );
  if (address) {
    const env = await TestWorkflowEnvironment.createFromExistingServer({ address, namespace });
    await registerSearchAttributes(env, namespace, searchAttributes);
    return env;
  }
  const executable = dondocTemporalExecutable();
  const extraArgs = [...(options.extraArgs ?? [])];
  if (kind === 'time-skipping') {
    // The time-skipping argv carries only the port, so search attributes are registered over OperatorService.
    const env = await TestWorkflowEnvironment.createTimeSkipping({ server: { executable, extraArgs } });
    await registerSearchAttributes(env, namespace, searchAttributes);
    return env;
  }
  return TestWorkflowEnvironment.createLocal({ server: { executable, extraArgs, namespace, searchAttributes } });
}

/** Adds search attributes through OperatorService; attributes that already exist with the same type are fine. */
export async function registerSearchAttributes(
  env: TestWorkflowEnvironment,
  namespace: string,
  keys: ReadonlyArray<SearchAttributeKey<SearchAttributeType>>,
): Promise<void> {
  if (keys.length === 0) return;
  const existing = await env.connection.operatorService.listSearchAttributes({ namespace });
  const known = { ...existing.systemAttributes, ...existing.customAttributes };
  const missing = keys.filter((k) => known[k.name] === undefined);
  if (missing.length === 0) return;
  await env.connection.operatorService.addSearchAttributes({
    namespace,
    searchAttributes: Object.fromEntries(missing.map((k) => [k.name, INDEXED_VALUE_TYPE[k.type]])),
  });
}

/** `temporal.api.enums.v1.IndexedValueType` numbers by SDK search attribute type. */
const INDEXED_VALUE_TYPE: Readonly<Record<SearchAttributeType, number>> = {
  TEXT: 1,
  KEYWORD: 2,
  INT: 3,
  DOUBLE: 4,
  BOOL: 5,
  DATETIME: 6,
  KEYWORD_LIST: 7,
};
