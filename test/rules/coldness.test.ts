import { RuleTester } from '../../src/rule-tester.js';
import rule from '../../rules/coldness.js';

new RuleTester().run('coldness', rule, {
  valid: [
    {
      name: 'negated: not asking the customer to calm down',
      code: "Customer: This is ridiculous!\nAgent: I'm not asking you to calm down; you have every right to be annoyed.",
    },
    {
      name: '"relax" to a happy customer, not at the start of a clause',
      code: 'Customer: The sofa is here and it is lovely!\nAgent: Wonderful! Sit back and relax, and enjoy it.',
    },
    {
      name: '"no big deal" reassures a customer who apologised',
      code: 'Customer: Sorry, I sent the wrong photo.\nAgent: No big deal at all, thanks for the new one.',
    },
    {
      name: '"a big deal" agreeing with the customer',
      code: "Customer: My food defrosted in the power cut.\nAgent: That's a big deal, I'm sorry. I've added a goodwill payment.",
    },
    {
      name: 'a bare "Done." answers a yes/no request',
      code: 'Customer: Can you cancel my order?\nAgent: Done.',
    },
    {
      name: 'a bare "Ok." followed by the answer in the same reply',
      code: 'Customer: Why was I charged twice?\nAgent: Ok.\nAgent: The second charge is a pending authorisation and drops off in 2 days.',
    },
    {
      name: 'voice back-channel',
      code: '{"channel":"voice","messages":[{"role":"customer","text":"It is still not working and I am fed up"},{"role":"agent","text":"Okay."},{"role":"customer","text":"and the router is flashing orange"}]}',
    },
    {
      name: 'the customer says "calm down"',
      code: 'Customer: Calm down, I was only asking!\nAgent: Sorry, the refund is on its way.',
    },
    {
      name: 'words quoted back',
      code: 'Customer: Your colleague told me "as I already told you" twice.\nAgent: I apologise for that. Here is the full answer.',
    },
    {
      name: '"as I mentioned" is not a reproach on its own',
      code: 'Agent: As I mentioned, the refund reaches your card within 3 days.',
    },
  ],
  invalid: [
    {
      name: 'calm down, and as I already told you',
      code: 'Customer: This is ridiculous!\nAgent: Calm down. As I already told you, it ships Monday.',
      errors: [
        { messageId: 'settle', line: 2, column: 8, endColumn: 17 },
        { messageId: 'told', line: 2, column: 19, endColumn: 40 },
      ],
    },
    {
      name: 'like I said',
      code: 'Customer: When will it arrive?\nAgent: Like I said, Friday.',
      errors: [{ messageId: 'told', line: 2, column: 8, endColumn: 19 }],
    },
    {
      name: 'minimizing',
      code: "Customer: My parcel is a week late.\nAgent: It's not a big deal, it will come.",
      errors: [{ messageId: 'minimize', line: 2, column: 8, endColumn: 27 }],
    },
    {
      name: 'you need to be patient',
      code: "Customer: I've been waiting for weeks!\nAgent: Sorry. You need to be patient.",
      errors: [{ messageId: 'settle', line: 2, column: 15, endColumn: 37 }],
    },
    {
      name: 'a bare reply to an open question',
      code: 'Customer: Why was I charged twice?\nAgent: Ok.',
      errors: [{ messageId: 'bare', line: 2, column: 8, endColumn: 10 }],
    },
    {
      name: 'a bare "Fine." to an upset customer, even with more after it',
      code: "Customer: I'm so frustrated, it's been twelve days.\nAgent: Fine.\nAgent: I'll chase the warehouse now.",
      errors: [{ messageId: 'bare', line: 2, column: 8 }],
    },
    {
      name: 'social, native JSON, with a handle',
      code: '{"channel":"social","messages":[{"role":"customer","text":"@Shop third time the date has moved. Absolutely fed up."},{"role":"agent","text":"@karen Ok."}]}',
      errors: [{ messageId: 'bare', line: 1, column: 149, endColumn: 151 }],
    },
    {
      name: 'macro',
      channel: 'macro',
      code: "Hi {{name}},\n\nIt's not that serious, the fee is only £5.",
      errors: [{ messageId: 'minimize', line: 3, column: 1 }],
    },
  ],
});
