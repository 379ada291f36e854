import { defineRule, type RuleContext } from '../src/linter/rule.js';
import type { Turn } from '../src/model.js';
import { questionSentences } from '../src/text/analysis.js';
import type { PhraseHit } from '../src/text/phrases.js';

/**
 * Handling a query (002): "after offering a solution, confirm the customer
 * understands it; ask whether they have further questions". A solution is
 * something done for the customer ("I've reset your password", "it has been
 * refunded", "you can now…") or instructions ("try…", "go to Settings…",
 * "you'll need to clear…", "please report it to the airport"). When the agent
 * never checks anywhere from the first solution on — no agent question, no
 * request for details, no "let me know if…", "if that doesn't work…",
 * "anything else?" — the rule reports once, at the last solution. The customer
 * saying "it works now" does not stand in for the agent asking.
 */
export default defineRule({
  meta: {
    id: 'missing-confirmation',
    kind: 'practice',
    docs: {
      description: 'The agent gives a solution but never checks it worked or asks if there is anything else',
      seed: 'handling a query: confirm understanding, ask if they have further questions (002)',
      url: 'docs/rules/missing-confirmation.md',
    },
    channels: ['chat', 'email', 'voice', 'social'],
    defaultSeverity: 'warn',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      unconfirmed:
        'Gives a solution ("{{solution}}") but never checks it landed; ask "Does that solve it for you?" or "Is there anything else I can help with?"',
    },
  },
  create(context) {
    let first: Turn | undefined;
    let last: { turn: Turn; hit: PhraseHit } | undefined;
    return {
      agentTurn(turn) {
        const hits = solutionHits(context, turn);
        if (!hits.length) return;
        first ??= turn;
        last = { turn, hit: hits[hits.length - 1] };
      },
      transcriptEnd(transcript) {
        // A conversation needs a customer to confirm with; a lone agent message is a fragment.
        if (!first || !last || context.turnsOf('customer').length === 0) return;
        const turns = transcript.turns;
        // From the reply that holds the first solution (the agent turns since the last customer turn) to the end.
        let from = first.index;
        while (from > 0 && turns[from - 1].role !== 'customer') from--;
        for (let i = from; i < turns.length; i++) {
          const t = turns[i];
          if (t.role !== 'agent') continue;
          // A check ("let me know if…", "anything else?"), a question or a request for details hands the
          // conversation back to the customer instead of closing on the solution.
          if (context.find(t, 'check').length || context.find(t, 'asks-details').length) return;
          if (questionSentences(context.analyze(t)).length) return;
        }
        const { turn, hit } = last;
        context.report({ turn, range: [hit.start, hit.end], messageId: 'unconfirmed', data: { solution: hit.text } });
      },
    };
  },
});


function solutionHits(context: RuleContext, turn: Turn): PhraseHit[] {
  const analysis = context.analyze(turn);
  // Not in a question ("Could you try restarting?"), not about feedback ("we've added your comments to the suggestion").
  const notes = context.find(turn, 'not-solution', { includeNegated: true });
  const asked = questionSentences(context.analyze(turn));
  const statement = (h: PhraseHit) =>
    !asked.some((q) => h.start >= q.start && h.start < q.end) && !notes.some((n) => h.sentence && n.start >= h.sentence.start && n.start < h.sentence.end);
  const imperatives = context
    .find(turn, 'imperative')
    .filter((h) => statement(h) && context.atClauseStart(turn, h));
  // "Once your refund has been processed, I'll e-mail you": not done yet. The condition word
  // («μόλις», "once") opens within 40 characters before, with no punctuation between.
  // context.find is cached per turn: asked only when there is a "done" to judge.
  const stillPending = (h: PhraseHit) =>
    context.find(turn, 'pending', { includeNegated: true, includeSkipped: true }).some((p) => p.end <= h.start && p.start >= Math.max(h.sentence?.start ?? 0, h.start - 40) && !/[,.;:!?]/.test(analysis.normalized.slice(p.end, h.start)));
  const done = context
    .find(turn, 'done')
    .filter((h) => statement(h) && !stillPending(h));
  return [...done, ...context.find(turn, 'instruction').filter(statement), ...imperatives].sort(
    (a, b) => a.start - b.start,
  );
}
