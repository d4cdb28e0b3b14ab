import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

/**
 * The desktop build: main (ESM), preload (CommonJS, as a sandboxed preload
 * must be), renderer (the same UI as the web build). Every dependency is
 * bundled, so the packaged app needs no node_modules at all.
 */
export default defineConfig({
  main: {
    build: {
      externalizeDeps: false,
      outDir: 'build/electron/main',
      rollupOptions: { input: { main: 'electron/main.ts' } },
    },
  },
  preload: {
    build: {
      externalizeDeps: false,
      outDir: 'build/electron/preload',
      rollupOptions: { input: { preload: 'electron/preload.ts' }, output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    plugins: [react()],
    // The tokenizer worker loads its tokenizers with import(): only module workers can.
    worker: { format: 'es' },
    build: {
      outDir: 'build/electron/renderer',
      minify: true,
      chunkSizeWarningLimit: 4000,
      rollupOptions: { input: { index: 'renderer/index.html' } },
    },
  },
});
