import type { Id, Role } from './rest';

/** `users` resource. `password` is only sent on create. */
export interface User {
  id: Id;
  username: string;
  fullName: string;
  email?: string | null;
  roles: Role[];
  organisationId: Id;
  positionId?: Id | null;
  active: boolean;
  createdAt?: string;
  updatedAt?: string;
}

export interface UserCreate extends Omit<User, 'id' | 'active' | 'createdAt' | 'updatedAt'> {
  password: string;
}

/** PATCH body: username is permanent; a new password may be set. */
export type UserUpdate = Partial<Omit<UserCreate, 'username'>> & { active?: boolean };
