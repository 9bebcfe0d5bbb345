// TestWorkflowEnvironment argv contract (protocol §9): dondoc-temporal started the three ways the SDK starts servers.
import { Connection } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { dondocTemporalExecutable } from '@dondoc/testing';
import { describeDondocServer, runGreeting, waitFor } from './support';

jest.setTimeout(60_000);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** True once nothing answers GetSystemInfo at `address` any more. */
async function serverGone(address: string): Promise<boolean> {
  try {
    const connection = await Connection.connect({ address, connectTimeout: 500 });
    await connection.close();
    return false;
  } catch {
    return true;
  }
}

describeDondocServer('launch modes of dondoc-temporal', () => {
  it('resolves the executable from any directory of the repository', () => {
    const fromHere = dondocTemporalExecutable();
    const fromWorkflows = dondocTemporalExecutable(join(__dirname, 'workflows'));
    expect(fromHere.type).toBe('existing-path');
    expect(fromWorkflows.path).toBe(fromHere.path);
    expect(existsSync(fromHere.path)).toBe(true);
    expect(realpathSync(fromHere.path)).toMatch(/apps\/temporal-server\/bin\/dondoc-temporal\.js$/);
  });

  it('starts as a time-skipping test server (argv: <port> [extraArgs]) and dies on teardown', async () => {
    const env = await TestWorkflowEnvironment.createTimeSkipping({
      server: { executable: dondocTemporalExecutable(), extraArgs: ['--some-future-flag'] },
    });
    try {
      expect(env.supportsTimeSkipping).toBe(true);
      await expect(runGreeting(env, 'time-skipping')).resolves.toBe('Hello, time-skipping');
      const before = await env.currentTimeMs();
      await env.sleep('3 hours');
      expect((await env.currentTimeMs()) - before).toBeGreaterThanOrEqual(3 * 3_600_000);
    } finally {
      await env.teardown();
    }
    await waitFor(() => serverGone(env.address), { description: 'the server process to exit after teardown' });
  });

  it('starts as a dev server (argv: server start-dev … --search-attribute N=T …) with a custom namespace', async () => {
    const env = await TestWorkflowEnvironment.createLocal({
      server: {
        executable: dondocTemporalExecutable(),
        namespace: 'dondoc-conformance',
        searchAttributes: [
          { name: 'LaunchKeyword', type: 'KEYWORD' },
          { name: 'LaunchInt', type: 'INT' },
        ],
        extraArgs: ['--dynamic-config-value', 'some.setting=true'],
      },
    });
    try {
      expect(env.supportsTimeSkipping).toBe(false);
      expect(env.namespace).toBe('dondoc-conformance');
      await expect(runGreeting(env, 'dev-server')).resolves.toBe('Hello, dev-server');
      const attributes = await env.connection.operatorService.listSearchAttributes({ namespace: 'dondoc-conformance' });
      expect(attributes.customAttributes).toMatchObject({
        LaunchKeyword: 2, // IndexedValueType.KEYWORD
        LaunchInt: 3, // IndexedValueType.INT
      });
    } finally {
      await env.teardown();
    }
    await waitFor(() => serverGone(env.address), { description: 'the server process to exit after teardown' });
  });

  describe('as an existing server', () => {
    let child: ChildProcess | undefined;
    afterEach(() => {
      child?.kill('SIGKILL');
      child = undefined;
    });

    it('serves createFromExistingServer when started by hand with the dev-server argv', async () => {
      const port = await freePort();
      const address = `127.0.0.1:${port}`;
      child = spawn(
        dondocTemporalExecutable().path,
        ['server', 'start-dev', '--port', String(port), '--ip', '127.0.0.1', '--headless'],
        {
          stdio: 'inherit',
        },
      );
      await waitFor(async () => !(await serverGone(address)), {
        description: `dondoc-temporal listening on ${address}`,
      });
      const env = await TestWorkflowEnvironment.createFromExistingServer({ address });
      try {
        expect(env.supportsTimeSkipping).toBe(false);
        await expect(runGreeting(env, 'existing')).resolves.toBe('Hello, existing');
      } finally {
        await env.teardown();
      }
      // teardown of an existing-server environment must leave the server running.
      expect(await serverGone(address)).toBe(false);
    });
  });
});
