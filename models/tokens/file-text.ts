/**
 * The text to count in a file: a .txt or .md file as it is; a .jsonl file
 * (training or evaluation data) one record per line, taking each record's
 * `text`, else `content`, else the `content` of its `messages` — the shapes
 * such files use.
 */
export type FileTextResult = { ok: true; text: string } | { ok: false; error: string };

/** The text of a file for counting, or why it has none (naming the line of a .jsonl file). */
export function textOfFile(name: string, content: string): FileTextResult {
  if (!/\.jsonl$/i.test(name)) return { ok: true, text: content };
  const texts: string[] = [];
  const lines = content.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      return { ok: false, error: `${name} line ${i + 1}: not JSON` };
    }
    const text = recordText(record);
    if (text === undefined) return { ok: false, error: `${name} line ${i + 1}: no "text" field (nor "content", nor "messages" with content)` };
    texts.push(text);
  }
  return { ok: true, text: texts.join('\n') };
}

function recordText(record: unknown): string | undefined {
  if (typeof record !== 'object' || record === null) return undefined;
  const fields = record as Record<string, unknown>;
  if (typeof fields['text'] === 'string') return fields['text'];
  if (typeof fields['content'] === 'string') return fields['content'];
  const messages = fields['messages'];
  if (!Array.isArray(messages)) return undefined;
  const contents = messages.map((message) => (typeof message === 'object' && message !== null ? (message as Record<string, unknown>)['content'] : undefined)).filter((c): c is string => typeof c === 'string');
  return contents.length > 0 ? contents.join('\n') : undefined;
}
