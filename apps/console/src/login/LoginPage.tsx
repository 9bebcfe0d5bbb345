import { useState, type FormEvent } from 'react';
import { Alert, Box, Button, Card, CardContent, IconButton, InputAdornment, TextField, Typography } from '@mui/material';
import Visibility from '@mui/icons-material/Visibility';
import VisibilityOff from '@mui/icons-material/VisibilityOff';
import { useLogin, useTranslate } from 'react-admin';
import { LanguageSwitch } from '../layout/LanguageSwitch';
import { loginErrorMessage } from './login-error';

/** Username + password against `POST /api/auth/login`; the API's error is shown in an alert. */
export const LoginPage = () => {
  const translate = useTranslate();
  const login = useLogin();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitting(true);
    setError(null);
    try {
      await login({ username: username.trim(), password });
    } catch (e: unknown) {
      setError(loginErrorMessage(e, translate));
      setSubmitting(false);
    }
  };

  return (
    <Box
      component="main"
      sx={{ minHeight: '100vh', display: 'flex', flexDirection: 'column', alignItems: 'center', bgcolor: 'grey.100', p: 2 }}
    >
      <Box sx={{ alignSelf: 'flex-end' }}>
        <LanguageSwitch />
      </Box>
      <Card sx={{ width: '100%', maxWidth: 400, mt: { xs: 2, sm: 8 } }}>
        <CardContent>
          <Typography variant="h4" component="h1" align="center" sx={{ fontWeight: 700 }}>
            {translate('dondoc.app.title')}
          </Typography>
          <Typography variant="body2" align="center" color="text.secondary" gutterBottom>
            {translate('dondoc.app.subtitle')}
          </Typography>
          <Typography variant="h6" component="h2" sx={{ mt: 2 }}>
            {translate('dondoc.login.title')}
          </Typography>
          <Box component="form" onSubmit={(e: FormEvent<HTMLFormElement>) => void submit(e)} noValidate>
            <TextField
              id="login-username"
              name="username"
              label={translate('ra.auth.username')}
              autoComplete="username"
              autoCapitalize="none"
              autoFocus
              required
              fullWidth
              margin="normal"
              value={username}
              onChange={(e) => setUsername(e.target.value)}
            />
            <TextField
              id="login-password"
              name="password"
              type={showPassword ? 'text' : 'password'}
              label={translate('ra.auth.password')}
              autoComplete="current-password"
              required
              fullWidth
              margin="normal"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              slotProps={{
                input: {
                  endAdornment: (
                    <InputAdornment position="end">
                      <IconButton
                        aria-label={translate(showPassword ? 'dondoc.login.hide_password' : 'dondoc.login.show_password')}
                        onClick={() => setShowPassword((v) => !v)}
                        edge="end"
                      >
                        {showPassword ? <VisibilityOff /> : <Visibility />}
                      </IconButton>
                    </InputAdornment>
                  ),
                },
              }}
            />
            {error && (
              <Alert severity="error" role="alert" data-testid="login-error" sx={{ mt: 1 }}>
                {error}
              </Alert>
            )}
            <Button
              type="submit"
              variant="contained"
              fullWidth
              size="large"
              sx={{ mt: 2 }}
              disabled={submitting || !username.trim() || !password}
            >
              {translate(submitting ? 'dondoc.login.submitting' : 'dondoc.login.submit')}
            </Button>
          </Box>
        </CardContent>
      </Card>
    </Box>
  );
};
