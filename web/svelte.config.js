import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  compilerOptions: {
    // Svelte 5 only: no legacy `export let`, `$:` or slots anywhere in the app.
    runes: true,
  },
  kit: {
    // The API server imports build/handler.js and mounts it at `/`, after `/graphql`.
    adapter: adapter({ out: 'build' }),
  },
};

export default config;
