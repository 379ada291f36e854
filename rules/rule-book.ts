import { defineRule } from '../src/linter/rule.js';

/**
 * Seven sins #6 — the rule book: policy recited in place of help. Naming a
 * policy is fine when the same reply (all the messages the agent sends in one
 * go) also offers a way forward.
 */
export default defineRule({
  meta: {
    id: 'rule-book',
    kind: 'sin',
    docs: {
      description: 'Agent recites policy with no alternative or solution in the same reply',
      seed: 'seven sins #6 (000); handling a query: "offer solutions, not policy" (002)',
      url: 'docs/rules/rule-book.md',
    },
    channels: ['chat', 'email', 'voice', 'social', 'macro'],
    defaultSeverity: 'error',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      policy: 'Recites policy ("{{phrase}}") without offering a way forward; say what you can do for the customer in the same reply.',
    },
  },
  create(context) {
    const reported = new Set<number>();
    return {
      agentTurn(turn) {
        const hits = context.find(turn, 'policy');
        if (hits.length === 0) return;
        const reply = context.burst(turn);
        if (reply.some((t) => context.find(t, 'alternative', { includeNegated: false }).length > 0)) return;
        // One finding per reply: the first policy recital in it.
        if (reported.has(reply[0].index)) return;
        reported.add(reply[0].index);
        const hit = hits[0];
        context.report({ turn, range: [hit.start, hit.end], messageId: 'policy', data: { phrase: hit.text } });
      },
    };
  },
});
