// `npm run web`: serves dist/web (from `npm run build:web`) on 127.0.0.1 and prints the address.
import { existsSync } from 'node:fs';
import { preview } from 'vite';

if (!existsSync(new URL('../dist/web/index.html', import.meta.url))) {
  console.error('dist/web is missing: run `npm run build:web` first');
  process.exit(2);
}
const port = Number(process.env.PORT ?? 4173);
const server = await preview({ preview: { host: '127.0.0.1', port, strictPort: false, open: false } });
console.log(`Tokencast is served at ${server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`} (Ctrl+C to stop)`);
