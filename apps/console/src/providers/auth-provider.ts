import { HttpError, type AuthProvider } from 'react-admin';
import type { LoginRequest, LoginResponse, Me } from '@dondoc/contracts';
import { canAccessResource } from './access';
import { apiFetch } from './http';

// `GET /api/me` is asked once per session and shared by checkAuth, identity, permissions and canAccess.
let mePromise: Promise<Me> | undefined;
const fetchMe = (): Promise<Me> => {
  mePromise ??= apiFetch<Me>('/me').catch((error: unknown) => {
    mePromise = undefined;
    throw error;
  });
  return mePromise;
};

export const authProvider: AuthProvider = {
  async login(params: LoginRequest) {
    mePromise = undefined;
    const { user } = await apiFetch<LoginResponse>('/auth/login', {
      method: 'POST',
      body: { username: params.username, password: params.password },
    });
    // The login answer is the same shape as /api/me: no second request right after signing in.
    mePromise = Promise.resolve(user);
  },
  async logout() {
    mePromise = undefined;
    // Always tell the server; a 401 here only means the session had already ended.
    await apiFetch('/auth/logout', { method: 'POST' }).catch(() => undefined);
  },
  async checkAuth() {
    await fetchMe();
  },
  async checkError(error: unknown) {
    const status = error instanceof HttpError ? error.status : undefined;
    if (status === 401) {
      mePromise = undefined;
      throw new Error('ra.notification.logged_out');
    }
    // 403 keeps the session: the page shows the error instead.
  },
  async getIdentity() {
    const me = await fetchMe();
    return { id: me.id, fullName: me.fullName, organisation: me.organisation, position: me.position, roles: me.roles };
  },
  async getPermissions() {
    return (await fetchMe()).permissions;
  },
  async canAccess({ action, resource }) {
    const me = await fetchMe().catch(() => undefined);
    return canAccessResource(me, action, resource);
  },
};
