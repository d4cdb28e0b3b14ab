import { buildBundle } from '../scripts/build-node.mjs';

/** The CLI tests run the real bundle, so build it from the current sources first. */
export default async function setup(): Promise<void> {
  await buildBundle('cli');
}
