import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The web build of the workspace: relative asset paths, so dist/web works from any static server or folder. */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
