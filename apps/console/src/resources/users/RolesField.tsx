import { Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { User } from '@dondoc/contracts';

export const RolesField = (_props: { label?: string; source?: string; sortable?: boolean }) => {
  const record = useRecordContext<User>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {record.roles.map((role) => (
        <Chip key={role} size="small" label={translate(`dondoc.roles.${role}`, { _: role })} />
      ))}
    </Stack>
  );
};
