import { defaultTheme, type RaThemeOptions } from 'react-admin';

// Users who ask the OS for less motion get no sliding drawers or ripples (also makes screenshots stable).
const reducedMotion =
  typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;

const noMotion = {
  transitions: {
    duration: {
      shortest: 0,
      shorter: 0,
      short: 0,
      standard: 0,
      complex: 0,
      enteringScreen: 0,
      leavingScreen: 0,
    },
  },
};

/** react-admin's default theme with dondoc's blue and a sidebar wide enough for the labels. */
export const theme: RaThemeOptions = {
  ...defaultTheme,
  palette: { ...defaultTheme.palette, primary: { main: '#0b5394' }, secondary: { main: '#7a1f1f' } },
  sidebar: { width: 280, closedWidth: 55 },
  typography: { fontFamily: ['Roboto', '"Segoe UI"', 'Arial', 'sans-serif'].join(',') },
  components: {
    ...defaultTheme.components,
    MuiButtonBase: { defaultProps: { disableRipple: reducedMotion } },
  },
  ...(reducedMotion ? noMotion : {}),
};
