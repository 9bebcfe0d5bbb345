import { Box, Typography } from '@mui/material';
import { useGetIdentity } from 'react-admin';
import type { Me } from '@dondoc/contracts';

type Identity = { fullName?: string; organisation?: Me['organisation']; position?: Me['position'] };

/**
 * Who is signed in. `bar`: position and organisation beside the user-menu button (which already
 * shows the name), wide screens only; `menu`: name, position and organisation inside the user menu.
 */
export const UserIdentity = ({ variant }: { variant: 'bar' | 'menu' }) => {
  const { identity } = useGetIdentity();
  const me = identity as Identity | undefined;
  if (!me?.fullName) return null;
  return (
    <Box
      data-testid={`user-identity-${variant}`}
      sx={
        variant === 'bar'
          ? { display: { xs: 'none', md: 'block' }, textAlign: 'right', mx: 1, lineHeight: 1.2, minWidth: 0 }
          : { px: 2, py: 1, maxWidth: 320 }
      }
    >
      {variant === 'menu' && (
        <Typography variant="body2" component="div" sx={{ fontWeight: 600 }}>
          {me.fullName}
        </Typography>
      )}
      {me.position?.title && (
        <Typography variant="caption" component="div" noWrap={variant === 'bar'} sx={{ opacity: 0.85 }}>
          {me.position.title}
        </Typography>
      )}
      <Typography variant="caption" component="div" noWrap={variant === 'bar'} sx={{ fontWeight: variant === 'bar' ? 600 : 400 }}>
        {me.organisation?.name}
      </Typography>
    </Box>
  );
};
