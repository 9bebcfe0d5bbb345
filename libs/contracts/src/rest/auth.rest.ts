// `POST /api/auth/login` and `GET /api/me`: the signed-in user.

/** `POST /api/auth/login` body. */
export interface LoginRequest {
  username: string;
  password: string;
}

/** `GET /api/me`: who is signed in, for which organisation, and what they may do. */
export interface Me {
  id: string;
  username: string;
  fullName: string;
  /** Role codes (`admin`, `leader`, `department`, `clerk`, `standing-agency`). */
  roles: string[];
  organisation: { id: string; name: string };
  position: { title: string; portfolio: string | null } | null;
  /** Permissions the roles grant (`plans.read`, `tasks.assign`, …). */
  permissions: string[];
}

/** `POST /api/auth/login` 200 answer (the session cookie comes with it). */
export interface LoginResponse {
  user: Me;
}
