import { TestWorkflowEnvironment } from '@temporalio/testing';
import { createTestEnvironment } from './create-test-environment';

jest.mock('./dondoc-temporal-executable', () => ({
  dondocTemporalExecutable: () => ({ type: 'existing-path', path: '/repo/node_modules/.bin/dondoc-temporal' }),
}));

const executable = { type: 'existing-path', path: '/repo/node_modules/.bin/dondoc-temporal' };

/** A stand-in environment whose OperatorService records AddSearchAttributes calls. */
function fakeEnv(existing: Record<string, number> = {}) {
  const added: unknown[] = [];
  const env = {
    connection: {
      operatorService: {
        listSearchAttributes: jest.fn(async () => ({
          systemAttributes: { WorkflowId: 2 },
          customAttributes: existing,
        })),
        addSearchAttributes: jest.fn(async (req: unknown) => void added.push(req)),
      },
    },
  } as unknown as TestWorkflowEnvironment;
  return { env, added };
}

afterEach(() => jest.restoreAllMocks());

describe('createTestEnvironment', () => {
  it('starts a time-skipping server from the dondoc executable and registers search attributes over OperatorService', async () => {
    const { env, added } = fakeEnv({ Existing: 2 });
    const spy = jest.spyOn(TestWorkflowEnvironment, 'createTimeSkipping').mockResolvedValue(env);
    await expect(
      createTestEnvironment('time-skipping', { env: {}, searchAttributes: { Existing: 'KEYWORD', Priority: 'INT' } }),
    ).resolves.toBe(env);
    expect(spy).toHaveBeenCalledWith({ server: { executable, extraArgs: [] } });
    expect(added).toEqual([{ namespace: 'default', searchAttributes: { Priority: 3 } }]);
  });

  it('starts a dev server with --search-attribute flags, namespace and extra args', async () => {
    const { env } = fakeEnv();
    const spy = jest.spyOn(TestWorkflowEnvironment, 'createLocal').mockResolvedValue(env);
    await createTestEnvironment('local', {
      env: {},
      namespace: 'ns',
      extraArgs: ['--x'],
      searchAttributes: { Tags: 'KEYWORD_LIST' },
    });
    expect(spy).toHaveBeenCalledWith({
      server: {
        executable,
        extraArgs: ['--x'],
        namespace: 'ns',
        searchAttributes: [{ name: 'Tags', type: 'KEYWORD_LIST' }],
      },
    });
  });

  it.each(['time-skipping', 'local'] as const)(
    'connects to TEMPORAL_TEST_SERVER_ADDRESS instead of spawning (%s)',
    async (kind) => {
      const { env, added } = fakeEnv();
      const existing = jest.spyOn(TestWorkflowEnvironment, 'createFromExistingServer').mockResolvedValue(env);
      const timeSkipping = jest.spyOn(TestWorkflowEnvironment, 'createTimeSkipping');
      const local = jest.spyOn(TestWorkflowEnvironment, 'createLocal');
      await createTestEnvironment(kind, {
        env: { TEMPORAL_TEST_SERVER_ADDRESS: ' 10.0.0.5:7233 ' },
        searchAttributes: { Unit: 'KEYWORD' },
      });
      expect(existing).toHaveBeenCalledWith({ address: '10.0.0.5:7233', namespace: 'default' });
      expect(timeSkipping).not.toHaveBeenCalled();
      expect(local).not.toHaveBeenCalled();
      expect(added).toEqual([{ namespace: 'default', searchAttributes: { Unit: 2 } }]);
    },
  );
});
