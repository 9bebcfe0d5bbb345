import { useState, type MouseEvent } from 'react';
import { Button, Menu, MenuItem } from '@mui/material';
import TranslateIcon from '@mui/icons-material/Translate';
import { useLocaleState, useTranslate } from 'react-admin';
import { LOCALES, type Locale } from '../i18n/i18n-provider';

/**
 * Language menu. react-admin keeps the choice in its localStorage store, so it survives reloads.
 * Replaces LocalesMenuButton, whose button has an empty aria-label.
 */
export const LanguageSwitch = () => {
  const translate = useTranslate();
  const [locale, setLocale] = useLocaleState();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const current = translate(`dondoc.language.${locale}`);
  const choose = (next: Locale) => () => {
    setLocale(next);
    setAnchor(null);
  };
  return (
    <>
      <Button
        color="inherit"
        startIcon={<TranslateIcon />}
        aria-label={translate('dondoc.language.change', { language: current })}
        aria-haspopup="menu"
        aria-controls={anchor ? 'language-menu' : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(e: MouseEvent<HTMLElement>) => setAnchor(e.currentTarget)}
        sx={{ minWidth: 0, textTransform: 'none' }}
      >
        {/* Two letters on a phone, the full name elsewhere. */}
        <span lang={locale}>
          <span className="language-short">{locale.toUpperCase()}</span>
          <span className="language-long">{current}</span>
        </span>
      </Button>
      <Menu id="language-menu" anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        {LOCALES.map((l) => (
          <MenuItem key={l} lang={l} selected={l === locale} onClick={choose(l)}>
            {translate(`dondoc.language.${l}`)}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
};
