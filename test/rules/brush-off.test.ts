import { RuleTester } from '../../src/rule-tester.js';
import rule from '../../rules/brush-off.js';

new RuleTester().run('brush-off', rule, {
  valid: [
    {
      name: 'the agent contacts the third party',
      code: "Customer: My parcel arrived damaged.\nAgent: I'm sorry! I will contact the courier for you and arrange a replacement.",
    },
    {
      name: 'referral with ownership in the same reply',
      code: "Customer: My parcel arrived damaged.\nAgent: You'll need to contact the courier for the claim form.\nAgent: I've already emailed them your photos and will follow up tomorrow.",
    },
    {
      name: 'warm transfer: who, why and a briefing',
      code: "Customer: I want a mortgage.\nAgent: I'm putting you through to Dev in our mortgage team, who handles applications. I've explained everything so you won't have to repeat it.",
    },
    {
      name: 'transfer that names the destination',
      code: "Customer: I want to cancel.\nAgent: Okay, I can put you through to our retentions team.",
    },
    {
      name: 'a transfer offered as a question',
      code: 'Customer: My card was charged twice.\nAgent: Would you like me to transfer you to billing?',
    },
    {
      name: 'the customer asked for a manager',
      code: 'Customer: I want to speak to a manager.\nAgent: Of course, transferring you now.',
    },
    {
      name: 'negated transfer',
      code: "Customer: My card was charged twice.\nAgent: I won't transfer you; I'll sort it out myself.",
    },
    {
      name: 'a phone number is the runaround, not a brush-off',
      code: 'Customer: My bill is wrong.\nAgent: You will need to call the billing team on 0800 123 456.',
    },
    {
      name: 'words quoted from the customer',
      code: 'Customer: Last time someone said "not my department" and hung up.\nAgent: I\'m sorry. I\'ll handle it from start to finish.',
    },
    {
      name: '"contact" with the agent as the subject',
      code: 'Agent: We contact the courier every morning, and I will contact them about yours today.',
    },
  ],
  invalid: [
    {
      name: 'not my department',
      code: "Customer: My parcel is damaged.\nAgent: That's not my department.",
      errors: [{ messageId: 'passOff', line: 2, column: 15, endColumn: 32 }],
    },
    {
      name: 'one finding per reply: the first problem',
      code: "Customer: My parcel is damaged.\nAgent: That's not my department. You'll have to contact the courier.",
      errors: [{ messageId: 'passOff', line: 2, column: 15 }],
    },
    {
      name: "you'll have to contact the courier",
      code: "Customer: My parcel is damaged.\nAgent: Sorry about that. You'll have to contact the courier.",
      errors: [{ messageId: 'referral', line: 2, column: 26, endColumn: 60 }],
    },
    {
      name: 'a bare order to go to the bank',
      code: 'Customer: A payment was blocked.\nAgent: It went through on our side. Please check with your bank.',
      errors: [{ messageId: 'referral', line: 2, column: 37, endColumn: 64 }],
    },
    {
      name: 'cold transfer',
      code: "Customer: The broadband isn't working.\nAgent: Okay. I'm transferring you.",
      errors: [{ messageId: 'transfer', line: 2, column: 18, endColumn: 34 }],
    },
    {
      name: 'a named destination is not enough with requireReason',
      options: { requireReason: true },
      code: "Customer: I want to cancel.\nAgent: I'm transferring you to our retentions team.",
      errors: [{ messageId: 'transfer', line: 2, column: 12 }],
    },
    {
      name: 'handing the e-mail on, native JSON',
      code: '{"channel":"email","messages":[{"role":"customer","text":"I was charged twice."},{"role":"agent","text":"Thank you for your email.\\n\\nI\'m forwarding your email to the refunds department."}]}',
      errors: [{ messageId: 'handover', line: 1, column: 139 }],
    },
    {
      name: 'macro',
      channel: 'macro',
      code: 'Hi {{name}},\n\nThat is not something we handle. Please contact the manufacturer.',
      errors: [{ messageId: 'passOff', line: 3, column: 1 }],
    },
  ],
});
