/** Bundle name → entry file. */
export declare const entries: Record<'cli' | 'bench', string>;
/** The path of a bundle. */
export declare function bundlePath(name: 'cli' | 'bench'): string;
/** Bundles one entry point into build/NAME.mjs. */
export declare function buildBundle(name: 'cli' | 'bench'): Promise<void>;
/** Rebuilds the CLI bundle when a source is newer than it. */
export declare function ensureCliBuilt(): Promise<void>;
