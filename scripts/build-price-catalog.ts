// Builds the price catalog that ships with the app and the CLI from LiteLLM's
// table in ../shared/pricing (MIT, as of 2026-07-24): `npm run catalog [TABLE]`.
// The derived catalog (models/catalog/data/) is committed; the 1.6 MB table is not.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILTIN_CATALOG_DATE, catalogText, readLiteLlmTable } from '../models/catalog';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const table = process.argv[2] ?? path.join(root, '..', 'shared', 'pricing', 'litellm_model_prices.json');
const target = path.join(root, 'models', 'catalog', 'data', `litellm-${BUILTIN_CATALOG_DATE}.json`);

const result = readLiteLlmTable(readFileSync(table, 'utf8'), { date: BUILTIN_CATALOG_DATE, origin: 'built-in' });
if (!result.ok) throw new Error(`${table}: ${result.error}`);
writeFileSync(target, catalogText(result.catalog));
console.log(`wrote ${path.relative(root, target)}: ${result.catalog.models.length} models as of ${BUILTIN_CATALOG_DATE}`);
