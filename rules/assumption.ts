import { normalizeForMatching, questionSentences } from '../src/text/analysis.js';
import { defineRule, type RuleContext } from '../src/linter/rule.js';
import type { Turn } from '../src/model.js';
import type { PhraseHit } from '../src/text/phrases.js';

interface Options {
  maxWords: number;
  maxContentWords: number;
}

/**
 * Handling a query (002): "clarify if needed — avoid assumptions; instead of
 * assuming they mean x, ask 'to clarify, do you mean x or y?'", and find the core
 * problem. A conservative heuristic, tuned for precision:
 *
 * 1. the customer's opening problem is vague: it names a vague symptom ("doesn't
 *    work", "is wrong", "a problem with my account"), is short (fewer than
 *    `maxWords` words, sign-offs and identifiers not counted), has no specifics
 *    (no quoted text, error message, "when I…", "since the update…") and at most
 *    `maxContentWords` words beyond pronouns, greetings, filler and identifiers;
 * 2. the agent's first substantive reply proposes a fix: an instruction (try /
 *    restart / reinstall / clear / go to…), an action taken on a guess ("I've
 *    reset your password", "I've cancelled the direct debit") or offered as
 *    settled ("I can cancel your card right away for you");
 * 3. that reply, and anything the agent said since the problem was stated, has no
 *    question and no paraphrase ("just to confirm…", "so you're saying…").
 *
 * Short acknowledgements ("Sorry to hear that!") before the substantive reply are
 * skipped; what the customer adds meanwhile counts as part of the problem.
 */
export default defineRule<Options>({
  meta: {
    id: 'assumption',
    kind: 'practice',
    docs: {
      description: 'The agent proposes a fix to a vague problem without a single clarifying question or paraphrase',
      seed: 'handling a query: clarify instead of assuming, find the core problem (002)',
      url: 'docs/rules/assumption.md',
    },
    channels: ['chat', 'email', 'voice', 'social'],
    defaultSeverity: 'error',
    schema: {
      type: 'object',
      properties: {
        maxWords: { type: 'integer', minimum: 1, description: 'A problem statement of this many words or more is never treated as vague.' },
        maxContentWords: {
          type: 'integer',
          minimum: 0,
          description: 'At most this many words beyond the vague phrase, pronouns, greetings and filler ("my app doesn\'t work" has one: "app").',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { maxWords: 15, maxContentWords: 3 },
    messages: {
      assumed:
        'Proposes a fix ("{{fix}}") to a vague problem ("{{problem}}") without asking a single clarifying question; first find out what exactly happens, e.g. "Just to confirm, what do you see when you try?"',
    },
  },
  create(context) {
    return {
      transcriptEnd(transcript) {
        const turns = transcript.turns;
        const problem: Turn[] = [];
        let i = 0;
        // The opening problem starts with the first customer turn that says more than hello.
        for (; i < turns.length; i++) {
          const t = turns[i];
          if (t.role === 'customer' && !greetingOnly(context, t)) break;
        }
        let skips = 0;
        while (i < turns.length) {
          // The customer's turns up to the next agent turn.
          for (; i < turns.length && turns[i].role !== 'agent'; i++) if (turns[i].role === 'customer') problem.push(turns[i]);
          if (i >= turns.length || problem.length === 0) return;
          // The agent's reply: agent turns up to the next customer turn.
          const reply: Turn[] = [];
          for (; i < turns.length && turns[i].role !== 'customer'; i++) if (turns[i].role === 'agent') reply.push(turns[i]);
          const asks = reply.some((t) => questionSentences(context.analyze(t)).length > 0 || context.find(t, 'paraphrase').length > 0);
          if (asks) return;
          const fix = firstFix(context, reply);
          if (!fix) {
            // "Sorry to hear that!" — a short acknowledgement; the substantive reply comes next.
            const words = reply.reduce((n, t) => n + wordCount(t.text), 0);
            if (words <= 12 && ++skips <= 2) continue;
            return;
          }
          if (vague(context, problem)) {
            const text = problem.map((t) => t.text.slice(0, context.analyze(t).bodyEnd).trim()).join(' ').replace(/\s+/g, ' ');
            const excerpt = text.length > 60 ? `${text.slice(0, 57).trimEnd()}…` : text;
            context.report({ turn: fix.turn, range: [fix.hit.start, fix.hit.end], messageId: 'assumed', data: { fix: fix.hit.text, problem: excerpt } });
          }
          return;
        }
      },
    };
  },
});

function wordCount(text: string): number {
  return text.split(/[^\p{L}\p{N}'’]+/u).filter(Boolean).length;
}

function firstFix(context: RuleContext<Options>, reply: readonly Turn[]): { turn: Turn; hit: PhraseHit } | undefined {
  for (const turn of reply) {
    const analysis = context.analyze(turn);
    const asked = questionSentences(context.analyze(turn));
    const hits = [
      ...context.find(turn, 'fix-done'),
      ...context.find(turn, 'fix-instruction'),
      ...context.find(turn, 'fix-imperative').filter((h) => context.atClauseStart(turn, h)),
    ]
      .filter((h) => !asked.some((q) => h.start >= q.start && h.start < q.end))
      .sort((a, b) => a.start - b.start);
    if (hits.length) return { turn, hit: hits[0] };
  }
  return undefined;
}

/**
 * Words that say nothing about the problem — pronouns, articles, auxiliaries, greetings,
 * filler ("my", "the", "please", "still") — per language, from the lexicon's
 * `language.filler` list (plain lower-case words, accents as written).
 */
const fillerSets = new WeakMap<readonly string[], Set<string>>();
function fillerWords(context: RuleContext<Options>): Set<string> {
  const entries = context.entries('filler', 'language');
  let set = fillerSets.get(entries);
  if (!set) fillerSets.set(entries, (set = new Set(entries.map((w) => normalizeForMatching(w.toLowerCase())))));
  return set;
}

/** "Hi", "hello there!": a customer turn that has not said anything yet. */
function greetingOnly(context: RuleContext<Options>, turn: Turn): boolean {
  const chars = context.analyze(turn).normalized.toLowerCase().split('');
  for (const hit of [
    ...context.find(turn, 'greetings', { group: 'language', includeNegated: true }),
    ...context.find(turn, 'thanks', { group: 'language', includeNegated: true }),
  ]) for (let k = hit.start; k < hit.end; k++) chars[k] = ' ';
  return chars
    .join('')
    .split(/[^\p{L}\p{N}']+/u)
    .filter((w) => w && !['there', 'team', 'guys', 'all', 'everyone', 'folks'].includes(w)).length === 0;
}

/** Words of a turn beyond the vague phrase, greetings, thanks and filler. */
function contentWords(context: RuleContext<Options>, turn: Turn): number {
  const analysis = context.analyze(turn);
  const filler = fillerWords(context);
  const chars = analysis.normalized.toLowerCase().split('');
  const blank = (from: number, to: number) => {
    for (let k = from; k < to; k++) chars[k] = ' ';
  };
  for (const hit of [
    ...context.find(turn, 'vague', { includeNegated: true }),
    ...context.find(turn, 'greetings', { group: 'language', includeNegated: true }),
    ...context.find(turn, 'thanks', { group: 'language', includeNegated: true }),
  ]) blank(hit.start, hit.end);
  for (const span of analysis.skipped) if (span.kind !== 'quote') blank(span.start, span.end);
  blank(analysis.bodyEnd, chars.length);
  // Identifiers ("PC-51880", "SK903") say which thing, not what is wrong with it.
  return chars
    .join('')
    .split(/[^\p{L}\p{N}'-]+/u)
    .filter((w) => w && !filler.has(w) && !/n't$/.test(w) && !/\p{N}/u.test(w)).length;
}

function vague(context: RuleContext<Options>, problem: readonly Turn[]): boolean {
  let words = 0;
  let content = 0;
  let hasVague = false;
  for (const turn of problem) {
    const analysis = context.analyze(turn);
    // Quoted text (an error message) is a specific. Numbers are not: an order number says which order, not what
    // is wrong with it; error codes come with "error", "code", "says".
    const prose = analysis.normalized.split('').map((c, k) => (analysis.skipped.some((s) => s.kind !== 'quote' && k >= s.start && k < s.end) ? ' ' : c)).join('');
    if (analysis.skipped.some((s) => s.kind === 'quote')) return false;
    if (context.find(turn, 'specific', { includeNegated: true }).length) return false;
    if (context.find(turn, 'vague', { includeNegated: true }).length) hasVague = true;
    words += wordCount(prose.slice(0, analysis.bodyEnd).replace(/\S*\p{N}\S*/gu, ' '));
    content += contentWords(context, turn);
  }
  return hasVague && words < context.options.maxWords && content <= context.options.maxContentWords;
}
