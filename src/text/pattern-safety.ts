/**
 * Phrase patterns come from config files, that is from strangers' repositories.
 * A pattern such as `(a+)+b` backtracks exponentially and would hang a CI job,
 * and JavaScript cannot interrupt a running match. So every user pattern is
 * parsed and refused when it can backtrack catastrophically:
 *
 * - a repeated (`+`, `*`, `{n,}`, `{n,m}` with m > 1) part that itself contains
 *   a repeated part (star height above one);
 * - an unbounded repetition of a group with alternatives (`(a|ab)*`);
 * - back-references.
 *
 * What remains matches in time polynomial (in practice linear) in the length
 * of a sentence.
 */
import regjsparser, { type AstNode } from 'regjsparser';

// regjsparser is CommonJS: its functions hang off the default export under Node's ESM loader.
const { parse } = regjsparser;

export class UnsafePatternError extends Error {}

function repeats(node: { min: number; max?: number }): boolean {
  return node.max === undefined || node.max > 1;
}

function walk(node: AstNode, insideRepeat: boolean): string | undefined {
  switch (node.type) {
    case 'quantifier': {
      if (repeats(node) && insideRepeat) return `nested repetition "${node.raw}"`;
      if (node.max === undefined && node.body.some((b) => containsAlternation(b))) return `unbounded repetition of alternatives "${node.raw}"`;
      for (const child of node.body) {
        const reason = walk(child, insideRepeat || repeats(node));
        if (reason) return reason;
      }
      return undefined;
    }
    case 'reference':
      return `back-reference "${node.raw}"`;
    case 'alternative':
    case 'disjunction':
    case 'group':
      for (const child of node.body as AstNode[]) {
        const reason = walk(child, insideRepeat);
        if (reason) return reason;
      }
      return undefined;
    default:
      return undefined;
  }
}

function containsAlternation(node: AstNode): boolean {
  if (node.type === 'disjunction') return true;
  if (node.type === 'group' || node.type === 'alternative' || node.type === 'quantifier') return (node.body as AstNode[]).some(containsAlternation);
  return false;
}

/** Throws UnsafePatternError (or a SyntaxError) when `source` must not run. */
export function assertSafePattern(source: string): void {
  new RegExp(source, 'iu'); // a syntax error surfaces with the engine's own message
  const ast = parse(source, 'iu', { lookbehind: true, namedGroups: true, unicodePropertyEscape: true });
  const reason = walk(ast as AstNode, false);
  if (reason) throw new UnsafePatternError(`can backtrack catastrophically (${reason})`);
}
