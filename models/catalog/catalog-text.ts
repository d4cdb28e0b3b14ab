import type { PriceCatalog } from '../../shared/price-catalog-schema';

/**
 * A catalog as file text: its fields pretty-printed and one model per line,
 * so the shipped catalog diffs well when it is rebuilt from a newer table.
 */
export function catalogText(catalog: PriceCatalog): string {
  const { models, ...head } = catalog;
  const fields = Object.entries(head).map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`);
  const rows = models.map((row) => `    ${JSON.stringify(row)}`);
  return `{\n${fields.join(',\n')},\n  "models": [\n${rows.join(',\n')}\n  ]\n}\n`;
}
