import { parseCliArgs } from './cli-args';

describe('parseCliArgs', () => {
  it('reads the time-skipping test-server argv (<port> [extra…])', () => {
    expect(parseCliArgs(['45051', '--my-extra'])).toMatchObject({ mode: 'test', port: 45051 });
  });

  it('reads the createLocal dev-server argv and tolerates unknown flags', () => {
    const o = parseCliArgs([
      'server', 'start-dev', '--port', '38977', '--namespace', 'default', '--ip', '127.0.0.1', '--log-format', 'pretty',
      '--log-level', 'warn', '--dynamic-config-value', 'frontend.enableServerVersionCheck=false', '--headless',
      '--search-attribute', 'CustomKw=Keyword', '--search-attribute', 'CustomInt=Int', '--namespace', 'extra',
      '--db-filename', '/tmp/x.db', '--my-extra',
    ]);
    expect(o).toMatchObject({ mode: 'dev', port: 38977, ip: '127.0.0.1', namespaces: ['default', 'extra'], dbFilename: '/tmp/x.db', logLevel: 'warn' });
    expect(o.searchAttributes).toEqual({ CustomKw: 'Keyword', CustomInt: 'Int' });
  });

  it('accepts --flag=value spelling', () => {
    expect(parseCliArgs(['server', 'start-dev', '--port=7000', '--ui-port=8233'])).toMatchObject({ mode: 'dev', port: 7000 });
  });

  it('reads --initial-time as an instant and refuses a malformed one', () => {
    expect(parseCliArgs(['45051', '--initial-time', '2024-01-01T00:00:00+07:00']).initialTime).toBe(Date.UTC(2023, 11, 31, 17));
    expect(() => parseCliArgs(['45051', '--initial-time', '31/02/2024'])).toThrow('--initial-time: not an ISO instant: 31/02/2024');
  });
});
