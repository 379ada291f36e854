import { RuleTester } from '../../src/rule-tester.js';
import rule from '../../rules/missing-thanks.js';

new RuleTester().run('missing-thanks', rule, {
  valid: [
    'Customer: Hi\nAgent: Thanks for reaching out! How can I help?',
    { name: 'thanks only at the end', code: 'Customer: Hi\nAgent: Hello.\nCustomer: Bye\nAgent: Thank you, bye!' },
    { name: 'appreciation counts', code: 'Customer: Hi\nAgent: I really appreciate your patience.' },
    { name: 'no customer turn', code: 'Agent: Hello, anyone there?' },
    { name: 'macros are not conversations', channel: 'macro', code: 'Your refund is on the way.' },
    { name: 'the customer thanking does not count against the agent', code: 'Customer: thanks\nAgent: Cheers!' },
  ],
  invalid: [
    {
      code: 'Customer: Hi, my order is late.\nAgent: It ships tomorrow.',
      errors: [{ messageId: 'missing', line: 2, column: 8, endColumn: 26, turn: 1 }],
    },
    {
      name: 'reported on the last agent reply',
      code: 'Customer: Hi\nAgent: Hello.\nCustomer: My card was charged twice.\nAgent: Refunded.\nCustomer: ok',
      errors: [{ messageId: 'missing', line: 4, column: 8, turn: 3 }],
    },
    {
      name: 'a thanks quoted from the customer is not the agent\'s',
      code: 'Customer: You never say "thank you" to anyone\nAgent: Noted.',
      errors: [{ line: 2, column: 8 }],
    },
    {
      name: 'negated thanks',
      code: 'Customer: Hi\nAgent: No thanks needed.',
      errors: 0,
    },
    {
      name: 'native JSON e-mail',
      code: '{"channel":"email","messages":[{"role":"customer","text":"Hello"},{"role":"agent","text":"Dear Ana,\\nDone."}]}',
      errors: [{ line: 1, column: 91 }],
    },
    {
      name: 'voice',
      channel: 'voice',
      code: 'Caller: hi\nAgent: yeah, go on',
      errors: [{ line: 2, column: 8 }],
    },
  ],
});
