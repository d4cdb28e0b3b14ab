import type { WebPreferences } from 'electron';

/** The scheme the renderer is served from (not file://, so pages get a real origin and a CSP header). */
export const APP_SCHEME = 'app';
/** The origin of the app's pages. */
export const APP_ORIGIN = `${APP_SCHEME}://tokencast`;

/** The Content-Security-Policy of every page: our own scripts only, no eval, no remote anything. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob:", "font-src 'self' data:",
  "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'",
].join('; ');

/** The renderer's web preferences: isolated, sandboxed, no Node. */
export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

/** True for URLs of the app's own pages. */
export function isAppUrl(url: string): boolean {
  return url === APP_ORIGIN || url.startsWith(`${APP_ORIGIN}/`);
}

/**
 * The file under `root` a request URL names, or undefined when it would leave
 * the folder or is not an app URL (the protocol handler answers 404).
 */
export function resolveAppFile(root: string, url: string, join: (...parts: string[]) => string): string | undefined {
  if (!isAppUrl(url)) return undefined;
  const pathname = decodeURIComponent(new URL(url).pathname);
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  if (relative.split('/').some((part) => part === '..' || part === '')) return undefined;
  return join(root, ...relative.split('/'));
}

/** The only permissions the app's own pages get: the clipboard, for the Edit menu and "Copy image". */
const ALLOWED_PERMISSIONS = new Set(['clipboard-read', 'clipboard-sanitized-write']);

/** Whether a page may have a permission: clipboard access for the app's own pages, nothing else for anyone. */
export function isPermissionAllowed(permission: string, requestingUrl: string): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isAppUrl(requestingUrl);
}
