import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dondocTemporalExecutable } from './dondoc-temporal-executable';

/** A throw-away repository layout: node_modules/.bin/dondoc-temporal → apps/temporal-server/bin/…, optionally built. */
function fakeRepo(built: boolean): string {
  const root = mkdtempSync(join(tmpdir(), 'dondoc-exe-'));
  mkdirSync(join(root, 'apps/temporal-server/bin'), { recursive: true });
  writeFileSync(join(root, 'apps/temporal-server/bin/dondoc-temporal.js'), '#!/usr/bin/env node\n');
  if (built) {
    mkdirSync(join(root, 'apps/temporal-server/dist'));
    writeFileSync(join(root, 'apps/temporal-server/dist/main.js'), '');
  }
  mkdirSync(join(root, 'node_modules/.bin'), { recursive: true });
  symlinkSync('../../apps/temporal-server/bin/dondoc-temporal.js', join(root, 'node_modules/.bin/dondoc-temporal'));
  mkdirSync(join(root, 'tests/conformance/workflows'), { recursive: true });
  return root;
}

describe('dondocTemporalExecutable', () => {
  it('finds the bin link by walking up from a nested directory', () => {
    const root = fakeRepo(true);
    expect(dondocTemporalExecutable(join(root, 'tests/conformance/workflows'))).toEqual({
      type: 'existing-path',
      path: join(root, 'node_modules/.bin/dondoc-temporal'),
    });
    expect(dondocTemporalExecutable(root).path).toBe(join(root, 'node_modules/.bin/dondoc-temporal'));
  });

  it('explains how to build when dist/main.js is missing', () => {
    const root = fakeRepo(false);
    expect(() => dondocTemporalExecutable(root)).toThrow(
      /not built.*npx tsc -b libs\/temporal-server apps\/temporal-server/,
    );
  });

  it('fails clearly outside a repository', () => {
    const outside = mkdtempSync(join(tmpdir(), 'dondoc-none-'));
    expect(() => dondocTemporalExecutable(outside)).toThrow(/node_modules\/\.bin\/dondoc-temporal not found/);
  });
});
