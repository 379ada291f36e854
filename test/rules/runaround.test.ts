import { RuleTester } from '../../src/rule-tester.js';
import rule from '../../rules/runaround.js';

new RuleTester().run('runaround', rule, {
  valid: [
    'Agent: I have reset your password for you; you can log in now.',
    { name: 'negated redirect', code: "Agent: I won't send you to the website, I'll walk you through it here." },
    { name: 'customer words quoted back', code: 'Customer: Your colleague said "please visit our website" and nothing else.\nAgent: I am sorry about that. Let me fix it myself.' },
    { name: 'customer mentions the website', code: 'Customer: I tried to visit your website but it is down.' },
    { name: 'a redirect with the steps written out', code: 'Agent: You can also use our website:\n  1. Open Settings.\n  2. Choose Billing.' },
  ],
  invalid: [
    {
      code: 'Agent: Please visit our website.',
      errors: [{ messageId: 'redirect', line: 1, column: 15, endLine: 1, endColumn: 32 }],
    },
    {
      name: 'form in a continuation line',
      code: 'Customer: How do I get a refund?\nAgent: Sorry to hear that.\n  You can fill out the refund form on our site.',
      errors: [{ messageId: 'redirect', line: 3, column: 11, turn: 1 }],
    },
    {
      name: 'position inside a JSON string with escapes',
      code: '{"messages":[{"role":"agent","text":"Caf\\u00e9 \\"help\\":\\ncheck our FAQ"}]}',
      errors: [{ messageId: 'redirect', line: 1, column: 59, endColumn: 72 }],
    },
    {
      name: 'phone number',
      code: 'Agent: You will need to call 0800 123 456 for that.',
      errors: [{ messageId: 'redirect', line: 1, column: 8 }],
    },
    {
      name: 'macro file',
      channel: 'macro',
      code: 'Hi {{name}},\n\nAll the information is on our website.',
      errors: [{ messageId: 'redirect', line: 3, column: 1 }],
    },
  ],
});
