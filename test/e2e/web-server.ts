import { build, preview, type PreviewServer } from 'vite';

/** Builds the web UI (dist/web) and serves it on a free 127.0.0.1 port, in-process. */
export async function serveWebBuild(): Promise<{ url: string; close: () => Promise<void> }> {
  await build({ configFile: 'vite.config.ts', logLevel: 'error' });
  const server: PreviewServer = await preview({ configFile: 'vite.config.ts', logLevel: 'error', preview: { host: '127.0.0.1', port: 0 } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the preview server has no address');
  return { url, close: () => server.close() };
}
