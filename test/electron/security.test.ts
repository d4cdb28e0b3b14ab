import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, CONTENT_SECURITY_POLICY, isPermissionAllowed, resolveAppFile, secureWebPreferences } from '../../electron/security';

describe('security', () => {
  it('isolates and sandboxes the renderer with no Node', () => {
    expect(secureWebPreferences('/p.cjs')).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
  });

  it('allows no eval and no remote scripts', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });

  it('serves files of the renderer folder', () => {
    expect(resolveAppFile('/app', `${APP_ORIGIN}/assets/a.js`, path.posix.join)).toBe('/app/assets/a.js');
    expect(resolveAppFile('/app', `${APP_ORIGIN}/`, path.posix.join)).toBe('/app/index.html');
  });

  it('refuses paths that leave the renderer folder', () => {
    expect(resolveAppFile('/app', `${APP_ORIGIN}/a%2F..%2F..%2Fsecret`, path.posix.join)).toBeUndefined();
    expect(resolveAppFile('/app', `${APP_ORIGIN}/%2e%2e/secret`, path.posix.join)).toBe('/app/secret');
    expect(resolveAppFile('/app', 'https://evil.example/a.js', path.posix.join)).toBeUndefined();
  });

  it('grants the app pages the clipboard and nothing else', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', `${APP_ORIGIN}/index.html`)).toBe(true);
    expect(isPermissionAllowed('clipboard-read', APP_ORIGIN)).toBe(true);
    expect(isPermissionAllowed('media', `${APP_ORIGIN}/index.html`)).toBe(false);
    expect(isPermissionAllowed('clipboard-read', 'https://evil.example/')).toBe(false);
  });
});
