import { defineRule } from '../src/linter/rule.js';

/**
 * Seven sins #7 — the runaround: the customer is sent to the website, a form or
 * another number instead of being walked through it. A redirect the agent
 * negates ("I won't send you to the FAQ") or quotes from the customer is not one.
 */
export default defineRule<{ allowWithSteps: boolean }>({
  meta: {
    id: 'runaround',
    kind: 'sin',
    docs: {
      description: 'Agent sends the customer elsewhere (website, FAQ, form, another number) instead of walking them through it',
      seed: 'seven sins #7 (000), handling a query: ineffective reply (002)',
      url: 'docs/rules/runaround.md',
    },
    channels: ['chat', 'email', 'voice', 'social', 'macro'],
    defaultSeverity: 'warn',
    schema: {
      type: 'object',
      properties: {
        allowWithSteps: { type: 'boolean', description: 'Do not report a redirect when the same reply also walks the customer through numbered steps.' },
      },
      additionalProperties: false,
    },
    defaultOptions: { allowWithSteps: true },
    messages: {
      redirect: 'Sends the customer to "{{target}}" instead of walking them through it; give the steps here or do it for them.',
    },
  },
  create(context) {
    const STEPS = /^\s*(?:\d+[.)]|step \d+)/im;
    return {
      agentTurn(turn) {
        if (context.options.allowWithSteps && STEPS.test(turn.text)) return;
        const analysis = context.analyze(turn);
        const within = (hits: Array<{ start: number }>, from: number, to: number) => hits.some((h) => h.start >= from && h.start < to);
        const supplementary = context.find(turn, 'supplementary', { includeNegated: true });
        const selfAction = context.find(turn, 'self-action', { includeNegated: true });
        for (const hit of context.find(turn, 'redirect')) {
          const sentence = hit.sentence ?? { start: 0, end: turn.text.length, isQuestion: false, text: turn.text };
          // "Are you able to see the website?" asks; it does not send anyone anywhere.
          if (sentence.isQuestion && !/\b(can|could|would|will) you\b/i.test(analysis.normalized.slice(sentence.start, hit.start))) continue;
          // "You can also check our FAQ", "for more information…": a pointer on top of help given.
          if (within(supplementary, sentence.start, sentence.end)) continue;
          // "Let me take a look at the website": the agent does the looking.
          const clauseStart = Math.max(sentence.start, hit.start - 40);
          if (within(selfAction, clauseStart, hit.start)) continue;
          context.report({ turn, range: [hit.start, hit.end], messageId: 'redirect', data: { target: hit.text } });
        }
      },
    };
  },
});
