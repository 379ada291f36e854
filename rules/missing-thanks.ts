import { defineRule } from '../src/linter/rule.js';

/**
 * Best practices: thank the customer (001, 002 "follow through"). A
 * conversation-level check: somewhere in the conversation the agent says thanks.
 * Reported on the agent's last reply, where thanks would have fitted.
 */
export default defineRule({
  meta: {
    id: 'missing-thanks',
    kind: 'practice',
    docs: {
      description: 'The agent never thanks the customer in the whole conversation',
      seed: 'best practices: follow up and thank (001); handling a query: thank the customer (002)',
      url: 'docs/rules/missing-thanks.md',
    },
    channels: ['chat', 'email', 'voice', 'social'],
    defaultSeverity: 'warn',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      missing: 'The agent never thanks the customer; thank them for their patience or for getting in touch.',
    },
  },
  create(context) {
    let thanked = false;
    return {
      agentTurn(turn) {
        if (!thanked && context.find(turn, 'thanks', { group: 'language' }).length > 0) thanked = true;
      },
      transcriptEnd() {
        const agentTurns = context.turnsOf('agent');
        if (thanked || agentTurns.length === 0 || context.turnsOf('customer').length === 0) return;
        context.report({ turn: agentTurns[agentTurns.length - 1], messageId: 'missing' });
      },
    };
  },
});
