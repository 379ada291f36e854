import { defineRule } from '../src/linter/rule.js';
import type { Turn } from '../src/model.js';
import type { PhraseHit } from '../src/text/phrases.js';

/**
 * Handling a query: "offer solutions, not policy" and "offer several options"
 * (002). A refusal ("unfortunately we can't…", "that's not possible", "we don't
 * offer…") in a reply that offers nothing in its place: no other option, no
 * exchange or credit, no workaround, no "what I can do is…".
 *
 * The reply is the agent's burst: all the messages sent before the customer
 * speaks again. Not reported: refusals in questions ("Can't you log in?"),
 * negated ones ("it's not that we can't…"), conditional ones ("we can't ship it
 * until the payment clears" says what has to happen), quoted text, and the
 * customer's turns. One finding per reply, at its first refusal.
 */

/** Where a refusal's own words end and something else may begin: "We can't refund it, but…". */
const SCOPE_END =
  /\b(?:but|however|though|although|instead|alternatively|otherwise|that said|so|what I can|what we can)\b|[;:\u2013\u2014(]|,\s*(?=(?:I|we|you|what|if|there|here|happy|glad)\b)|\s-\s/gi;

/** A customer's request: "can you…", "please…", "I'd like…". */
const REQUEST = /\b(?:(?:can|could|would|will) you|please|I(?:'d| would) like|I want|I need|I'm asking)\b/i;

/** "Let me check / look / see / find": a look-up. */
const LOOK_UP = /^let me (?:check|look|see|find)\b/i;

/** Not an offer: the closing "anything (else) I can help with?", and "I wish I could…". */
const NOT_AN_OFFER = /(?:\b(?:anything|something)(?: else)?(?: that)?|\bwish|\bif only|\bhope)\s*$/i;


/** Where the quoted history of an e-mail starts ("On Mon, … wrote:", "-----Original Message-----"). */

export default defineRule({
  meta: {
    id: 'no-alternative',
    kind: 'practice',
    docs: {
      description: 'Agent refuses ("we can\'t…", "that\'s not possible") and offers no option in its place in the same reply',
      seed: 'handling a query: "offer solutions, not policy", "offer several options" (002); seven sins #6 rule book (000)',
      url: 'docs/rules/no-alternative.md',
    },
    channels: ['chat', 'email', 'voice', 'social', 'macro'],
    defaultSeverity: 'error',
    fixable: false,
    schema: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      refusal:
        'Says no ("{{phrase}}") without offering anything in its place; add what you can do instead (another option, an exchange, credit, a workaround).',
    },
  },
  create(context) {
    const done = new Set<number>();

    /** Whether the customer's message before this reply asks for something. */
    function answersRequest(turn: Turn): boolean {
      const asked = context.previousTurn(context.burst(turn)[0], 'customer');
      if (!asked) return false;
      // A request in the customer's words, from the lexicon missing-follow-up reads too ("can you", «θα ήθελα»).
      return context.burst(asked).some((t) => context.analyze(t).sentences.some((s) => s.isQuestion) || REQUEST.test(t.text) || context.find(t, 'request', { group: 'missing-follow-up' }).length > 0);
    }

    function refusals(turn: Turn): Array<{ hit: PhraseHit; scopeEnd: number }> {
      const text = context.analyze(turn).normalized;
      const historyAt = context.analyze(turn).historyStart;
      const out: Array<{ hit: PhraseHit; scopeEnd: number }> = [];
      // concat, not push: find's arrays are cached per turn and must not change.
      let hits = context.find(turn, 'refusal');
      if (answersRequest(turn)) hits = hits.concat(context.find(turn, 'request-refusal'));
      else hits = hits.slice();
      hits.sort((a, b) => a.start - b.start);
      // Looked up only when there is a refusal to judge.
      const requirements = hits.length ? context.find(turn, 'requirement', { includeNegated: true }) : [];
      for (const hit of hits) {
        const sentence = hit.sentence;
        if (hit.start >= historyAt) continue;
        if (sentence?.isQuestion) continue;
        // A refusal with a requirement attached tells the customer what has to happen first
        // ("until the payment clears", "without the receipt"; lexicon `requirement`). "If" and
        // "once" do not: "we can't cancel once it has shipped" is still a no.
        if (sentence && requirements.some((r) => r.start >= sentence.start && r.start < sentence.end)) continue;
        const sentenceEnd = sentence?.end ?? text.length;
        const scopeEnd = [...text.slice(0, sentenceEnd).matchAll(SCOPE_END)].find((m) => m.index! >= hit.end)?.index ?? sentenceEnd;
        out.push({ hit, scopeEnd });
      }
      return out;
    }

    function hasAlternative(turn: Turn, scopes: Array<{ hit: PhraseHit; scopeEnd: number }>, beforeRefusal: boolean): boolean {
      const text = context.analyze(turn).normalized;
      const firstRefusal = scopes.length ? scopes.reduce((min, s) => Math.min(min, s.hit.start), Infinity) : beforeRefusal ? Infinity : -1;
      const hits = [...context.find(turn, 'alternative'), ...context.find(turn, 'alternative', { group: 'rule-book' })];
      return hits.some(
        (alt) =>
          // "Let me check" before the refusal was the look-up that led to it, not an offer.
          !(LOOK_UP.test(alt.text) && alt.start < firstRefusal) &&
          // What the refusal itself names ("we can't offer a refund") is not offered.
          !scopes.some(({ hit, scopeEnd }) => alt.start >= hit.start && alt.start < scopeEnd) &&
          // "Is there anything else I can help with?" closes the chat; "I wish I could…" regrets.
          !NOT_AN_OFFER.test(text.slice(Math.max(0, alt.start - 25), alt.start)),
      );
    }

    return {
      agentTurn(turn) {
        const reply = context.burst(turn);
        if (done.has(reply[0].index)) return;
        done.add(reply[0].index);
        const found = reply.map((t) => ({ turn: t, scopes: refusals(t) }));
        const first = found.find((f) => f.scopes.length > 0);
        if (!first) return;
        const firstAt = found.indexOf(first);
        if (found.some((f, i) => hasAlternative(f.turn, f.scopes, i < firstAt))) return;
        const { hit } = first.scopes[0];
        context.report({ turn: first.turn, range: [hit.start, hit.end], messageId: 'refusal', data: { phrase: hit.text } });
      },
    };
  },
});
