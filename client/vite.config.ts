import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { SECURITY_HEADERS } from '@bangfu/shared/security-headers';

const apiUrl = process.env.API_URL ?? 'http://127.0.0.1:4000';
const API_PATHS = ['/graphql', '/downloads', '/uploads', '/files', '/healthz', '/admin'];
// xfwd appends the caller's address to X-Forwarded-For, the one hop the API trusts behind this server (TRUST_PROXY=1)
const proxy = Object.fromEntries(API_PATHS.map((path) => [path, { target: apiUrl, xfwd: true }]));

/** The console's shell for its own routes (/console/queue), under `vite preview` and the dev server, like the API's CLIENT_DIR. */
const toConsoleShell = (req: { url?: string }, _res: unknown, next: () => void) => {
  if (req.url?.startsWith('/console') && !/\.\w+($|\?)/.test(req.url)) req.url = '/console/index.html';
  next();
};
const consoleFallback: Plugin = {
  name: 'bangfu-console-fallback',
  configurePreviewServer: (server) => void server.middlewares.use(toConsoleShell),
  configureServer: (server) => void server.middlewares.use(toConsoleShell),
};

export default defineConfig({
  plugins: [
    react(),
    consoleFallback,
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['apple-touch-icon.png', 'icon.svg'],
      manifest: {
        name: '帮扶 · 职工服务',
        short_name: '帮扶',
        description: '工会困难职工帮扶：申请、查进度、确认收款',
        lang: 'zh-CN',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#c8102e',
        background_color: '#ffffff',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      // the app shell only: API answers never go into Cache Storage (style.md principle 10); drafts live in IndexedDB
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        // the staff console is a separate app: a phone never downloads it
        globIgnores: ['console/**'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [...API_PATHS, '/console'].map((path) => new RegExp(`^${path}`)),
        runtimeCaching: [],
      },
    }),
  ],
  // the manifest lets scripts/bundle-size.mjs follow each screen's imports
  build: { manifest: true },
  server: { host: '127.0.0.1', proxy },
  // the dev server injects inline scripts for hot reload; the built apps run under the policy
  preview: { host: '127.0.0.1', proxy, headers: SECURITY_HEADERS },
});
