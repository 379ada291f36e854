import { defineRule, type RuleContext } from '../src/linter/rule.js';
import type { Turn } from '../src/model.js';
import { inSkippedSpan, normalizeForMatching } from '../src/text/analysis.js';
import { assertSafePattern } from '../src/text/pattern-safety.js';
import { entrySource } from '../src/text/phrases.js';

/**
 * Seven sins #4 (jargon, acronyms, language that does not match the customer's)
 * and "be clear and concise, no jargon" (002): internal terms the customer never
 * used. A glossary maps each term to plain wording, which `--fix` puts in its
 * place.
 *
 * The glossary is `jargon.terms` in the locale's lexicon, one "TERM => plain
 * wording" string per entry, with the rule option `terms` ({ TERM: wording })
 * merged on top. A term is left alone when the customer used it first, when the
 * agent explains it right there ("RMA (return authorization)", "RMA, i.e. …",
 * "RMA, which means …", "return authorization (RMA)") and wherever it appears
 * after such an explanation.
 */

interface Options {
  /** Extra or overriding terms: wording for --fix, "" to report without a fix, false to drop a built-in term. */
  terms: Record<string, string | false>;
}

interface Term {
  term: string;
  plain: string | undefined;
  pattern: RegExp;
  /** The term has an acronym in it: the text must write it in capitals. */
  acronym: boolean;
  /** A bare acronym, which takes a plural "s". */
  pluralizable: boolean;
}

const WORD = '[\\p{L}\\p{N}_]';
const ACRONYM = /[A-Z][A-Z0-9]+/;
const CAPITALS_IN_TEXT = /[A-Z][A-Z0-9]+/;
/** Right after the term: "(return authorization)", ", i.e. …", ", which means …", " — short for …". */
const EXPLAINED_AFTER = /^\s*(?:\(\s*(?:i\.?e\.?|that is|meaning|short for|aka)?[^)]*\p{L}{3,}[^)]*\)|,?\s*(?:i\.e\.|ie,|that is,|meaning\b|which means\b|which stands for\b|short for\b|stands for\b|aka\b|or in other words\b|δηλαδ[ηή](?!\p{L})|δηλ\.|που σημα[ιί]νει(?!\p{L})|το οπο[ιί]ο σημα[ιί]νει(?!\p{L}))|\s*[\u2013\u2014-]\s*(?:i\.e\.|that is|meaning|which means|short for)\b)/iu;
const DETERMINER_BEFORE = /\b(the|our|your|a|an)\s+$/i;

function parseGlossary(entries: readonly string[]): Map<string, string | undefined> {
  const out = new Map<string, string | undefined>();
  for (const entry of entries) {
    const at = entry.indexOf('=>');
    const term = (at === -1 ? entry : entry.slice(0, at)).trim();
    const plain = at === -1 ? undefined : entry.slice(at + 2).trim() || undefined;
    if (term) out.set(term, plain);
  }
  return out;
}

/** Whether a term from the options can run as a pattern (validated configs only carry such terms; the Node API may not). */
function isSafe(term: string): boolean {
  try {
    assertSafePattern(entrySource(term));
    return true;
  } catch {
    return false;
  }
}

/** An unsafe or broken pattern is matched as the literal text it is. */
function escapePattern(term: string): string {
  return term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Compiled once per (glossary entries, options): entries differ by locale and by the config's `lexicon`. */
const compiled = new WeakMap<object, WeakMap<object, Term[]>>();

function glossary(context: RuleContext<Options>): Term[] {
  const entries = context.entries('terms');
  let perEntries = compiled.get(entries);
  if (!perEntries) compiled.set(entries, (perEntries = new WeakMap()));
  let terms = perEntries.get(context.options);
  if (terms) return terms;
  const merged = parseGlossary(entries);
  for (const [term, plain] of Object.entries(context.options.terms ?? {})) {
    if (plain === false) merged.delete(term);
    else merged.set(isSafe(term) ? term : escapePattern(term), plain.trim() || undefined);
  }
  terms = [];
  perEntries.set(context.options, terms);
  for (const [term, plain] of merged) {
    const pluralizable = /^[A-Z][A-Z0-9]+$/.test(term);
    try {
      terms.push({
        term,
        plain,
        acronym: ACRONYM.test(term.replace(/\[[^\]]*\]/g, '')),
        pluralizable,
        // Run on the turn's normalized text (accents folded), so the term is folded the same way.
        pattern: new RegExp(`(?<!${WORD})(?:${entrySource(normalizeForMatching(term))})${pluralizable ? "(s|'s)?" : ''}(?!${WORD})`, 'giu'),
      });
    } catch {
      // A term that is not a valid pattern is skipped, not fatal: config validation reports it.
    }
  }
  return terms;
}

interface Hit {
  term: Term;
  start: number;
  end: number;
  plural: boolean;
}

/** One alternation of every term, per glossary: most messages hold no term at all and are passed over in one scan. */
const anyTerm = new WeakMap<Term[], RegExp | null>();

function mayHoldTerm(terms: Term[], text: string): boolean {
  let pattern = anyTerm.get(terms);
  if (pattern === undefined) {
    // A superset of the terms' own patterns: each term at a left word boundary, the boundary
    // checked once rather than per term (a look-behind per alternative made this regex take
    // ~30 ms to compile, most of a single macro's lint).
    pattern = terms.length ? new RegExp(`(?<!${WORD})(?:${terms.map((t) => entrySource(normalizeForMatching(t.term))).join('|')})`, 'iu') : null;
    anyTerm.set(terms, pattern);
  }
  return pattern !== null && pattern.test(text);
}

function matches(term: Term, text: string): RegExpMatchArray[] {
  term.pattern.lastIndex = 0;
  return [...text.matchAll(term.pattern)];
}

export default defineRule<Options>({
  meta: {
    id: 'jargon',
    kind: 'sin',
    docs: {
      description: 'Agent uses internal terms and acronyms the customer never used (RMA, SLA, escalate to T2…); fixable with a plain-language glossary',
      seed: 'seven sins #4 (000); handling a query: be clear and concise, no jargon (002)',
      url: 'docs/rules/jargon.md',
    },
    channels: ['chat', 'email', 'voice', 'social', 'macro'],
    defaultSeverity: 'error',
    fixable: true,
    schema: {
      type: 'object',
      properties: {
        terms: {
          type: 'object',
          description: 'Glossary entries merged on top of the built-in list: TERM → plain wording ("" reports without a fix; false drops a built-in term).',
          additionalProperties: { anyOf: [{ type: 'string' }, { const: false }] },
          // Terms are phrase patterns run on strangers' text: config validation refuses one that can hang.
          propertyNames: { safePattern: true },
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { terms: {} },
    messages: {
      replace: 'Replace "{{term}}" with "{{plain}}"; the customer may not know internal terms.',
      explain: 'Explain "{{term}}" in plain words; the customer may not know internal terms.',
    },
  },
  create(context) {
    const terms = glossary(context);
    const explained = new Set<Term>();
    const customerText: string[] = [];

    const customerUsed = (term: Term) => customerText.some((text) => mayHoldTerm(terms, text) && matches(term, text).length > 0);

    function hitsIn(turn: Turn): Hit[] {
      const analysis = context.analyze(turn);
      const hits: Hit[] = [];
      if (!mayHoldTerm(terms, analysis.normalized)) return hits;
      for (const term of terms) {
        for (const m of matches(term, analysis.normalized)) {
          const start = m.index!;
          const end = start + m[0].length;
          if (term.acronym && !CAPITALS_IN_TEXT.test(turn.text.slice(start, end))) continue;
          if (inSkippedSpan(analysis, start, end)) continue;
          hits.push({ term, start, end, plural: term.pluralizable && m[m.length - 1] !== undefined });
        }
      }
      // Longest first at a position; no overlaps ("escalate to T2" over "T2").
      hits.sort((a, b) => a.start - b.start || b.end - a.end);
      const kept: Hit[] = [];
      for (const hit of hits) if (!kept.some((k) => hit.start < k.end && hit.end > k.start)) kept.push(hit);
      return kept;
    }

    function fixFor(turn: Turn, hit: Hit): { range: [number, number]; text: string } | undefined {
      const plain = hit.term.plain;
      if (!plain || hit.plural) return undefined;
      const before = turn.text.slice(0, hit.start);
      let start = hit.start;
      let text = plain;
      const determiner = DETERMINER_BEFORE.exec(before);
      if (determiner && /^(?:our|the|your|a|an)\s/i.test(plain)) {
        // "the CRM" → "our customer database", not "the our customer database".
        start = determiner.index;
      } else if (determiner && /^an?$/i.test(determiner[1])) {
        // "an RMA" → "a return authorization"; "a P1" → "an urgent".
        start = determiner.index;
        const article = /^[aeiou]/i.test(plain) ? 'an' : 'a';
        text = `${/^[A-Z]/.test(determiner[1]) ? article[0].toUpperCase() + article.slice(1) : article} ${plain}`;
      }
      // Keep a capital where the replaced text had one at the start of a sentence.
      const sentence = context.analyze(turn).sentences.find((s) => start >= s.start && start < s.end);
      if (/^\p{Lu}/u.test(turn.text.slice(start)) && (start === sentence?.start || start === 0)) text = text[0].toUpperCase() + text.slice(1);
      return { range: [start, hit.end], text };
    }

    return {
      customerTurn(turn) {
        customerText.push(context.analyze(turn).normalized);
      },
      agentTurn(turn) {
        const text = turn.text;
        for (const hit of hitsIn(turn)) {
          const { term } = hit;
          if (explained.has(term) || customerUsed(term)) continue;
          // "return authorization (RMA)": the plain words are right there.
          if (/\(\s*$/.test(text.slice(0, hit.start)) && /^\s*\)/.test(text.slice(hit.end))) {
            explained.add(term);
            continue;
          }
          if (EXPLAINED_AFTER.test(text.slice(hit.end))) {
            explained.add(term);
            continue;
          }
          const shown = text.slice(hit.start, hit.end);
          const fix = fixFor(turn, hit);
          context.report({
            turn,
            range: [hit.start, hit.end],
            messageId: term.plain ? 'replace' : 'explain',
            data: term.plain ? { term: shown, plain: term.plain } : { term: shown },
            ...(fix ? { fix } : {}),
          });
        }
      },
    };
  },
});
