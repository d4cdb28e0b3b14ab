/** The model price catalog: reading LiteLLM tables, searching, and putting prices into a scenario. */
export { readLiteLlmTable, perMillion, LITELLM_SOURCE, LITELLM_LICENCE, type TableResult } from './litellm-table';
export { findEntry, searchCatalog, catalogIds, toEntry, type PriceEntry } from './catalog-entries';
export {
  MODELS_GRID, PRICE_CELLS, rowPrices, modelsGrid, fillModelPrices, rowNameFor, addModelRow, reviewPrices, applyPriceReview,
  type PriceCell, type PriceChange, type PriceReview,
} from './model-prices';
export { builtinCatalog, BUILTIN_CATALOG_DATE } from './builtin-catalog';
export { GPU_RATES, GPUS_GRID, fillGpuRate, type GpuRate } from './gpu-rates';
export { catalogText } from './catalog-text';
