import { RuleTester } from '../../src/rule-tester.js';
import rule from '../../rules/rule-book.js';

new RuleTester().run('rule-book', rule, {
  valid: [
    'Agent: I have refunded the order for you.',
    { name: 'policy with an alternative in the same message', code: 'Agent: Our policy is 30 days for returns, but what I can do is offer store credit.' },
    { name: 'alternative in the next message of the same reply', code: 'Customer: Can I return it?\nAgent: Our policy states returns close after 30 days.\nAgent: I can make an exception this once and send a label.' },
    { name: 'quoting the customer', code: 'Customer: Your site says "our policy states no refunds".\nAgent: I am sorry for the confusion. Let me check that page.' },
    { name: 'negated', code: "Agent: I'm not going to hide behind per our policy wording; I've refunded you." },
    { name: 'customer mentions policy', code: 'Customer: According to your policy I should get a refund.' },
  ],
  invalid: [
    {
      code: 'Customer: Can I return this?\nAgent: Our policy states that returns take 7-10 business days.',
      errors: [{ messageId: 'policy', line: 2, column: 8, endColumn: 25 }],
    },
    {
      name: 'one finding per reply even across messages',
      code: 'Customer: Refund?\nAgent: Per our terms, no refunds after 14 days.\nAgent: Rules are rules.',
      errors: [{ messageId: 'policy', line: 2, column: 8, turn: 1 }],
    },
    {
      name: 'an alternative in a later reply does not count',
      code: 'Customer: Refund?\nAgent: It is against our policy.\nCustomer: Seriously?\nAgent: Would you like me to escalate?',
      errors: [{ messageId: 'policy', line: 2, column: 8 }],
    },
    {
      name: 'native JSON',
      code: '{"channel":"email","messages":[{"role":"agent","text":"Dear Lee,\\nas per our terms and conditions, the fee stands."}]}',
      errors: [{ messageId: 'policy', line: 1, column: 67 }],
    },
    {
      name: 'macro',
      channel: 'macro',
      code: 'Hello {{name}},\nCompany policy does not allow exchanges on sale items.\n',
      errors: [{ messageId: 'policy', line: 2, column: 1 }],
    },
    {
      name: 'each reply is judged on its own',
      code: 'Agent: Our policy states no refunds.\nCustomer: ok\nAgent: Our policy is clear on this.',
      errors: [{ line: 1, column: 8 }, { line: 3, column: 8 }],
    },
  ],
});
