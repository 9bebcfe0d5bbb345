import { DomainErrorCode } from '@dondoc/domain';
import { DOMAIN_ERROR_STATUS } from './error-status.table';

describe('DOMAIN_ERROR_STATUS', () => {
  it('maps every domain error code to a 4xx status', () => {
    const missing = Object.values(DomainErrorCode).filter((c) => DOMAIN_ERROR_STATUS[c] === undefined);
    expect(missing).toEqual([]);
    for (const status of Object.values(DOMAIN_ERROR_STATUS)) expect(status).toBeGreaterThanOrEqual(400);
  });
});
