import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { build } from 'electron-vite';
import { _electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';

/**
 * The desktop app itself, where an Electron binary exists. The binary cannot
 * be downloaded on this project's machines or CI, so there the test says so
 * and skips; `require('electron')` is avoided because it would try to fetch it.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const pathFile = path.join(root, 'node_modules/electron/path.txt');
const binary = existsSync(pathFile) ? path.join(root, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim()) : undefined;
const missing = binary && existsSync(binary) ? undefined : 'the Electron binary is not installed (it cannot be downloaded here); the desktop smoke test runs where it is';
if (missing) console.warn(`skipping the Electron smoke test: ${missing}`);

describe.skipIf(missing !== undefined)('the desktop app', () => {
  it('opens a secure window with the reference template and its TCO', async () => {
    await build({ logLevel: 'error' });
    const app = await _electron.launch({ executablePath: binary!, args: [path.join(root, 'build/electron/main/main.js')], env: { ...process.env, ELECTRON_DISABLE_SECURITY_WARNINGS: 'false' } });
    try {
      const page = await app.firstWindow();
      await page.locator('[data-kpi="out.tco"]').waitFor();
      expect(await page.title()).toMatch(/— Tokencast$/);
      expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
      expect(await page.evaluate(() => (window as { tokencast?: { host: string } }).tokencast?.host)).toBe('electron');
    } finally {
      await app.close();
    }
  }, 120_000);
});
