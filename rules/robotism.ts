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
    defaultSeverity: 'warn',
    schema: {
      type: 'object',
      properties: {
        minRepeatWords: { type: 'integer', minimum: 2, description: 'Shortest agent message (in words) that counts as pasted when it appears twice.' },
      },
      additionalProperties: false,
    },
    defaultOptions: { minRepeatWords: 6 },
    messages: {
      detailsFirst: 'Opens by asking for "{{request}}" before any greeting or acknowledgement; greet the customer and acknowledge the problem first.',
      repeated: 'The same text was already sent in turn {{first}}; rephrase for where the conversation is now.',
    },
  },
  create(context) {
    const seen = new Map<string, number>();
    let firstReplyChecked = false;
    const fingerprint = (turn: Turn) => context.analyze(turn).normalized.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

    function checkFirstReply(turn: Turn): void {
      const reply = context.burst(turn);
      for (const part of reply) {
        const request = context.find(part, 'details-request')[0];
        const acknowledgedBefore = (t: Turn, before: number) =>
          [...context.find(t, 'greetings', { group: 'language' }), ...context.find(t, 'acknowledgement'), ...context.find(t, 'thanks', { group: 'language' })].some(
            (hit) => hit.start < before,
          );
        if (request) {
          const earlier = reply.slice(0, reply.indexOf(part));
          if (earlier.some((t) => acknowledgedBefore(t, Infinity)) || acknowledgedBefore(part, request.start)) return;
          context.report({ turn: part, range: [request.start, request.end], messageId: 'detailsFirst', data: { request: request.text } });
          return;
        }
      }
    }

    return {
      agentTurn(turn) {
        if (!firstReplyChecked) {
          firstReplyChecked = true;
          checkFirstReply(turn);
        }
        const print = fingerprint(turn);
        if (print.split(' ').length < context.options.minRepeatWords) return;
        const first = seen.get(print);
        if (first === undefined) seen.set(print, turn.index);
        else context.report({ turn, messageId: 'repeated', data: { first: first + 1 } });
      },
    };
  },
});
