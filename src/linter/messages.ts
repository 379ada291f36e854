/** Fills `{{placeholders}}` in a message template; unknown ones are left as written. */
export function interpolate(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

/**
 * The values a rule puts into its messages, in the message locale: a message catalog
 * (rules/messages/<locale>.yaml) may hold `_values` (whole values: "is upset", "a question")
 * and `_units` (the units of durations such as "6 min 44 s"). Anything else is kept as is —
 * a quotation from the transcript is already in its own language.
 */
export function translateValues(
  data: Record<string, string | number> | undefined,
  catalog: Record<string, Record<string, string>>,
): Record<string, string | number> | undefined {
  const values = catalog._values;
  const units = catalog._units;
  if (!data || (!values && !units)) return data;
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(data)) {
    if (typeof value !== 'string') out[key] = value;
    else if (values && Object.hasOwn(values, value)) out[key] = values[value];
    else if (units && DURATION.test(value)) out[key] = value.replace(/[a-z]+/g, (unit) => (Object.hasOwn(units, unit) ? units[unit] : unit));
    else out[key] = value;
  }
  return out;
}
const DURATION = /^\d+ (?:s|min|h|days)(?: \d+ (?:s|min|h))?$/;

/** Sorts by line, column, then rule id: the order every formatter shows. */
export function compareMessages(a: { line: number; column: number; ruleId: string | null }, b: { line: number; column: number; ruleId: string | null }): number {
  return a.line - b.line || a.column - b.column || (a.ruleId ?? '').localeCompare(b.ruleId ?? '');
}
