import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Served by the API on the same origin in production; in dev, Vite proxies /api to the local API.
export default defineConfig({
  base: '/',
  plugins: [react()],
  server: {
    host: '127.0.0.1',
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
});
