import { RuleTester } from '../../src/rule-tester.js';
import rule from '../../rules/apathy.js';

new RuleTester().run('apathy', rule, {
  valid: [
    {
      name: 'frustration acknowledged in the reply',
      code: "Customer: This is ridiculous, my parcel is still not here!\nAgent: I'm so sorry, that's not good enough. Let me chase it now.",
    },
    {
      name: 'acknowledgement in the second message of the reply burst',
      code: "Customer: I'm really annoyed, I was charged twice.\nAgent: Let me pull up your account.\nAgent: I'm sorry about the double charge, I've refunded it.",
    },
    {
      name: 'acknowledgement in the next reply, within the default window of two',
      code: "Customer: This is ridiculous.\nAgent: Can you give me the order number?\nCustomer: 1234\nAgent: Thanks. I'm sorry for the trouble, it ships today.",
    },
    {
      name: 'a greeting-only reply carries the frustration over to the real answer',
      code: "Customer: My order arrived damaged!\nAgent: Hi Ana, you're through to Sam.\nCustomer: Hello?\nAgent: I'm so sorry it arrived like that. I've sent a replacement.",
    },
    {
      name: 'negated frustration',
      code: "Customer: I'm not frustrated, just curious: when does the sale start?\nAgent: It starts on Monday at 9am.",
    },
    {
      name: 'plain technical problem without frustration (option problems is off)',
      code: "Customer: The app isn't working on my phone.\nAgent: Please update to version 5.2; that fixes the login screen.",
    },
    {
      name: 'the customer says it is resolved',
      code: "Customer: I was so frustrated, but it's working now, thanks!\nAgent: Great, enjoy the rest of your day.",
    },
    {
      name: '"I don\'t know" followed by a next step in the same reply',
      code: "Customer: Why did the price change?\nAgent: I don't know, but let me find out and get back to you by 3pm.",
    },
    {
      name: 'indifference quoted from the customer',
      code: 'Customer: Your colleague said "there\'s nothing we can do" and left.\nAgent: I\'m sorry about that. I can refund the postage today.',
    },
    {
      name: 'macro with a next step',
      channel: 'macro',
      code: "Hi {{name}},\n\nThere's nothing we can do about the weather, but we can rebook you for free on the next flight.",
    },
  ],
  invalid: [
    {
      name: 'frustration never acknowledged',
      code: 'Customer: This is ridiculous, my parcel is still not here!\nAgent: What is your order number?',
      errors: [{ messageId: 'unacknowledged', line: 2, column: 8, endLine: 2, endColumn: 34 }],
    },
    {
      name: 'two replies without acknowledgement: reported on the first',
      code: "Customer: I've been charged twice.\nAgent: Can you confirm your email address?\nCustomer: ana@example.com\nAgent: The second charge is a pending authorisation.",
      errors: [{ messageId: 'unacknowledged', line: 2, column: 8, turn: 1 }],
    },
    {
      name: 'with replies: 1 the very next reply must acknowledge',
      options: { replies: 1 },
      code: "Customer: This is ridiculous.\nAgent: Can you give me the order number?\nCustomer: 1234\nAgent: Thanks. I'm sorry for the trouble, it ships today.",
      errors: [{ messageId: 'unacknowledged', line: 2, column: 8 }],
    },
    {
      name: 'with problems: a technical problem needs acknowledging too',
      options: { problems: true },
      code: "Customer: The app isn't working on my phone.\nAgent: Please update to version 5.2.",
      errors: [{ messageId: 'unacknowledged', line: 2, column: 8 }],
    },
    {
      name: '"I don\'t know." with no next step',
      code: "Customer: Where is my parcel?\nAgent: I don't know.",
      errors: [{ messageId: 'indifferent', line: 2, column: 8, endColumn: 20 }],
    },
    {
      name: 'shrug in a continuation line of a burst',
      code: 'Customer: The flight is 5 hours late.\nAgent: It is fog.\n  There is nothing we can do about the weather.',
      errors: [{ messageId: 'indifferent', line: 3, column: 3, endColumn: 29 }],
    },
    {
      name: 'native JSON, social',
      code: '{"channel":"social","messages":[{"role":"customer","text":"Worst service ever, nobody helps."},{"role":"agent","text":"DM us your account number. ^AB"}]}',
      errors: [{ messageId: 'unacknowledged', line: 1, column: 120 }],
    },
    {
      name: 'macro that shrugs',
      channel: 'macro',
      code: 'Hi {{name}},\n\nIt is what it is.',
      errors: [{ messageId: 'indifferent', line: 3, column: 1, endColumn: 17 }],
    },
  ],
});
