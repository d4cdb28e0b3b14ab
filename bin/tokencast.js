#!/usr/bin/env node
// The `tokencast` command: runs the bundled CLI, rebuilding it first when the
// sources changed since the last build (so a checkout never runs stale code).
import { ensureCliBuilt, bundlePath } from '../scripts/build-node.mjs';
import { pathToFileURL } from 'node:url';

await ensureCliBuilt();
await import(pathToFileURL(bundlePath('cli')).href);
