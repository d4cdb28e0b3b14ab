// Packaging: `npm run dist` builds for the OS it runs on —
// AppImage and deb on Linux, dmg on macOS, nsis on Windows.
/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'dev.tokencast.app',
  productName: 'Tokencast',
  copyright: 'Copyright © 2026 Tokencast',
  directories: { output: 'dist/app', buildResources: 'build-resources' },
  // main, preload and renderer are self-contained bundles: no node_modules goes in.
  files: ['build/electron/**/*', 'package.json', '!**/*.map', '!node_modules/**/*'],
  asar: true,
  // Licence notices of every runtime dependency and of the packed tokenizer vocabularies, written just before packing.
  beforePack: async () => (await import('./scripts/third-party-notices.mjs')).default(),
  extraResources: [{ from: 'build/THIRD-PARTY-NOTICES.txt', to: 'THIRD-PARTY-NOTICES.txt' }],
  fileAssociations: [
    { ext: 'tokencast', name: 'Tokencast scenario', description: 'Tokencast cost scenario', mimeType: 'application/x-tokencast', role: 'Editor' },
  ],
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    // Pages come from app://, never file://: file:// pages need no privileges beyond a browser's.
    grantFileProtocolExtraPrivileges: false,
  },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    executableName: 'tokencast',
    icon: 'build-resources/icons',
    maintainer: 'Tokencast <team@tokencast.dev>',
    synopsis: 'Plan the cost of an AI feature before you build it',
  },
  mac: { target: 'dmg', category: 'public.app-category.productivity', icon: 'build-resources/icon.png' },
  win: { target: 'nsis', icon: 'build-resources/icon.png' },
  nsis: { oneClick: false, allowToChangeInstallationDirectory: true },
};
