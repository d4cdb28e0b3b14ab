import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const config = createRequire(import.meta.url)('../../electron-builder.config.cjs') as { electronFuses: Record<string, boolean> };

describe('the fuses flipped in packaged builds', () => {
  it('turn off running as Node, NODE_OPTIONS, inspect arguments and file:// privileges, and turn on asar integrity', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});
