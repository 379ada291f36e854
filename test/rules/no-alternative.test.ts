import { RuleTester } from '../../src/rule-tester.js';
import rule from '../../rules/no-alternative.js';

new RuleTester().run('no-alternative', rule, {
  valid: [
    { name: 'alternative in the same message', code: "Agent: We can't refund opened items, but I can offer you store credit." },
    {
      name: 'alternative in the next message of the reply',
      code: "Customer: Can I get a refund?\nAgent: We can't refund opened items.\nAgent: What I can do is send you a prepaid label for an exchange.",
    },
    { name: 'a question', code: "Agent: Can't you log in with your email?" },
    { name: 'a negated refusal', code: "Agent: It's not that we can't help, we just need your email first." },
    { name: 'a conditional refusal says what has to happen', code: "Agent: We can't ship it until the payment clears." },
    { name: 'quoted words of a colleague', code: 'Customer: They said "we cannot refund this" yesterday.\nAgent: I\'m sorry about that. I\'ve refunded it now.' },
    { name: 'a limit, not a refusal', code: "Agent: I can't see your order yet. Could you send me the order number?" },
    { name: "the customer's turn", code: "Customer: I can't accept that." },
    { name: 'an offer phrased as a question', code: "Agent: We can't cancel it now. Would you like me to arrange a free return instead?" },
    {
      name: '"nothing I can do" to a customer who only vented is not a refusal',
      code: "Customer: Nobody ever came to read the meter!\nAgent: There's nothing I can do about that, the bill stands.",
    },
    { name: 'something else the agent can do', code: "Agent: Unfortunately I can't change the booking, although I could cancel it and rebook you." },
  ],
  invalid: [
    {
      name: 'a bare refusal',
      code: "Customer: Can I get a refund?\nAgent: Unfortunately we can't refund opened items.",
      errors: [{ messageId: 'refusal', line: 2, column: 22, endColumn: 37, message: /^Says no \("we can't refund"\)/ }],
    },
    {
      name: 'what the refusal names is not an offer',
      code: 'Agent: We are unable to issue a refund for opened items.',
      errors: [{ messageId: 'refusal', line: 1, column: 8, endColumn: 30 }],
    },
    {
      name: '"anything else I can help with" offers nothing',
      code: "Agent: Sorry, that's not possible.\nAgent: Is there anything else I can help you with?",
      errors: [{ messageId: 'refusal', line: 1, column: 15, turn: 0 }],
    },
    {
      name: 'one finding per reply',
      code: "Agent: That's not possible. We don't offer exchanges either.",
      errors: [{ messageId: 'refusal', line: 1, column: 8 }],
    },
    {
      name: 'each reply on its own',
      code: "Agent: That isn't possible.\nCustomer: Why not?\nAgent: We can't do that.",
      errors: [
        { messageId: 'refusal', line: 1, column: 8 },
        { messageId: 'refusal', line: 3, column: 8 },
      ],
    },
    {
      name: 'passive refusal in a continuation line',
      channel: 'email',
      code: "Customer: Cancel it please.\nAgent: Hello,\n  your order can't be cancelled now that it has shipped.",
      errors: [{ messageId: 'refusal', line: 3, column: 14 }],
    },
    {
      name: 'native JSON',
      code: '{"messages":[{"role":"agent","text":"Hi! We don\'t offer refunds."}]}',
      errors: [{ messageId: 'refusal', line: 1, column: 42, endColumn: 56 }],
    },
    {
      name: '"nothing I can do" answering a request',
      code: 'Customer: Can you refund the charge?\nAgent: Hello Carla, there is nothing I can do about the charges on your bill.',
      errors: [{ messageId: 'refusal', line: 2, column: 21 }],
    },
    {
      name: '"once" is no way forward; "let me check" before the refusal is no offer',
      code: "Agent: Let me check the order.\nAgent: I'm sorry, we can't cancel orders once they have shipped.",
      errors: [{ messageId: 'refusal', line: 2, column: 19, endColumn: 34, turn: 1 }],
    },
    {
      name: '"I wish I could" is no offer',
      code: "Agent: I wish I could help more, but we don't issue refunds for digital items.",
      errors: [{ messageId: 'refusal', line: 1, column: 38 }],
    },
    {
      name: 'a macro',
      channel: 'macro',
      code: 'Hi {{name}},\n\nUnfortunately we are not able to change the delivery date.',
      errors: [{ messageId: 'refusal', line: 3, column: 15 }],
    },
  ],
});
