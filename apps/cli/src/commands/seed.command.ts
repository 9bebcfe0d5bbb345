import { loadConfig } from '@dondoc/config';
import { DEMO_PASSWORD, DEMO_USERS, openDatabase, runMigrations, seedDemoData } from '@dondoc/persistence';
import type { CliCommand } from '../command';

/**
 * `dondoc seed`: migrates, then creates the demo commune and demo logins. Idempotent: running it
 * again adds only what is missing and never overwrites edits.
 */
export const seedCommand: CliCommand = {
  name: 'seed',
  summary: 'Tạo dữ liệu mẫu: xã Tân Hòa và tài khoản demo (create demo data, idempotent)',
  async run(argv, io) {
    if (argv.length > 0) {
      io.stderr('Cách dùng / usage: dondoc seed');
      return 2;
    }
    const config = loadConfig();
    const db = await openDatabase(config, 'dondoc-seed');
    try {
      await runMigrations(db.dataSource);
      const r = await seedDemoData(db.dataSource);
      io.stdout(
        `Dữ liệu mẫu / demo data: +${r.units} đơn vị hành chính, +${r.organisations} tổ chức, +${r.positions} chức vụ, ` +
          `+${r.users} tài khoản, +${r.successions} liên kết kế thừa.`,
      );
      io.stdout(`Tài khoản demo (mật khẩu ${DEMO_PASSWORD}): ${DEMO_USERS.map((u) => u.username).join(', ')}`);
      return 0;
    } finally {
      await db.close();
    }
  },
};
