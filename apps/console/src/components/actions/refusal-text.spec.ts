import { errorMessageText, refusalText } from './refusal-text';

/** Shaped like react-admin's HttpError (react-admin itself does not load under jest). */
class HttpError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly body: object,
  ) {
    super(message);
  }
}

const translate = (key: string) => `t(${key})`;

describe('refusalText', () => {
  it("shows the server's own Vietnamese reason, with the per-field messages of a 422", () => {
    const error = new HttpError('dondoc.errors.VALIDATION_FAILED', 422, {
      statusCode: 422,
      code: 'VALIDATION_FAILED',
      message: 'Tệp tải lên không hợp lệ',
      errors: { file: 'Tệp rỗng' },
    });
    expect(refusalText(error, translate)).toBe('Tệp tải lên không hợp lệ — Tệp rỗng');
    const refused = new HttpError('x', 409, {
      statusCode: 409,
      code: 'NO_PENDING_EXTENSION',
      message: 'Không có đề nghị gia hạn',
    });
    expect(refusalText(refused, translate)).toBe('Không có đề nghị gia hạn');
  });

  it('translates console-side problems (i18n keys) and network errors', () => {
    expect(refusalText(new Error('dondoc.task_pages.errors.date'), translate)).toBe('t(dondoc.task_pages.errors.date)');
    const network = new HttpError('dondoc.errors.NETWORK', 0, { code: 'NETWORK', message: 'Network error' });
    expect(refusalText(network, translate)).toBe('t(dondoc.errors.NETWORK)');
  });
});

describe('errorMessageText', () => {
  it("hands the error's message (a known code's i18n key, else the API's text) to translate, not the server's body", () => {
    const known = new HttpError('dondoc.errors.VALIDATION_FAILED', 422, {
      statusCode: 422,
      message: 'Dữ liệu không hợp lệ',
    });
    expect(errorMessageText(known, translate)).toBe('t(dondoc.errors.VALIDATION_FAILED)');
  });
});
