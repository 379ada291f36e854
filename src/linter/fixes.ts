/**
 * Applying fixes, ESLint's way: sorted by position, a fix that overlaps one
 * already taken is left for the next pass; the caller re-lints and repeats
 * until nothing changes (at most MAX_FIX_PASSES).
 */
import type { Fix, LintMessage } from '../model.js';

export const MAX_FIX_PASSES = 10;

export function applyFixes(source: string, messages: readonly LintMessage[], shouldFix: (m: LintMessage) => boolean = () => true): { output: string; fixed: boolean; remaining: LintMessage[] } {
  const fixable = messages.filter((m) => m.fix && shouldFix(m)).sort((a, b) => a.fix!.range[0] - b.fix!.range[0] || a.fix!.range[1] - b.fix!.range[1]);
  const remaining = messages.filter((m) => !fixable.includes(m));
  let output = '';
  let last = 0;
  let fixed = false;
  for (const message of fixable) {
    const fix: Fix = message.fix!;
    // Overlapping (or touching a range already replaced): never apply both.
    if (fix.range[0] < last || (fixed && fix.range[0] === last && fix.range[0] !== fix.range[1])) {
      remaining.push(message);
      continue;
    }
    output += source.slice(last, fix.range[0]) + fix.text;
    last = fix.range[1];
    fixed = true;
  }
  output += source.slice(last);
  return { output: fixed ? output : source, fixed, remaining };
}
