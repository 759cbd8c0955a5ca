import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [sveltekit()],
  server: {
    // Same origin in development as in production, so the session cookie and the
    // WebSocket upgrade behave identically: `vite dev` forwards the API to `npm run dev`.
    proxy: {
      '/graphql': { target: 'http://localhost:4000', ws: true, changeOrigin: false },
    },
  },
});
