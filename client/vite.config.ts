import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const api = process.env.HERO_API_URL ?? 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [react()],
  server: {
    host: '127.0.0.1',
    proxy: {
      '/graphql': { target: api, ws: true, changeOrigin: true },
      '/webhooks': { target: api },
      '/healthz': { target: api },
      '/export': { target: api },
    },
  },
  build: { sourcemap: true },
  test: { environment: 'node', include: ['src/**/*.test.{ts,tsx}'] },
});
