/**
 * Phrase lists compiled into matchers: every entry of a category goes into one
 * alternation, so a category costs one regex pass per turn however long its list.
 *
 * Entry syntax (lexicon YAML and config alike): a phrase, matched case-insensitively
 * at word boundaries, in which a space matches any run of white space and an
 * apostrophe matches ' or ’. Entries may use regular-expression groups, `|`, `?`
 * and character classes for inflections: `(visit|check out) (our|the) website`.
 */
import { inSkippedSpan, normalizeForMatching, sentenceAt, type Sentence, type TurnAnalysis } from './analysis.js';

export type Lexicon = Record<string, Record<string, string[]>>;

export interface PhraseHit {
  start: number;
  end: number;
  text: string;
  sentence: Sentence | undefined;
  /** A negator ("not", "never", "won't") stands before the hit in the same clause. */
  negated: boolean;
}

export interface FindOptions {
  /** Keep hits inside quoted text, URLs and handles. Default false. */
  includeSkipped?: boolean;
  /** Keep negated hits. Default false: "I won't send you to the website" is not a redirect. */
  includeNegated?: boolean;
}

export interface PhraseMatcher {
  readonly empty: boolean;
  find(text: string, analysis: TurnAnalysis, options?: FindOptions): PhraseHit[];
  /** True when `text` contains any entry, with the same filters as find. */
  test(text: string, analysis: TurnAnalysis, options?: FindOptions): boolean;
}

const WORD = '[\\p{L}\\p{N}_]';

/** Turns one entry into a regex source: spaces flexible, apostrophes folded by analysis. */
export function entrySource(entry: string): string {
  // "help ?centre": an optional space is optional white space, not a lazy `\s+?`.
  return entry.trim().replace(/ \?/g, '\\s?').replace(/ +/g, '\\s+');
}

export function compilePattern(entries: readonly string[], options: { leftBoundary?: boolean } = {}): RegExp | undefined {
  if (entries.length === 0) return undefined;
  // Longest first, so "go to our website" wins over "go to".
  const sorted = [...new Set(entries)].sort((a, b) => b.length - a.length);
  // Entries are folded like the text they run on (accents, apostrophes), so "πολιτική" matches "ΠΟΛΙΤΙΚΗ" and "πολιτικη".
  const body = sorted.map((e) => entrySource(normalizeForMatching(e))).join('|');
  // The left word boundary is a look-behind tried at every position; matchers
  // check it in code on the few candidate matches instead (see CompiledMatcher).
  return new RegExp(`${options.leftBoundary === false ? '' : `(?<!${WORD})`}(?:${body})(?!${WORD})`, 'giu');
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/** Punctuation that ends a clause in every language; each lexicon adds its conjunctions (`language.clause-breaks`). */
const CLAUSE_PUNCTUATION = '[,;:()\\u2013\\u2014]';

/** Clause boundaries limit how far back a negator reaches: punctuation, and the lexicon's conjunctions as whole words. */
export function clauseBreakPattern(conjunctions: readonly string[]): RegExp {
  const words = compilePattern(conjunctions);
  return new RegExp(words ? `${CLAUSE_PUNCTUATION}|${words.source}` : CLAUSE_PUNCTUATION, 'giu');
}

/** A lexicon with no `clause-breaks`: punctuation alone ends a clause. */
const PUNCTUATION_BREAKS = clauseBreakPattern([]);

/** What may stand before an imperative in any language: punctuation, bullets, numbering ("2.", "3)"). */
const NEUTRAL_LEAD = '[\\s,;:\\-–—*•>()"\'\\[\\]]|\\d+[.)]';

/**
 * "Only lead words so far" (see atClauseStart in clauses.ts): punctuation and numbering,
 * and the words a lexicon lists under `language.clause-leads` ("please", "then", "παρακαλώ").
 */
export function clauseLeadPattern(leads: readonly string[]): RegExp {
  const words = leads.map((e) => entrySource(normalizeForMatching(e))).join('|');
  return new RegExp(`^(?:${NEUTRAL_LEAD}${words ? `|(?:${words})(?!${WORD})` : ''})*$`, 'iu');
}

export class CompiledMatcher implements PhraseMatcher {
  private readonly pattern: RegExp | undefined;
  readonly empty: boolean;

  constructor(
    entries: readonly string[],
    private readonly negators?: RegExp,
    private readonly clauseBreaks: RegExp = PUNCTUATION_BREAKS,
  ) {
    this.pattern = compilePattern(entries, { leftBoundary: false });
    this.empty = !this.pattern;
  }

  find(text: string, analysis: TurnAnalysis, options: FindOptions = {}): PhraseHit[] {
    const pattern = this.pattern;
    if (!pattern) return [];
    const hits: PhraseHit[] = [];
    const normalized = analysis.normalized;
    pattern.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(normalized)) !== null) {
      const start = match.index;
      const end = start + match[0].length;
      if (end === start) {
        pattern.lastIndex = start + 1;
        continue;
      }
      // Left word boundary, checked here rather than by a look-behind at every position.
      if (start > 0 && WORD_CHAR.test(normalized[start - 1]) && WORD_CHAR.test(normalized[start])) {
        pattern.lastIndex = start + 1;
        continue;
      }
      if (!options.includeSkipped && inSkippedSpan(analysis, start, end)) continue;
      const sentence = sentenceAt(analysis, start);
      const negated = this.isNegated(analysis.normalized, sentence?.start ?? 0, start);
      if (negated && !options.includeNegated) continue;
      hits.push({ start, end, text: text.slice(start, end), sentence, negated });
    }
    return hits;
  }

  test(text: string, analysis: TurnAnalysis, options?: FindOptions): boolean {
    return this.find(text, analysis, options).length > 0;
  }

  private isNegated(normalized: string, sentenceStart: number, hitStart: number): boolean {
    if (!this.negators) return false;
    // The last few words are all that count: a bounded look back keeps a long sentence linear.
    let clause = normalized.slice(Math.max(sentenceStart, hitStart - 400), hitStart);
    let lastBreak = -1;
    for (const m of clause.matchAll(this.clauseBreaks)) lastBreak = m.index! + m[0].length;
    if (lastBreak >= 0) clause = clause.slice(lastBreak);
    // Only the few words right before the phrase: "I won't need to send you to…".
    const words = clause.trim().split(/\s+/).slice(-5).join(' ');
    this.negators.lastIndex = 0;
    return this.negators.test(words);
  }
}

export const EMPTY_MATCHER: PhraseMatcher = {
  empty: true,
  find: () => [],
  test: () => false,
};

/** Merges lexicons: later ones add entries to the earlier ones' categories. */
export function mergeLexicons(...lexicons: Array<Lexicon | undefined>): Lexicon {
  const merged: Lexicon = {};
  for (const lexicon of lexicons) {
    for (const [group, categories] of Object.entries(lexicon ?? {})) {
      merged[group] ??= {};
      for (const [category, entries] of Object.entries(categories ?? {})) {
        merged[group][category] = [...(merged[group][category] ?? []), ...(entries ?? [])];
      }
    }
  }
  return merged;
}

/** Compiles matchers lazily and keeps them: one compile per (lexicon, group, category). */
export class PhraseBook {
  private readonly negators: RegExp | undefined;
  private readonly clauseBreaks: RegExp;

  constructor(readonly lexicon: Lexicon) {
    const negators = lexicon.language?.negators ?? [];
    this.negators = negators.length ? compilePattern(negators) : undefined;
    this.clauseBreaks = clauseBreakPattern(lexicon.language?.['clause-breaks'] ?? []);
  }

  private readonly byGroup = new Map<string, Map<string, PhraseMatcher>>();

  private readonly leadPatterns = new Map<string, RegExp>();

  /**
   * The words of `<group>.<category>` that may open a clause, compiled once (see
   * clauseLeadPattern): the language's `language.clause-leads` ("please", "then"), or a
   * rule's own lead-in words ("look", "listen" for coldness).
   */
  clauseLeads(group = 'language', category = 'clause-leads'): RegExp {
    const key = `${group}\u0000${category}`;
    let pattern = this.leadPatterns.get(key);
    if (!pattern) {
      pattern = clauseLeadPattern(this.lexicon[group]?.[category] ?? []);
      this.leadPatterns.set(key, pattern);
    }
    return pattern;
  }

  matcher(group: string, category: string): PhraseMatcher {
    let categories = this.byGroup.get(group);
    if (!categories) this.byGroup.set(group, (categories = new Map()));
    let matcher = categories.get(category);
    if (!matcher) {
      const entries = this.lexicon[group]?.[category] ?? [];
      matcher = entries.length ? new CompiledMatcher(entries, this.negators, this.clauseBreaks) : EMPTY_MATCHER;
      categories.set(category, matcher);
    }
    return matcher;
  }
}
