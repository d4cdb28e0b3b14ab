import { splitForCounting } from '../../models/tokens/count-chunks';
import { loadTokenizer, type Tokenizer } from '../../models/tokens/load-tokenizer';
import { textCounts, tokenCount } from '../../models/tokens/measure';
import type { TokenizerName } from '../../models/tokens/tokenizer-names';
import type { CountMessage, CountRequest } from './count-messages';
import { assetTokenizerFiles } from './tokenizer-assets';

// The counting worker: tokenizers load here (each once, kept for the next
// count), and large texts are counted piece by piece with progress, so the
// UI never waits. Cancel terminates the worker.

interface WorkerScope {
  onmessage: ((event: MessageEvent<CountRequest>) => void) | null;
  postMessage(message: CountMessage): void;
}

const scope = self as unknown as WorkerScope;
const loaded = new Map<TokenizerName, Promise<Tokenizer>>();

function tokenizer(name: TokenizerName): Promise<Tokenizer> {
  let found = loaded.get(name);
  if (!found) {
    found = loadTokenizer(name, assetTokenizerFiles);
    // A failed load may succeed next time (the file was being written, say): do not keep the failure.
    found.catch(() => loaded.delete(name));
    loaded.set(name, found);
  }
  return found;
}

async function count(request: CountRequest): Promise<CountMessage> {
  const pieces = request.texts.flatMap((text) => splitForCounting(text));
  const total = pieces.length * request.tokenizers.length;
  let done = 0;
  const totals: Array<[TokenizerName, number]> = [];
  for (const name of request.tokenizers) {
    scope.postMessage({ type: 'progress', progress: { phase: 'loading', tokenizer: name, done, total } });
    const counter = await tokenizer(name);
    let tokens = 0;
    for (const piece of pieces) {
      tokens += counter.count(piece);
      done++;
      scope.postMessage({ type: 'progress', progress: { phase: 'counting', tokenizer: name, done, total } });
    }
    totals.push([name, tokens]);
  }
  const counts = textCounts(request.texts, request.lang);
  return { type: 'done', counts, results: totals.map(([name, tokens]) => tokenCount(name, tokens, counts)) };
}

scope.onmessage = (event) => {
  void count(event.data).then(
    (message) => scope.postMessage(message),
    (error: unknown) => scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
  );
};
