import { SetMetadata } from '@nestjs/common';
import type { Permission } from './permissions';

/** Metadata key holding the permission a handler requires. */
export const PERMISSION_KEY = 'dondoc:permission';
/** Metadata key marking a handler as reachable without a session. */
export const PUBLIC_KEY = 'dondoc:public';

/** The route needs a session whose roles grant `permission`. */
export const RequirePermission = (permission: Permission) => SetMetadata(PERMISSION_KEY, permission);

/** The route needs no session (login, health). Every route must carry this or RequirePermission. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
