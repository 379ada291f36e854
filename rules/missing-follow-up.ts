import { questionSentences } from '../src/text/analysis.js';
import { defineRule, type RuleContext } from '../src/linter/rule.js';
import type { Turn } from '../src/model.js';
import type { PhraseHit } from '../src/text/phrases.js';

interface Options {
  openActions: boolean;
  unanswered: boolean;
}

/**
 * Best practices: create touchpoints and follow up (001); handling a query:
 * follow up and say when to expect an update (002). Two ways a conversation can
 * end with the customer left waiting:
 *
 * (a) an agent reply leaves an action open ("I've escalated this", "I'll get
 *     back to you") and nothing from the reply before it to the end says when
 *     the customer will hear back. Escalations, tickets and promises stay open to
 *     the end unless a later reply brings the result back; a short hold ("let me
 *     check") counts only when nothing but pleasantries follows it;
 * (b) the customer's last message asks, needs or disputes something and no agent
 *     reply follows it.
 */
export default defineRule<Options>({
  meta: {
    id: 'missing-follow-up',
    kind: 'practice',
    docs: {
      description: 'The conversation ends with an open action and no word on when the customer will hear back, or with the customer\'s last message unanswered',
      seed: 'best practices: create touchpoints and follow up (001); handling a query: follow up and say when to expect an update (002)',
      url: 'docs/rules/missing-follow-up.md',
    },
    channels: ['chat', 'email', 'voice', 'social'],
    defaultSeverity: 'warn',
    schema: {
      type: 'object',
      properties: {
        openActions: { type: 'boolean', description: 'Report a conversation that ends on an open action (escalated, ticket opened, "I\'ll get back to you") and no time frame.' },
        unanswered: { type: 'boolean', description: 'Report a conversation whose last customer message asks or needs something and gets no agent reply.' },
      },
      additionalProperties: false,
    },
    defaultOptions: { openActions: true, unanswered: true },
    messages: {
      openAction:
        'The conversation ends on "{{action}}" with no word on when the customer will hear back; give a time frame (e.g. "you\'ll get an e-mail with the outcome by 5 pm tomorrow").',
      openActionEarlier:
        'The conversation ends with "{{action}}" still open and no word on when the customer will hear back; before closing, give a time frame (e.g. "you\'ll hear from the team by Friday").',
      unanswered: 'The customer\'s last message ({{what}}) gets no reply; answer it, or tell them when they will hear back.',
    },
  },
  create(context) {
    return {
      transcriptEnd(transcript) {
        const turns = transcript.turns;
        const agentTurns = context.turnsOf('agent');
        if (agentTurns.length === 0 || context.turnsOf('customer').length === 0) return;
        const lastAgent = agentTurns[agentTurns.length - 1];

        if (context.options.unanswered) {
          const after = turns.filter((t) => t.index > lastAgent.index && t.role === 'customer');
          const final = after[after.length - 1];
          const need = final && customerNeed(context, final);
          if (final && need) {
            context.report({ turn: final, messageId: 'unanswered', data: { what: need } });
            return;
          }
        }
        if (!context.options.openActions) return;

        const replies = agentReplies(turns);
        // Walk back from the last reply. A short hold ("let me check") counts only when nothing but
        // pleasantries came after it; an escalation, a ticket or "I'll get back to you" stays open to the
        // end unless a later reply brings the result back.
        let substantiveAfter = false;
        // Whether a reply after this one brings a result back: kept while walking, not re-scanned per reply.
        let resolved = false;
        for (let i = replies.length - 1; i >= 0; i--) {
          const reply = replies[i];
          const action = resolved ? undefined : openAction(context, reply, !substantiveAfter);
          if (action) {
            // "Share a few details and we'll reach out": the next move is the customer's, and they have not made it.
            const lastTurn = reply[reply.length - 1];
            const customerAfter = turns.some((t) => t.index > lastTurn.index && t.role === 'customer');
            if (!customerAfter && reply.some((t) => asksCustomer(context, t))) return;
            // The time frame may come with the action, after it, or in the reply just before it.
            const around = replies.slice(Math.max(0, i - 1)).flat();
            if (around.some((t) => context.find(t, 'timeframe', { includeNegated: true }).length > 0)) return;
            if (i === replies.length - 1) {
              context.report({ turn: action.turn, range: [action.hit.start, action.hit.end], messageId: 'openAction', data: { action: action.hit.text } });
            } else {
              context.report({ turn: lastAgent, messageId: 'openActionEarlier', data: { action: action.hit.text } });
            }
            return;
          }
          if (!reply.every((t) => closingOnly(context, t))) substantiveAfter = true;
          resolved ||= reply.some((t) => context.find(t, 'result').length > 0);
        }
      },
    };
  },
});

/** Agent turns grouped into replies: the agent turns between two customer turns are one reply. */
function agentReplies(turns: readonly Turn[]): Turn[][] {
  const replies: Turn[][] = [];
  let current: Turn[] = [];
  for (const turn of turns) {
    if (turn.role === 'customer') {
      if (current.length) replies.push(current);
      current = [];
    } else if (turn.role === 'agent') current.push(turn);
  }
  if (current.length) replies.push(current);
  return replies;
}


function usable(context: RuleContext<Options>, turn: Turn, hit: PhraseHit): boolean {
  const sentence = hit.sentence;
  if (!sentence) return true;
  // "Would you like me to escalate this?" offers; it does not promise.
  if (questionSentences(context.analyze(turn)).some((q) => q.start === sentence.start)) return false;
  const analysis = context.analyze(turn);
  // "If it happens again, I'll escalate it": nothing is open yet.
  // "If it happens again, we'll look into it": a condition before the promise (lexicon `conditional`).
  if (context.find(turn, 'conditional', { includeNegated: true }).some((c) => c.start >= sentence.start && c.end <= hit.start)) return false;
  // "I'll pass your feedback on to the team": nothing is owed to the customer.
  const notOwed = context.find(turn, 'not-owed', { includeNegated: true });
  if (notOwed.some((h) => h.start >= sentence.start && h.start < sentence.end)) return false;
  return true;
}

/** The last open action in a reply; holds ("let me check") only when `holds` is set. */
function openAction(context: RuleContext<Options>, reply: readonly Turn[], holds: boolean): { turn: Turn; hit: PhraseHit } | undefined {
  for (let k = reply.length - 1; k >= 0; k--) {
    const turn = reply[k];
    const hits = context.find(turn, 'open-action').filter((h) => usable(context, turn, h));
    if (hits.length) return { turn, hit: hits[hits.length - 1] };
    if (!holds) continue;
    const holdHits = context.find(turn, 'hold-action').filter((h) => usable(context, turn, h));
    for (let j = holdHits.length - 1; j >= 0; j--) {
      const hold = holdHits[j];
      // "Let me check… I can see it left the warehouse today": the check was done in the same reply.
      if (!answeredLater(context, reply, k, hold)) return { turn, hit: hold };
    }
  }
  return undefined;
}

/** True when the reply goes on, after the hold's sentence, with a substantive sentence. */
function answeredLater(context: RuleContext<Options>, reply: readonly Turn[], k: number, hold: PhraseHit): boolean {
  // Chat typed without full stops runs the answer into the hold's own "sentence": "I will have a look I'm sorry to say it is discontinued…".
  const sentenceEnd = hold.sentence?.end ?? hold.end;
  if (residualWords(context, reply[k], hold.end, sentenceEnd) >= 12) return true;
  const from = sentenceEnd;
  for (let i = k; i < reply.length; i++) {
    const turn = reply[i];
    const asked = questionSentences(context.analyze(turn));
    for (const sentence of context.analyze(turn).sentences) {
      if (i === k && sentence.start < from) continue;
      if (asked.includes(sentence)) continue;
      if (residualWords(context, turn, sentence.start, sentence.end) >= 5) return true;
    }
  }
  return false;
}

/** Words of a span once closings, greetings, thanks and skipped spans (handles, signatures) are taken out. */
function residualWords(context: RuleContext<Options>, turn: Turn, start: number, end: number): number {
  const analysis = context.analyze(turn);
  const chars = analysis.normalized.slice(start, end).split('');
  const blank = (from: number, to: number) => {
    for (let i = Math.max(from, start); i < Math.min(to, end); i++) chars[i - start] = ' ';
  };
  for (const hit of [
    ...context.find(turn, 'closing', { includeNegated: true }),
    ...context.find(turn, 'greetings', { group: 'language', includeNegated: true }),
    ...context.find(turn, 'thanks', { group: 'language', includeNegated: true }),
  ]) blank(hit.start, hit.end);
  for (const span of analysis.skipped) blank(span.start, span.end);
  return chars.join('').split(/[^\p{L}\p{N}']+/u).filter(Boolean).length;
}

/** A turn made only of pleasantries: every sentence is a closing, a greeting or thanks, plus at most two words (a name). */
function closingOnly(context: RuleContext<Options>, turn: Turn): boolean {
  if (context.find(turn, 'timeframe', { includeNegated: true }).length) return false;
  const analysis = context.analyze(turn);
  if (analysis.sentences.length === 0) return true;
  return analysis.sentences.every((s) => residualWords(context, turn, s.start, s.end) <= 2);
}

/** Where the message's own words start: past white space and @handles. */
function firstWordAt(analysis: ReturnType<RuleContext['analyze']>): number {
  let start = 0;
  for (;;) {
    const span = analysis.skipped.find((s) => s.start === start && s.kind === 'handle');
    if (span) start = span.end;
    else if (/\s/.test(analysis.normalized[start] ?? '')) start++;
    else return start;
  }
}

/** The turn asks the customer a question or for something: details, a DM, a confirmation. */
function asksCustomer(context: RuleContext<Options>, turn: Turn): boolean {
  return questionSentences(context.analyze(turn)).length > 0 || context.find(turn, 'asks-customer').length > 0;
}

/** What the customer's message asks for, or undefined when it is a closing ("thanks, bye", "ok great"). */
function customerNeed(context: RuleContext<Options>, turn: Turn): string | undefined {
  const analysis = context.analyze(turn);
  // A question mark inside quoted text ("they asked 'can you send a photo?'") is someone else's question.
  const question = questionSentences(context.analyze(turn)).find((s) => {
    // The question mark in any of the four languages: ? ？, Greek ; (U+037E), Armenian ՞.
    let mark = -1;
    for (let k = Math.min(s.end, analysis.normalized.length) - 1; k >= s.start; k--) {
      if ('?\uff1f;\u037e\u055e'.includes(analysis.normalized[k])) {
        mark = k;
        break;
      }
    }
    return !analysis.skipped.some((sp) => (sp.kind === 'quote' || sp.kind === 'url') && mark >= sp.start && mark < sp.end);
  });
  if (question) return 'a question';
  if (context.find(turn, 'request').length) return 'a request';
  // "It's sorted now, reinstalling didn't work so I reset it": no problem left to answer.
  if (context.find(turn, 'resolved').length) return undefined;
  if (context.find(turn, 'problem').length) return 'a problem';
  // "But I paid YOU", "I updated last week actually": the customer disputes the answer.
  const start = firstWordAt(analysis);
  if (context.find(turn, 'pushback').length || context.find(turn, 'pushback-start', { includeNegated: true }).some((h) => h.start === start)) return 'an objection';
  return undefined;
}
