// Before `npm start`: Electron (>= 42) has no postinstall, so its binary is
// fetched the first time something requires 'electron' from Node. electron-vite
// only looks for it, so this asks for it first — and says what to do when the
// download is impossible (no network).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
try {
  const binary = require('electron');
  if (typeof binary !== 'string') throw new Error('unexpected answer from the electron package');
} catch (error) {
  console.error(`tokencast: the Electron binary is not installed and could not be downloaded (${error instanceof Error ? error.message.split('\n')[0] : String(error)}).`);
  console.error('tokencast: the same workspace runs in a browser: npm run build:web && npm run web');
  process.exit(1);
}
