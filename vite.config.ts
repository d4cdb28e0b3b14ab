import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The web build of the workspace: relative asset paths, so dist/web works from any static server or folder. */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  // The tokenizer worker loads its tokenizers with import(): only module workers can.
  worker: { format: 'es' },
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
