import { SaveButton, Toolbar } from 'react-admin';

/**
 * Edit toolbar without react-admin's Delete button: the API's DELETE on organisations closes the
 * validity and on users deactivates the account, which the form already does explicitly
 * ("Hiệu lực đến ngày", "Đang hoạt động"); a "Xóa" button would promise something else.
 */
export const SaveOnlyToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);
