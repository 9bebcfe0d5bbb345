import { Edit } from 'react-admin';
import type { User, UserUpdateBody } from '@dondoc/contracts';
import { UserForm } from './UserForm';

// An empty "new password" means: keep the current one.
const dropEmptyPassword = (data: User & { password?: string | null }): User & UserUpdateBody => {
  const { password, ...rest } = data;
  return password ? { ...rest, password } : rest;
};

// Pessimistic: role changes take effect only once the server has confirmed them.
export const UserEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" transform={dropEmptyPassword}>
    <UserForm isCreate={false} />
  </Edit>
);
