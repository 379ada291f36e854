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
        for (const hit of context.find(turn, 'redirect')) {
          context.report({ turn, range: [hit.start, hit.end], messageId: 'redirect', data: { target: hit.text } });
        }
      },
    };
  },
});
