export { Layout } from './Layout';
export { LanguageSwitch } from './LanguageSwitch';
