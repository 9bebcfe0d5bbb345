import {
  ArrayInput,
  FormDataConsumer,
  NumberInput,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  number,
  regex,
  required,
  useTranslate,
} from 'react-admin';
import { audienceChoices, label } from './choices';
import { stepKind, stepMark } from './step-label';

const sendAtFormat = regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'dondoc.escalation_policies.send_at_invalid');

/** "T−5 · nhắc việc" beside each step, so the admin sees what the offset means. */
const StepHint = ({ offsetDays }: { offsetDays: unknown }) => {
  const translate = useTranslate();
  if (typeof offsetDays !== 'number' || !Number.isInteger(offsetDays)) return null;
  return (
    <span style={{ alignSelf: 'center', whiteSpace: 'nowrap' }}>
      {`${stepMark(offsetDays)} · ${translate(`dondoc.escalation_policies.kinds.${stepKind(offsetDays)}`)}`}
    </span>
  );
};

/**
 * A policy: name, steps (working days from the deadline and who is told), send time. The API checks
 * the order, the working-day offsets and that the late owner is never the target from the deadline on,
 * and answers per field in Vietnamese (shown under the inputs).
 */
export const EscalationPolicyForm = ({ isCreate }: { isCreate: boolean }) => (
  <SimpleForm
    defaultValues={
      isCreate
        ? {
            sendAt: '08:00',
            steps: [
              { offsetDays: -5, audience: 'owner' },
              { offsetDays: -1, audience: 'unitHead' },
              { offsetDays: 0, audience: 'leaderInCharge' },
              { offsetDays: 3, audience: 'chairman' },
            ],
          }
        : undefined
    }
  >
    <TextInput source="name" label={label('name')} validate={required()} fullWidth />
    <TextInput source="description" label={label('description')} fullWidth multiline />
    <TextInput source="sendAt" label={label('sendAt')} validate={[required(), sendAtFormat]} helperText="dondoc.escalation_policies.send_at_help" placeholder="08:00" />
    <ArrayInput source="steps" label={label('steps')} helperText="dondoc.escalation_policies.steps_help">
      <SimpleFormIterator inline disableReordering>
        <NumberInput source="offsetDays" label={label('offsetDays')} validate={[required(), number()]} step={1} />
        <SelectInput source="audience" label={label('audience')} choices={audienceChoices} validate={required()} />
        <FormDataConsumer>{({ scopedFormData }) => <StepHint offsetDays={scopedFormData?.offsetDays} />}</FormDataConsumer>
      </SimpleFormIterator>
    </ArrayInput>
  </SimpleForm>
);
