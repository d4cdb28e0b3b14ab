import path from 'node:path';

/**
 * The folder the desktop app keeps its data in — Electron's `userData` for an
 * app named Tokencast — so the CLI and the app share the installed price
 * catalog. `TOKENCAST_DATA_DIR` overrides it (tests, portable setups).
 */
export function dataFolder(env: Readonly<Record<string, string | undefined>>, platform: string, home: string): string {
  if (env['TOKENCAST_DATA_DIR']) return env['TOKENCAST_DATA_DIR'];
  if (platform === 'win32') return path.join(env['APPDATA'] ?? path.join(home, 'AppData', 'Roaming'), 'Tokencast');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Tokencast');
  return path.join(env['XDG_CONFIG_HOME'] || path.join(home, '.config'), 'Tokencast');
}
