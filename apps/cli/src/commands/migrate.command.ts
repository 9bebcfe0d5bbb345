import { loadConfig } from '@dondoc/config';
import { openDatabase, runMigrations } from '@dondoc/persistence';
import type { CliCommand } from '../command';

/** `dondoc migrate`: applies pending database migrations (embedded Postgres or DATABASE_URL). */
export const migrateCommand: CliCommand = {
  name: 'migrate',
  summary: 'Cập nhật cấu trúc cơ sở dữ liệu (apply database migrations)',
  async run(argv, io) {
    if (argv.length > 0) {
      io.stderr('Cách dùng / usage: dondoc migrate');
      return 2;
    }
    const config = loadConfig();
    const db = await openDatabase(config, 'dondoc-migrate');
    try {
      const applied = await runMigrations(db.dataSource);
      io.stdout(
        applied.length
          ? `Đã áp dụng / applied: ${applied.join(', ')}`
          : 'Cơ sở dữ liệu đã ở phiên bản mới nhất (up to date).',
      );
      return 0;
    } finally {
      await db.close();
    }
  },
};
