export { TypeOrmAuditLog } from './typeorm-audit-log';
