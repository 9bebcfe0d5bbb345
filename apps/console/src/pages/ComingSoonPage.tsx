import { Card, CardContent, Chip, Typography } from '@mui/material';
import ConstructionIcon from '@mui/icons-material/Construction';
import { Title, useTranslate } from 'react-admin';
import type { ComingSoonKey } from './coming-soon-pages';

/** Placeholder for a screen whose API does not exist yet: says so, shows no invented data. */
export const ComingSoonPage = ({ page }: { page: ComingSoonKey }) => {
  const translate = useTranslate();
  const name = translate(`dondoc.menu.${page}`);
  return (
    <Card component="section" aria-labelledby={`coming-soon-${page}`} sx={{ mt: 2 }}>
      <Title title={name} />
      <CardContent>
        <Typography id={`coming-soon-${page}`} variant="h5" component="h1" gutterBottom>
          {name}{' '}
          <Chip icon={<ConstructionIcon />} color="warning" label={translate('dondoc.menu.coming_soon')} />
        </Typography>
        <Typography>{translate('dondoc.coming_soon.body')}</Typography>
      </CardContent>
    </Card>
  );
};
