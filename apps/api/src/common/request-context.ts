import type { Request } from 'express';
import type { Role } from '@dondoc/persistence';

/** The authenticated user as the guard attaches it to the request. */
export interface SessionUser {
  id: string;
  username: string;
  roles: Role[];
  organisationId: string;
}

/** Express request with what dondoc's middleware and guard add. */
export interface DondocRequest extends Request {
  requestId: string;
  user?: SessionUser;
}

/** Who acts and under which request: passed from controllers to services for auditing. */
export interface Actor {
  userId: string | null;
  requestId: string | null;
}
