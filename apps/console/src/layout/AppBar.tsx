import { Divider } from '@mui/material';
import { AppBar as RaAppBar, LoadingIndicator, Logout, TitlePortal, UserMenu } from 'react-admin';
import { NotificationBell } from '../resources/notifications';
import { LanguageSwitch } from './LanguageSwitch';
import { UserIdentity } from './UserIdentity';

const AppUserMenu = () => (
  <UserMenu>
    <UserIdentity variant="menu" />
    <Divider />
    <Logout />
  </UserMenu>
);

/** Title, user's name and organisation, notifications bell, language switch, loading indicator, user menu with logout. */
export const AppBar = () => (
  <RaAppBar
    color="primary"
    userMenu={<AppUserMenu />}
    toolbar={
      <>
        <UserIdentity variant="bar" />
        <NotificationBell />
        <LanguageSwitch />
        <LoadingIndicator />
      </>
    }
  >
    <TitlePortal />
  </RaAppBar>
);
