import { snakeCase } from './snake-naming.strategy';

describe('snakeCase', () => {
  it.each([
    ['validFrom', 'valid_from'],
    ['isStateAdministrative', 'is_state_administrative'],
    ['organisationId', 'organisation_id'],
    ['requestId', 'request_id'],
    ['HTTPStatus', 'http_status'],
    ['name', 'name'],
  ])('%s → %s', (input, output) => {
    expect(snakeCase(input)).toBe(output);
  });
});
