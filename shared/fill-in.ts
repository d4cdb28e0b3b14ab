/** Text with its `{name}` placeholders filled in from `values`; a placeholder without a value stays as written, so the gap shows rather than hides. */
export function fillIn(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}
