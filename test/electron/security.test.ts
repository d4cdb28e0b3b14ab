import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, CONTENT_SECURITY_POLICY, isPermissionAllowed, resolveAppFile, secureWebPreferences } from '../../electron/security';

describe('security', () => {
  it('isolates and sandboxes the renderer with no Node', () => {
    expect(secureWebPreferences('/p.cjs')).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, disableBlinkFeatures: 'Auxclick' });
  });

  it('allows no eval and no remote scripts', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });

  it('serves files of the renderer folder', () => {
    expect(resolveAppFile('/app', `${APP_ORIGIN}/assets/a.js`, path.posix)).toBe('/app/assets/a.js');
    expect(resolveAppFile('/app', `${APP_ORIGIN}/`, path.posix)).toBe('/app/index.html');
  });

  it('refuses paths that leave the renderer folder', () => {
    expect(resolveAppFile('/app', `${APP_ORIGIN}/a%2F..%2F..%2Fsecret`, path.posix)).toBeUndefined();
    expect(resolveAppFile('/app', `${APP_ORIGIN}/%2e%2e/secret`, path.posix)).toBe('/app/secret');
    expect(resolveAppFile('/app', 'https://evil.example/a.js', path.posix)).toBeUndefined();
  });

  it('serves files of the renderer folder on Windows', () => {
    expect(resolveAppFile('C:\\Tokencast\\renderer', `${APP_ORIGIN}/assets/a.js`, path.win32)).toBe('C:\\Tokencast\\renderer\\assets\\a.js');
  });

  it('refuses escaped backslashes, drives and UNC paths that leave the folder on Windows', () => {
    const root = 'C:\\Tokencast\\renderer';
    for (const tail of ['..%5C..%5C..%5CWindows%5Cwin.ini', 'assets%5C..%5C..%5Csecret', 'C:%5CWindows%5Cwin.ini', 'D:/x', '%5C%5Cserver%5Cshare%5Cx']) {
      expect(resolveAppFile(root, `${APP_ORIGIN}/${tail}`, path.win32), tail).toBeUndefined();
    }
  });

  it('answers a malformed escape or a NUL byte with "not found" instead of throwing', () => {
    expect(resolveAppFile('/app', `${APP_ORIGIN}/%E0%A4%A`, path.posix)).toBeUndefined();
    expect(resolveAppFile('/app', `${APP_ORIGIN}/%`, path.posix)).toBeUndefined();
    expect(resolveAppFile('/app', `${APP_ORIGIN}/index.html%00.png`, path.posix)).toBeUndefined();
  });

  it('grants the app pages the clipboard and nothing else', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', `${APP_ORIGIN}/index.html`)).toBe(true);
    expect(isPermissionAllowed('clipboard-read', APP_ORIGIN)).toBe(true);
    expect(isPermissionAllowed('media', `${APP_ORIGIN}/index.html`)).toBe(false);
    expect(isPermissionAllowed('clipboard-read', 'https://evil.example/')).toBe(false);
  });
});
