export { VnDateField } from './VnDateField';
