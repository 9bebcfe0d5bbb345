import { Divider, useMediaQuery, type Theme } from '@mui/material';
import { AppBar as RaAppBar, LoadingIndicator, Logout, TitlePortal, useGetIdentity, UserMenu, useTranslate } from 'react-admin';
import { NotificationBell } from '../resources/notifications';
import { LanguageSwitch } from './LanguageSwitch';
import { UserIdentity } from './UserIdentity';

/**
 * From `sm` up the button shows the user's name, so its accessible name starts with it (WCAG 2.5.3
 * "label in name"); on a phone it is an icon and keeps the plain translated label.
 */
const AppUserMenu = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const showsName = useMediaQuery<Theme>((theme) => theme.breakpoints.up('sm'));
  const label = showsName && identity?.fullName ? `${identity.fullName} — ${translate('ra.auth.user_menu')}` : 'ra.auth.user_menu';
  return (
    <UserMenu label={label}>
      <UserIdentity variant="menu" />
      <Divider />
      <Logout />
    </UserMenu>
  );
};

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
