// REST types of the dondoc API as the console uses them.
// Local until they move to @dondoc/contracts (the console may import contracts as types only).

export const ROLES = ['admin', 'leader', 'department', 'clerk', 'standing-agency'] as const;
export type Role = (typeof ROLES)[number];

/** `GET /api/me` */
export interface Me {
  id: string;
  username: string;
  fullName: string;
  roles: Role[];
  organisation: { id: string; name: string };
  position: { title: string; portfolio: string | null } | null;
  permissions: string[];
}

/** `POST /api/auth/login` body and 200 answer. */
export interface LoginRequest {
  username: string;
  password: string;
}
export interface LoginResponse {
  user: Me;
}

/** Every list endpoint answers `{ data, total }`. */
export interface ListResponse<T> {
  data: T[];
  total: number;
}

/** Error body of every non-2xx answer. */
export interface ApiErrorBody {
  statusCode: number;
  code: string;
  message: string;
  errors?: { field: string; message: string }[];
}

export type Id = string;
