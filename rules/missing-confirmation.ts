import { defineRule, type RuleContext } from '../src/linter/rule.js';
import type { Turn } from '../src/model.js';
import type { PhraseHit } from '../src/text/phrases.js';

/**
 * Handling a query (002): "after offering a solution, confirm the customer
 * understands it; ask whether they have further questions". The rule finds the
 * agent's last solution — something done for the customer ("I've reset your
 * password", "it has been refunded", "you can now…") or instructions ("try…",
 * "go to Settings…", "you'll need to clear…") — and reports it when nothing in
 * that reply or after it checks that it landed: no agent question, no request
 * for details, no "let me know if…", "if that doesn't work…", "anything else?",
 * and no customer saying it worked.
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
    let last: { turn: Turn; hit: PhraseHit } | undefined;
    return {
      agentTurn(turn) {
        const hits = solutionHits(context, turn);
        if (hits.length) last = { turn, hit: hits[hits.length - 1] };
      },
      transcriptEnd(transcript) {
        if (!last) return;
        const { turn, hit } = last;
        const turns = transcript.turns;
        // The reply the solution is in: the agent turns between two customer turns.
        let replyStart = turn.index;
        while (replyStart > 0 && turns[replyStart - 1].role !== 'customer') replyStart--;
        for (let i = replyStart; i < turns.length; i++) {
          const t = turns[i];
          if (t.role === 'agent') {
            // A check phrase, a question or a request for details anywhere in the solution's own reply or after it:
            // the agent hands the conversation back to the customer instead of closing on the solution.
            if (context.find(t, 'check').length || context.find(t, 'asks-details').length) return;
            if (context.analyze(t).sentences.some((s) => s.isQuestion)) return;
          } else if (t.role === 'customer' && i > turn.index) {
            if (context.find(t, 'confirmed').some((h) => !h.sentence?.isQuestion)) return;
          }
        }
        context.report({ turn, range: [hit.start, hit.end], messageId: 'unconfirmed', data: { solution: hit.text } });
      },
    };
  },
});

/** Words that may stand before an imperative at the start of its clause. */
const LEAD = /^(?:[\s,;:\-–—*•>()]|\d+[.)]|step\s+\d+:?|please|pls|kindly|just|simply|first(?:ly)?|second(?:ly)?|third(?:ly)?|then|next|now|also|so|ok(?:ay)?|alright|finally|lastly|after that|afterwards|instead|otherwise|in the meantime|meanwhile|(?:can|could|would) you(?: please)?|you can|you could)*$/i;
const CLAUSE = /[,;:\n(\u2013\u2014]|\bthen\b/gi;
const PENDING = /\b(?:once|when|after|as soon as|if|until|before)\b[^,.;:!?]*$/i;

/** True when `hit` opens its clause: "Please try…", "If not, go to…", "2. Tap…". */
export function atClauseStart(text: string, sentenceStart: number, hitStart: number): boolean {
  const prefix = text.slice(sentenceStart, hitStart);
  let cut = 0;
  for (const m of prefix.matchAll(CLAUSE)) cut = m.index! + m[0].length;
  return LEAD.test(prefix.slice(cut));
}

function solutionHits(context: RuleContext, turn: Turn): PhraseHit[] {
  const analysis = context.analyze(turn);
  // Not in a question ("Could you try restarting?"), not about feedback ("we've added your comments to the suggestion").
  const notes = context.find(turn, 'not-solution', { includeNegated: true });
  const statement = (h: PhraseHit) =>
    !h.sentence?.isQuestion && !notes.some((n) => h.sentence && n.start >= h.sentence.start && n.start < h.sentence.end);
  const imperatives = context
    .find(turn, 'imperative')
    .filter((h) => statement(h) && atClauseStart(analysis.normalized, h.sentence?.start ?? 0, h.start));
  // "Once your refund has been processed, I'll e-mail you": not done yet.
  const done = context
    .find(turn, 'done')
    .filter((h) => statement(h) && !PENDING.test(analysis.normalized.slice(Math.max(h.sentence?.start ?? 0, h.start - 40), h.start)));
  return [...done, ...context.find(turn, 'instruction').filter(statement), ...imperatives].sort(
    (a, b) => a.start - b.start,
  );
}
