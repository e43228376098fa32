import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The staff console: its own build into dist/console, so nothing of it (antd, ECharts) is in the worker app's
 * precache or graph. Runs after the worker build, which empties dist.
 */
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    assetsDir: 'console/assets',
    manifest: 'console/.vite/manifest.json',
    chunkSizeWarningLimit: 1500,
    rolldownOptions: { input: 'console/index.html' },
  },
});
