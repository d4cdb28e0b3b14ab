/**
 * Rewrites the references in a formula when a row (or grid) is renamed, so
 * `languages.fr.share` follows the rename of `fr`. Text inside quotes is left
 * alone; a reference is replaced only as a whole dotted name.
 */
export function renameReference(formula: string, from: string, to: string): string {
  if (!formula.startsWith('=')) return formula;
  const pattern = new RegExp(`(?<![A-Za-z0-9_.])${from.replace(/\./g, '\\.')}(?![A-Za-z0-9_])`, 'g');
  return formula
    .split(/("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(pattern, to)))
    .join('');
}

/** True when the formula names the reference (or a cell under it, for a row of a table). */
export function mentionsReference(formula: string, ref: string): boolean {
  return renameReference(formula, ref, '\u0000') !== formula;
}
