import { SaveButton, SelectInput, SimpleForm, TextInput, Toolbar, required, type Validator } from 'react-admin';
import { isoToVn, isRealVnDate } from './exception-date';
import { kindChoices, label } from './choices';
import { RevokeButton } from './RevokeButton';

const realDate: Validator = (value: unknown) => (isRealVnDate(value) ? undefined : 'dondoc.calendar_exceptions.invalid_date');

const FormToolbar = ({ isCreate }: { isCreate: boolean }) => (
  <Toolbar sx={{ justifyContent: 'space-between' }}>
    <SaveButton />
    {!isCreate && <RevokeButton />}
  </Toolbar>
);

/**
 * The date is typed dd/mm/yyyy and sent as typed (the API reads dd/mm/yyyy and answers a clear 422
 * for 31/02, a weekday make-up day, a day already off…); a stored date is shown dd/mm/yyyy.
 */
export const CalendarExceptionForm = ({ isCreate }: { isCreate: boolean }) => (
  <SimpleForm toolbar={<FormToolbar isCreate={isCreate} />} defaultValues={isCreate ? { kind: 'dayOff' } : undefined}>
    <TextInput
      source="date"
      label={label('date')}
      format={isoToVn}
      validate={[required(), realDate]}
      helperText="dondoc.calendar_exceptions.date_help"
      placeholder="dd/mm/yyyy"
    />
    <SelectInput source="kind" label={label('kind')} choices={kindChoices} validate={required()} />
    <TextInput source="reason" label={label('reason')} validate={required()} fullWidth multiline helperText="dondoc.calendar_exceptions.reason_help" />
  </SimpleForm>
);
