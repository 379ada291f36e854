import { questionSentences } from '../src/text/analysis.js';
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
            const text = problem.map((t) => t.text.slice(0, bodyEnd(t.text)).trim()).join(' ').replace(/\s+/g, ' ');
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

/** Pronouns, articles, auxiliaries, greetings and filler: words that say nothing about the problem. */
const FILLER = new Set(
  (
    "i i'm im i've ive my me mine we we're our us you your the a an it it's its this that these those is are was were be been being am do does did " +
    'in on at of order number booking account item sort out fix please received got ' +
    "have has had with on in at to for of from and or but so just still really very now anymore any some all again here there " +
    'hi hello hey hiya dear please pls plz help can could would will not no yes ok okay guys team thanks thank anyone someone somebody ' +
    'get got seem seems seemed up today right now working work works worked properly anything something'
  ).split(' '),
);

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
  blank(bodyEnd(turn.text), chars.length);
  // Identifiers ("PC-51880", "SK903") say which thing, not what is wrong with it.
  return chars
    .join('')
    .split(/[^\p{L}\p{N}'-]+/u)
    .filter((w) => w && !FILLER.has(w) && !/n't$/.test(w) && !/\p{N}/u.test(w)).length;
}

const SIGN_OFF = /^(?:(?:kind|best|warm|many) )?(?:regards|thanks|thank you|cheers|best wishes|best|sincerely|yours(?: sincerely| truly)?)[,.!]?(?:\s+\p{L}[\p{L}'.-]*){0,2}$/iu;
const NAME_LINE = /^\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*){0,2}[,.]?$/u;

/** Where the body of a message ends: before an e-mail sign-off ("Kind regards,\nBernard Lowe"). */
function bodyEnd(text: string): number {
  let end = text.trimEnd().length;
  for (;;) {
    const lineStart = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(lineStart, end).trim();
    const signOff = SIGN_OFF.test(line) || NAME_LINE.test(line);
    if (lineStart === 0 || line === '' || !signOff) return line === '' && lineStart > 0 ? bodyEnd(text.slice(0, lineStart - 1)) : end;
    end = lineStart - 1;
  }
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
    words += wordCount(prose.slice(0, bodyEnd(turn.text)).replace(/\S*\p{N}\S*/gu, ' '));
    content += contentWords(context, turn);
  }
  return hasVague && words < context.options.maxWords && content <= context.options.maxContentWords;
}
