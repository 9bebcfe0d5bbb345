import { invalidArgument, type ServerError } from '../errors/server-error';

/**
 * INVALID_ARGUMENT for a bad spec. The message prefix is what the TypeScript client turns into a TypeError
 * (`Invalid schedule spec: …`), as Temporal's frontend spells it.
 */
export const invalidSpec = (why: string): ServerError => invalidArgument(`Invalid schedule spec: ${why}`);
