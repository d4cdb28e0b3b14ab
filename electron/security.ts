import type { WebPreferences } from 'electron';
import type path from 'node:path';

/** The scheme the renderer is served from (not file://, so pages get a real origin and a CSP header). */
export const APP_SCHEME = 'app';
/** The origin of the app's pages. */
export const APP_ORIGIN = `${APP_SCHEME}://tokencast`;

/**
 * The Content-Security-Policy of every page: our own scripts only, no eval, no remote anything.
 * `style-src 'unsafe-inline'` stays, because the UI breaks without it (tried in Chromium with
 * `style-src 'self'`): AG Grid 36 injects its theme as <style> elements at run time (4 blocked),
 * and ECharts' SVG renderer and the grid write style="" attributes into the markup they build
 * (25 blocked). A nonce would cover AG Grid's elements (its `styleNonce` option) but never
 * attributes. Inline styles cannot run code; scripts stay 'self' only.
 */
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
    // A middle click on a link would open it in a new window (denied anyway); nothing in the UI uses it.
    disableBlinkFeatures: 'Auxclick',
  };
}

/** True for URLs of the app's own pages. */
export function isAppUrl(url: string): boolean {
  return url === APP_ORIGIN || url.startsWith(`${APP_ORIGIN}/`);
}

/** The path rules of a platform: `path.win32` on Windows (where `\\` separates too), `path.posix` elsewhere. */
export type PathRules = Pick<typeof path, 'resolve' | 'relative' | 'isAbsolute' | 'sep'>;

/**
 * The file under `root` a request URL names, or undefined (the protocol
 * handler answers 404) when it is not an app URL, is malformed, or would
 * leave the folder. Containment is checked on the decoded path with the
 * platform's own rules, so an escaped separator (`..%5C` on Windows), a drive
 * or a UNC path cannot get out either.
 */
export function resolveAppFile(root: string, url: string, rules: PathRules): string | undefined {
  if (!isAppUrl(url)) return undefined;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    return undefined;
  }
  if (pathname.includes('\0')) return undefined;
  const folder = rules.resolve(root);
  const file = rules.resolve(folder, pathname.replace(/^\/+/, '') || 'index.html');
  const inside = rules.relative(folder, file);
  if (inside === '' || inside === '..' || inside.startsWith(`..${rules.sep}`) || rules.isAbsolute(inside)) return undefined;
  return file;
}

/** The only permissions the app's own pages get: the clipboard, for the Edit menu and "Copy image". */
const ALLOWED_PERMISSIONS = new Set(['clipboard-read', 'clipboard-sanitized-write']);

/** Whether a page may have a permission: clipboard access for the app's own pages, nothing else for anyone. */
export function isPermissionAllowed(permission: string, requestingUrl: string): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isAppUrl(requestingUrl);
}
