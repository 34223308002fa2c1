// Vite build of the cockpit. The server (packages/server/src/plugins/web-static.ts)
// serves dist/; in development `npm run dev -w @sentinel/web` proxies /api to a
// running `sentinel start` (SENTINEL_API, default http://127.0.0.1:3000).
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Chart and map code is lazy-loaded per page; only warn when a single chunk grows past this.
    chunkSizeWarningLimit: 1200,
  },
  server: {
    proxy: { '/api': process.env.SENTINEL_API ?? 'http://127.0.0.1:3000' },
  },
});
