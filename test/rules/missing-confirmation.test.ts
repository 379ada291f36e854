import { RuleTester } from '../../src/rule-tester.js';
import rule from '../../rules/missing-confirmation.js';

new RuleTester().run('missing-confirmation', rule, {
  valid: [
    {
      name: 'solution followed by a check question',
      code: "Customer: I can't log in.\nAgent: I've reset your password; you can now log in. Does that work for you?",
    },
    {
      name: 'instructions with "let me know if"',
      code: 'Customer: How do I restore a purchase?\nAgent: Go to Settings and tap Restore. Let me know if that helps!',
    },
    {
      name: 'the check comes in a later reply',
      code: "Agent: I've refunded the order.\nCustomer: thanks\nAgent: Is there anything else I can help with?",
    },
    {
      name: 'a check after the first solution covers the later ones',
      code: "Agent: Try restarting the app. Did that help?\nCustomer: No.\nAgent: I've refunded your order instead.",
    },
    {
      name: 'a request for details in the same reply',
      code: 'Customer: My order is wrong.\nAgent: Sorry! You can return it from your account. Please share your order number so I can check the rest.',
    },
    {
      name: 'no solution given',
      code: "Customer: Where's my order?\nAgent: It is out for delivery today.",
    },
    {
      name: 'negated instruction',
      code: "Agent: Don't try to reinstall the app, that would delete your notes.",
    },
    {
      name: 'an instruction asked as a question',
      code: 'Customer: The internet is down.\nAgent: Could you try restarting the router?',
    },
    {
      name: 'instruction words inside quoted text',
      code: 'Agent: The error says "try again later", so our engineers are on it.',
    },
    {
      name: 'the agent trying something, not instructing',
      code: 'Agent: I will try to restart the service from our side.',
    },
  ],
  invalid: [
    {
      name: 'done for the customer, never checked',
      code: "Customer: I can't log in.\nAgent: I've reset your password; you can now log in with the link I sent.",
      errors: [{ messageId: 'unconfirmed', line: 2, column: 46, endLine: 2, endColumn: 52 }],
    },
    {
      name: 'an imperative after "please"; only pleasantries after it',
      code: 'Agent: Please try clearing your browser cache.\nCustomer: ok thanks\nAgent: Bye!',
      errors: [{ messageId: 'unconfirmed', line: 1, column: 15, endColumn: 18 }],
    },
    {
      name: 'the customer saying it worked does not stand in for asking',
      code: 'Agent: Please try clearing your cache.\nCustomer: That worked, thanks!\nAgent: Great, have a nice day.',
      errors: [{ messageId: 'unconfirmed', line: 1, column: 15, endColumn: 18 }],
    },
    {
      name: 'two solutions, never checked: reported at the last',
      code: "Agent: Try restarting the app.\nCustomer: No luck.\nAgent: I've refunded your order instead.",
      errors: [{ messageId: 'unconfirmed', line: 3, column: 8, endColumn: 21, turn: 2 }],
    },
    {
      name: 'sending the customer elsewhere is a solution too',
      code: "Customer: The cabinet on our street is smashed.\nAgent: Sorry about that. You'll need to report it to the network company directly.",
      errors: [{ messageId: 'unconfirmed', line: 2, column: 26, endColumn: 47 }],
    },
    {
      name: 'modal instruction',
      code: "Customer: my app crashes on start\nAgent: You'll need to reinstall the app from the store.",
      errors: [{ messageId: 'unconfirmed', line: 2, column: 8, endColumn: 32 }],
    },
    {
      name: 'time-stamped call transcript',
      filename: 'call.txt',
      code: "[10:00:00] Caller: Hi, I can't find my invoice.\n[10:00:20] Agent: You should now see it under Billing, I've re-sent it.",
      errors: [{ messageId: 'unconfirmed', line: 2, column: 56, endColumn: 68 }],
    },
    {
      name: 'native JSON e-mail with a sign-off',
      code: '{"channel":"email","messages":[{"role":"customer","text":"How do I change my address?"},{"role":"agent","text":"Hi Ana,\\n\\nGo to Account > Addresses and click Edit.\\n\\nKind regards,\\nMaria"}]}',
      errors: [{ messageId: 'unconfirmed', line: 1, column: 124, endColumn: 129 }],
    },
  ],
});
