import { defineRule } from '../src/linter/rule.js';
import type { Turn } from '../src/model.js';

/**
 * Seven sins #5 — robotism: opening with account and phone numbers instead of a
 * conversation; and the same text pasted twice, which reads as a machine.
 */
export default defineRule<{ minRepeatWords: number }>({
  meta: {
    id: 'robotism',
    kind: 'sin',
    docs: {
      description: 'First reply demands account/order/phone details with no greeting or acknowledgement; the same agent text pasted twice',
      seed: 'seven sins #5 (000)',
      url: 'docs/rules/robotism.md',
    },
    channels: ['chat', 'email', 'voice', 'social', 'macro'],
    defaultSeverity: 'error',
    schema: {
      type: 'object',
      properties: {
        minRepeatWords: { type: 'integer', minimum: 2, description: 'Shortest agent sentence (in words) that counts as pasted when it is sent again.' },
      },
      additionalProperties: false,
    },
    defaultOptions: { minRepeatWords: 8 },
    messages: {
      detailsFirst: 'Opens by asking for "{{request}}" before any greeting or acknowledgement; greet the customer and acknowledge the problem first.',
      repeated: 'The same text was already sent in turn {{first}}; rephrase for where the conversation is now.',
    },
  },
  create(context) {
    const minWords = context.options.minRepeatWords;
    /** Earlier agent sentences, by fingerprint → the turn they were first sent in. */
    const sentSentences = new Map<string, number>();
    let firstReplyChecked = false;
    let customerSpoke = false;
    const fingerprint = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    const acknowledges = (t: Turn) =>
      [...context.find(t, 'greetings', { group: 'language' }), ...context.find(t, 'acknowledgement'), ...context.find(t, 'thanks', { group: 'language' })];

    /** The reply to the customer's first message: a demand for numbers before any human word. */
    function checkFirstReply(turn: Turn): void {
      const reply = context.burst(turn);
      for (const [i, part] of reply.entries()) {
        const request = context.find(part, 'details-request')[0];
        if (!request) {
          if (acknowledges(part).length > 0) return;
          continue;
        }
        if (reply.slice(0, i).some((t) => acknowledges(t).length > 0)) return;
        if (acknowledges(part).some((hit) => hit.start < request.start)) return;
        context.report({ turn: part, range: [request.start, request.end], messageId: 'detailsFirst', data: { request: request.text } });
        return;
      }
    }

    /**
     * A statement of `minRepeatWords`+ words sent again, word for word, later in
     * the conversation: a pasted disclaimer or canned paragraph. Questions are
     * left alone (asking again is sometimes right), and so are signatures and quoted history.
     */
    function checkRepeats(turn: Turn): void {
      const analysis = context.analyze(turn);
      const seenHere = new Set<string>();
      for (const sentence of analysis.sentences) {
        if (sentence.isQuestion || sentence.start >= analysis.bodyEnd) continue;
        const print = fingerprint(sentence.text);
        if (print.split(' ').length < minWords || seenHere.has(print)) continue;
        seenHere.add(print);
        const first = sentSentences.get(print);
        if (first === undefined) {
          sentSentences.set(print, turn.index);
          continue;
        }
        if (first === turn.index) continue;
        context.report({ turn, range: [sentence.start, sentence.end], messageId: 'repeated', data: { first: first + 1 } });
        return; // one finding per message
      }
    }

    return {
      customerTurn() {
        customerSpoke = true;
      },
      agentTurn(turn) {
        // Macros have no customer: their one message is the first reply. In a conversation,
        // an opening before the customer has spoken ("Nook and Co., Sam speaking") is not the reply.
        if (!firstReplyChecked && (customerSpoke || context.channel === 'macro')) {
          firstReplyChecked = true;
          checkFirstReply(turn);
        }
        checkRepeats(turn);
      },
    };
  },
});
