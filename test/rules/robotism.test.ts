import { RuleTester } from '../../src/rule-tester.js';
import rule from '../../rules/robotism.js';

new RuleTester().run('robotism', rule, {
  valid: [
    'Customer: My order is late.\nAgent: Hi Ana, sorry about that! Could you share your order number?',
    { name: 'acknowledgement in the first message of the burst', code: 'Customer: My order is late.\nAgent: I am so sorry.\nAgent: What is your order number?' },
    { name: 'details asked later, not in the first reply', code: 'Customer: Hi\nAgent: Hello! How can I help?\nCustomer: Refund\nAgent: Please provide your order number.' },
    { name: 'thanks first', code: 'Customer: Hi\nAgent: Thanks for getting in touch. Please confirm your account number.' },
    { name: 'short repeats are fine', code: 'Agent: Hello! Thanks!\nCustomer: hi\nAgent: Hello! Thanks!' },
    { name: 'the customer gives numbers', code: 'Customer: My account number is 1234.\nAgent: Hi, thanks! Let me look.' },
  ],
  invalid: [
    {
      code: 'Customer: My order is late.\nAgent: Order number?',
      errors: [{ messageId: 'detailsFirst', line: 2, column: 8, endColumn: 21 }],
    },
    {
      name: 'greeting after the demand does not count',
      code: 'Customer: Help!\nAgent: Please provide your account number. Hi!',
      errors: [{ messageId: 'detailsFirst', line: 2, column: 8 }],
    },
    {
      name: 'same text pasted twice',
      code: 'Customer: Hi\nAgent: Hello, thanks for your patience while I check this for you.\nCustomer: ok?\nAgent: Hello, thanks for your patience while I check this for you.',
      errors: [{ messageId: 'repeated', line: 4, column: 8, turn: 3 }],
    },
    {
      name: 'native JSON',
      code: '{"messages":[{"role":"customer","text":"broken"},{"role":"agent","text":"What\'s your order number?"}]}',
      errors: [{ messageId: 'detailsFirst', line: 1, column: 74 }],
    },
    {
      name: 'a macro that opens with a demand',
      channel: 'macro',
      code: 'Please provide your order number.',
      errors: [{ messageId: 'detailsFirst', line: 1, column: 1 }],
    },
    {
      name: 'options: minRepeatWords',
      options: { minRepeatWords: 2 },
      code: 'Customer: Hi\nAgent: Hello there, welcome\nCustomer: ?\nAgent: Hello there, welcome',
      errors: [{ messageId: 'repeated', line: 4, column: 8 }],
    },
  ],
});
