/**
 * Text as a message may quote it: whole when short, otherwise its start and
 * how much was left out. Anything a user can type or a file can hold may be
 * megabytes long; a message that echoes it whole is unreadable and slow.
 */
export function clipText(text: string, max = 120): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max)}… (${text.length - max} more characters)`;
}
