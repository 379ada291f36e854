/** Fills `{{placeholders}}` in a message template; unknown ones are left as written. */
export function interpolate(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

/** Sorts by line, column, then rule id: the order every formatter shows. */
export function compareMessages(a: { line: number; column: number; ruleId: string | null }, b: { line: number; column: number; ruleId: string | null }): number {
  return a.line - b.line || a.column - b.column || (a.ruleId ?? '').localeCompare(b.ruleId ?? '');
}
