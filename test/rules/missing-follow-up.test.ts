import { RuleTester } from '../../src/rule-tester.js';
import rule from '../../rules/missing-follow-up.js';

new RuleTester().run('missing-follow-up', rule, {
  valid: [
    {
      name: 'open action with a time frame',
      code: "Customer: My parcel never arrived.\nAgent: I'm sorry! I've escalated this to our delivery team; you'll get an e-mail from them within 24 hours.",
    },
    {
      name: 'a time frame given just before the open action',
      code: "Customer: My card was charged twice.\nAgent: Refunds like this are approved within 2 working days.\nAgent: I've raised a refund request for you, we'll be in touch.\nCustomer: Thank you!",
    },
    {
      name: 'a later reply brings the result back',
      code: "Customer: Can I change my seat?\nAgent: I'll check with the airport team and get back to you.\nCustomer: ok\nAgent: Thanks for waiting! The airport team has confirmed seat 12A is yours.\nCustomer: Great, thanks!",
    },
    {
      name: 'an offer in a question is not an open action',
      code: 'Customer: The app keeps logging me out.\nAgent: Would you like me to escalate this?\nCustomer: No thanks, all good now.',
    },
    {
      name: 'conditional action',
      code: "Agent: Your card is unblocked now. If it happens again, I'll escalate it straight away.\nCustomer: Great, thanks!",
    },
    {
      name: 'a closing last message from the customer',
      code: 'Customer: Where is my order?\nAgent: It was delivered this morning, it is in your parcel locker.\nCustomer: ok great, thanks 👍',
    },
    {
      name: 'the check is done in the same reply',
      code: 'Customer: Has my parcel left?\nAgent: Let me check. I can see the parcel left our warehouse this morning and is with the courier now.',
    },
    {
      name: 'the check is done in a later reply',
      code: 'Customer: Did my refund go through?\nAgent: Let me check that for you.\nCustomer: ok\nAgent: Thanks for waiting. Your refund went out on Monday and should show on your statement soon.\nCustomer: Perfect, thanks!',
    },
    {
      name: 'passing on feedback owes the customer nothing',
      code: "Customer: Your new menu is confusing.\nAgent: Thanks for telling us! I'll pass your feedback on to the product team.",
    },
    {
      name: "a question quoted in the customer's closing",
      code: 'Agent: I have sent the replacement by courier.\nCustomer: Your colleague asked "can you send a photo?" but it is sorted now, thanks.',
    },
    {
      name: 'no agent in the conversation',
      code: 'Customer: Hello? Is anyone there?',
    },
  ],
  invalid: [
    {
      name: 'escalated with no word on what happens next',
      code: "Customer: My parcel never arrived.\nAgent: Sorry about that. I've escalated this to our delivery team.",
      errors: [{ messageId: 'openAction', line: 2, column: 26, endLine: 2, endColumn: 66 }],
    },
    {
      name: 'a ticket raised earlier, then only pleasantries',
      code: "Agent: I've raised a ticket with our engineers.\nCustomer: ok thanks\nAgent: You're welcome, have a great day!",
      errors: [{ messageId: 'openActionEarlier', line: 3, column: 8, turn: 2 }],
    },
    {
      name: "the customer's last question is unanswered",
      code: 'Agent: Your order ships today.\nCustomer: Will it arrive before Friday?',
      errors: [{ messageId: 'unanswered', line: 2, column: 11, endColumn: 40 }],
    },
    {
      name: "the customer's last message reports a problem",
      code: "Agent: I've reset your router remotely.\nCustomer: thanks\nCustomer: it's still not working",
      errors: [{ messageId: 'unanswered', line: 3, column: 11, turn: 2 }],
    },
    {
      name: 'a hold at the very end',
      code: 'Customer: Can you tell me if my refund went through?\nAgent: Let me check that for you.\nCustomer: ok',
      errors: [{ messageId: 'openAction', line: 2, column: 8, endColumn: 20 }],
    },
    {
      name: 'someone will contact you, with no when',
      filename: 'chat.txt',
      code: '[09:00:00] Customer: I want to cancel my plan.\n[09:01:00] Agent: No problem. Someone from billing will contact you.',
      errors: [{ messageId: 'openAction', line: 2, column: 31 }],
    },
    {
      name: 'a next step with no when, then a tangent',
      code: "Customer: My pushchair came back with a broken wheel.\nAgent: I've passed it to the damage claims team and someone will call you back.\nCustomer: ok. it's a blue one\nAgent: Noted, I've added that to the claim. Anything else?\nCustomer: no",
      errors: [{ messageId: 'openActionEarlier', line: 4, column: 8, turn: 3, message: /"someone will call you back"/ }],
    },
    {
      name: 'the customer pushes back on the answer',
      code: '{"channel":"social","messages":[{"role":"customer","text":"@acme my refund never came"},{"role":"agent","text":"@ana Refunds are handled by the seller. ^AB"},{"role":"customer","text":"@acme but I paid YOU"}]}',
      errors: [{ messageId: 'unanswered', line: 1, column: 186, message: /\(an objection\)/ }],
    },
    {
      name: 'native JSON, social reply signed with initials',
      code: '{"channel":"social","messages":[{"role":"customer","text":"@acme my bill is wrong"},{"role":"agent","text":"@ana We\'re looking into it ^JS"}]}',
      errors: [{ messageId: 'openAction', line: 1, column: 114, endColumn: 132 }],
    },
  ],
});
