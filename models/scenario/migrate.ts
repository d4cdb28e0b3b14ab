import { FORMAT_VERSION } from '../../shared/scenario-schema';

/**
 * Brings a parsed file up to the current format, one version at a time. Each
 * step takes the envelope of version N and returns version N + 1; the list is
 * indexed by N (format 1 is the first).
 */
const steps: ReadonlyArray<((envelope: Record<string, unknown>) => Record<string, unknown>) | undefined> = [
  undefined,
  // 1 → 2 only adds to the format (column formulas, blank cells, month
  // overrides, check messages): a format-1 scenario means the same in format 2.
  (envelope) => envelope,
];

/** The outcome of a migration: the current-format envelope, or why the file cannot be read. */
export type MigrationResult = { ok: true; envelope: Record<string, unknown> } | { ok: false; error: string };

/** Checks a parsed file is a Tokencast file of a version this build can read, and migrates it. */
export function migrate(parsed: unknown): MigrationResult {
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { ok: false, error: 'not a Tokencast scenario: the file holds no JSON object' };
  }
  let envelope = parsed as Record<string, unknown>;
  if (envelope['app'] !== 'tokencast') {
    return { ok: false, error: `not a Tokencast scenario: "app" is ${JSON.stringify(envelope['app'] ?? null)}, expected "tokencast"` };
  }
  const version = envelope['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: `version: expected a whole format version number, got ${JSON.stringify(version ?? null)}` };
  }
  if (version > FORMAT_VERSION) {
    return { ok: false, error: `version: this file was written by a newer Tokencast (format ${version}); this one reads up to format ${FORMAT_VERSION} — please update Tokencast` };
  }
  for (let from = version; from < FORMAT_VERSION; from++) {
    envelope = { ...steps[from]!(envelope), version: from + 1 };
  }
  return { ok: true, envelope };
}
