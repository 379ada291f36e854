import { RuleTester } from '../../src/rule-tester.js';
import rule from '../../rules/condescension.js';

new RuleTester().run('condescension', rule, {
  valid: [
    {
      name: '"obviously" as emphasis of the agent\'s own good news',
      code: "Customer: Will you refund me?\nAgent: Obviously we'll refund you in full, today.",
    },
    {
      name: '"obviously" about a third party',
      code: 'Agent: The box was obviously damaged in transit. I have sent a new one.',
    },
    {
      name: '"you should have received" is information, not blame',
      code: 'Agent: You should have received a confirmation email a few minutes ago.',
    },
    {
      name: '"you should have been told" sides with the customer',
      code: "Agent: It's not your fault; you should have been told about the fee.",
    },
    {
      name: 'negated: not saying the customer should have known',
      code: "Agent: I'm not saying you should have read the manual, it's genuinely confusing.",
    },
    {
      name: '"why didn\'t it work?" is about the product',
      code: "Agent: Why didn't it work? Let me check the logs.",
    },
    {
      name: '"it\'s really easy" when the agent does it',
      code: "Agent: It's really easy, I'll do it for you now.",
    },
    {
      name: 'borderline phrases are off by default',
      code: "Agent: As I'm sure you know, returns take 5 days.",
    },
    {
      name: 'the customer talks down',
      code: 'Customer: Obviously you should have read my first message.\nAgent: Sorry, you are right. Here is the answer.',
    },
  ],
  invalid: [
    {
      name: 'obviously you…',
      code: 'Agent: Obviously you need to charge it first.',
      errors: [{ messageId: 'talkingDown', line: 1, column: 8, endColumn: 17 }],
    },
    {
      name: 'one finding per sentence, one per sentence with a jab',
      code: "Agent: You should have read the manual. Why didn't you call us?",
      errors: [
        { messageId: 'blame', line: 1, column: 8, endColumn: 28 },
        { messageId: 'blame', line: 1, column: 41, endColumn: 55 },
      ],
    },
    {
      name: 'it is very simple',
      code: 'Customer: I cannot find the setting.\nAgent: It is very simple: tap Settings, then Alerts.',
      errors: [{ messageId: 'talkingDown', line: 2, column: 8, endColumn: 25 }],
    },
    {
      name: 'as any admin should know, in an e-mail continuation line',
      code: 'Agent: Hi Sven,\n  As any admin should know, enforced SSO blocks password logins.',
      errors: [{ messageId: 'talkingDown', line: 2, column: 3, endColumn: 27 }],
    },
    {
      name: 'did you even read',
      code: 'Customer: Where is the order?\nAgent: Did you even read my last message?',
      errors: [{ messageId: 'talkingDown', line: 2, column: 8 }],
    },
    {
      name: 'borderline with includeBorderline',
      options: { includeBorderline: true },
      code: "Agent: As I'm sure you know, returns take 5 days.",
      errors: [{ messageId: 'talkingDown', line: 1, column: 8, endColumn: 28 }],
    },
    {
      name: 'native JSON',
      code: '{"channel":"chat","messages":[{"role":"agent","text":"As clearly stated on the invoice, the fee applies."}]}',
      errors: [{ messageId: 'talkingDown', line: 1, column: 55, endColumn: 72 }],
    },
    {
      name: 'macro',
      channel: 'macro',
      code: 'Hi {{name}},\n\nIf you had read the terms, you would know this.',
      errors: [{ messageId: 'talkingDown', line: 3, column: 1, endColumn: 16 }],
    },
  ],
});
