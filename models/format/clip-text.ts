/**
 * Text as a message may quote it: whole when short, otherwise its start and
 * how much was left out. Anything a user can type or a file can hold may be
 * megabytes long; a message that echoes it whole is unreadable and slow.
 */
export function clipText(text: string, max = 120): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max)}… (${text.length - max} more characters)`;
}

const escapes: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Text as one printable line: line breaks and other control characters
 * (terminal escapes included) written as `\n`, `\u001b`… A name read from a
 * file or typed by a user must not break a one-line message or drive the
 * terminal it is printed on.
 */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (ch) => escapes[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
