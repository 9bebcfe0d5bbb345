import { ParseUUIDPipe } from '@nestjs/common';
import { ApiError } from './api-error';

/** `:id` parameters: a malformed id names nothing, so it is a 404 like an unknown one. */
export const ParseId = new ParseUUIDPipe({ exceptionFactory: () => new ApiError('NOT_FOUND') });
