import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

const apiUrl = process.env.API_URL ?? 'http://127.0.0.1:4000';
const proxy = { '/graphql': apiUrl, '/downloads': apiUrl, '/healthz': apiUrl };

export default defineConfig({
  plugins: [
    react(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: '帮扶 · 职工服务',
        short_name: '帮扶',
        lang: 'zh-CN',
        start_url: '/',
        display: 'standalone',
        theme_color: '#c8102e',
        background_color: '#ffffff',
        icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      // the app shell only: GraphQL responses never go into Cache Storage (style.md principle 10)
      workbox: { globPatterns: ['**/*.{js,css,html,svg}'], navigateFallbackDenylist: [/^\/graphql/, /^\/downloads/] },
    }),
  ],
  server: { host: '127.0.0.1', proxy },
  preview: { host: '127.0.0.1', proxy },
});
