import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import { raVietnamese } from './ra-vi';
import { appVietnamese } from './app-vi';
import { appEnglish } from './app-en';

export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'vi';

export const messages: Record<Locale, TranslationMessages> = {
  vi: { ...raVietnamese, ...appVietnamese } as TranslationMessages,
  en: { ...englishMessages, ...appEnglish } as TranslationMessages,
};

const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

// react-admin persists the chosen locale in its localStorage store under this key; reading it here
// starts the app in the saved language instead of flashing Vietnamese first.
const STORE_KEY = 'RaStore.locale';
export const savedLocale = (): Locale => {
  try {
    const raw = window.localStorage.getItem(STORE_KEY);
    const value: unknown = raw ? JSON.parse(raw) : undefined;
    return isLocale(value) ? value : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
};

export const i18nProvider = polyglotI18nProvider(
  (locale) => {
    const lang: Locale = isLocale(locale) ? locale : DEFAULT_LOCALE;
    document.documentElement.lang = lang;
    return messages[lang];
  },
  savedLocale(),
  [
    { locale: 'vi', name: 'Tiếng Việt' },
    { locale: 'en', name: 'English' },
  ],
  { allowMissing: true },
);
