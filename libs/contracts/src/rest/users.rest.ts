// `/api/users`: user accounts as the API answers them and the bodies it accepts.

/** A user account: never the password or its hash. */
export interface User {
  id: string;
  username: string;
  fullName: string;
  email: string | null;
  /** Role codes (`admin`, `leader`, `department`, `clerk`, `standing-agency`). */
  roles: string[];
  organisationId: string;
  positionId: string | null;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

/** `POST /api/users` body. */
export interface UserCreateBody {
  username: string;
  fullName: string;
  email?: string | null;
  password: string;
  roles: string[];
  organisationId: string;
  positionId?: string | null;
}

/** `PATCH /api/users/:id` body: the username is permanent; a new password may be set. */
export type UserUpdateBody = Partial<Omit<UserCreateBody, 'username'>> & { active?: boolean };
