import { spawn, type ChildProcess } from 'node:child_process';
import { type CommandIo } from '../command';

/** Something `dondoc start` runs and must stop on Ctrl-C: a child process or an in-process resource. */
interface Managed {
  name: string;
  stop(): Promise<void>;
}

/**
 * Owns every process `dondoc start` brings up and stops them in reverse order, once. A child that
 * exits on its own takes the whole stack down: half a dondoc is worse than none.
 */
export class Supervisor {
  private readonly managed: Managed[] = [];
  private stopping: Promise<void> | undefined;
  private readonly done: Promise<number>;
  private finish!: (code: number) => void;

  constructor(private readonly io: CommandIo) {
    this.done = new Promise((resolve) => (this.finish = resolve));
  }

  /** Resolves with the exit code once everything has stopped. */
  whenStopped(): Promise<number> {
    return this.done;
  }

  /** Registers an in-process resource (e.g. the embedded Postgres handle). */
  add(name: string, stop: () => Promise<void>): void {
    this.managed.push({ name, stop });
  }

  /** Starts `node <script> …args` with the given environment and supervises it. */
  spawnNode(name: string, script: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
    const child = spawn(process.execPath, [script, ...args], { env, stdio: ['ignore', 'inherit', 'inherit'] });
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.once('exit', (code, signal) => {
      if (this.stopping) return;
      this.io.stderr(`dondoc: ${name} đã dừng bất ngờ (exited unexpectedly: ${signal ?? code}); dừng toàn bộ.`);
      void this.stop(1);
    });
    this.managed.push({
      name,
      stop: async () => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      },
    });
    return child;
  }

  /** Stops everything in reverse start order; safe to call repeatedly. */
  stop(code = 0): Promise<void> {
    this.stopping ??= (async () => {
      for (const m of [...this.managed].reverse()) {
        try {
          await m.stop();
        } catch (error) {
          this.io.stderr(`dondoc: không dừng được ${m.name}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      this.finish(code);
    })();
    return this.stopping;
  }
}
