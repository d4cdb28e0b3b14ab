import { extractFile, listPackage } from '@electron/asar';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build as buildApp } from 'electron-vite';
import { Platform, build as packageApp, type Configuration } from 'electron-builder';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * What electron-builder packs, checked without the Electron binary (it cannot
 * be downloaded here): `--linux dir` against a stand-in Electron folder, fuses
 * off (flipping them needs the real binary). Installers themselves (AppImage,
 * deb, dmg, nsis) are not built here.
 */
const require = createRequire(import.meta.url);
const config = require('../../electron-builder.config.cjs') as Configuration;

let archive = '';
let notices = '';
let entries: string[] = [];

beforeAll(async () => {
  const fakeElectron = mkdtempSync(path.join(tmpdir(), 'tokencast-electron-'));
  mkdirSync(path.join(fakeElectron, 'resources'));
  writeFileSync(path.join(fakeElectron, 'electron'), '#!/bin/sh\n', { mode: 0o755 });
  const output = mkdtempSync(path.join(tmpdir(), 'tokencast-dist-'));
  await buildApp({ logLevel: 'error' });
  await packageApp({
    targets: Platform.LINUX.createTarget('dir'),
    publish: 'never',
    config: { ...config, electronFuses: undefined, electronDist: fakeElectron, electronVersion: '45.4.1', directories: { ...config.directories, output } },
  });
  archive = path.join(output, 'linux-unpacked', 'resources', 'app.asar');
  notices = readFileSync(path.join(output, 'linux-unpacked', 'resources', 'THIRD-PARTY-NOTICES.txt'), 'utf8');
  entries = listPackage(archive, { isPack: false });
}, 180_000);

describe('the packaged app', () => {
  it('holds the built main process, preload and renderer', () => {
    expect(entries).toEqual(expect.arrayContaining(['/build/electron/main/main.js', '/build/electron/preload/preload.cjs', '/build/electron/renderer/index.html', '/package.json']));
  });

  it('holds the tokenizer lab\'s worker and every tokenizer, so the lab works offline', () => {
    const assets = entries.filter((entry) => entry.startsWith('/build/electron/renderer/assets/'));
    expect(assets.filter((entry) => /\/token-worker-[\w-]+\.js$/.test(entry))).toHaveLength(1);
    expect(assets.filter((entry) => /\/tokenizer-[\w-]+\.json$/.test(entry))).toHaveLength(4);
    expect(assets.filter((entry) => /\/(o200k|cl100k)_base-[\w-]+\.js$/.test(entry))).toHaveLength(2);
  });

  it('carries the licence notices of its dependencies, their own dependencies and the fonts', () => {
    for (const name of ['react 19.3.1', 'mathjs 15.2.0', 'typed-function', 'ag-grid-community 36.2.0', 'echarts 6.1.0', 'zod 4.6.7', '@fontsource/noto-sans-sc']) expect(notices).toContain(name);
    expect(notices).toContain('SIL OPEN FONT LICENSE');
  });

  it('carries the notices the Llama 3 and Gemma licences ask for beside their vocabularies', () => {
    expect(notices).toContain('Built with Meta Llama 3');
    expect(notices).toContain('Gemma is provided under and subject to the Gemma Terms of Use found at ai.google.dev/gemma/terms');
  });

  it('needs no node_modules: every bundle is self-contained', () => {
    expect(entries.filter((entry) => entry.startsWith('/node_modules/'))).toEqual([]);
  });

  it('holds no sources, tests or development tools', () => {
    const leaked = entries.filter((entry) => /^\/(test|models|renderer|electron|shared|scripts)\//.test(entry) || /\.tsx?$/.test(entry) || /^\/node_modules\/(vitest|electron|electron-builder|typescript|playwright-core|eslint)\//.test(entry));
    expect(leaked).toEqual([]);
  });

  it('holds no HyperFormula: it is GPL-3.0, a dev dependency for the benchmark only', () => {
    // Its code names itself in strings (licence messages), which survive minifying.
    const scripts = entries.filter((entry) => /\.(c|m)?js$/.test(entry));
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((entry) => /hyperformula/i.test(extractFile(archive, entry.slice(1)).toString('utf8')))).toEqual([]);
  });

  it('holds no source maps', () => {
    expect(entries.filter((entry) => entry.endsWith('.map'))).toEqual([]);
  });
});
