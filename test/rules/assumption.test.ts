import { RuleTester } from '../../src/rule-tester.js';
import rule from '../../rules/assumption.js';

new RuleTester().run('assumption', rule, {
  valid: [
    {
      name: 'a clarifying question before the fix',
      code: "Customer: My app doesn't work.\nAgent: Sorry to hear that! What happens when you open it?\nCustomer: It freezes.\nAgent: Please reinstall it from the store.",
    },
    {
      name: 'a paraphrase before the fix',
      code: "Customer: There's a problem with my account.\nAgent: Just to confirm, you can't sign in at all. Try resetting your password from the login page.",
    },
    {
      name: 'a specific problem',
      code: 'Customer: The app crashes every time I open the camera.\nAgent: Please update the app to the latest version.',
    },
    {
      name: 'an error code is a specific',
      code: "Customer: Checkout doesn't work, error 502.\nAgent: Try again in a few minutes.",
    },
    {
      name: 'a question in the same reply',
      code: "Customer: It's broken.\nAgent: Try restarting it. Did that help?",
    },
    {
      name: 'no fix proposed',
      code: "Customer: My account doesn't work.\nAgent: I'm sorry about that, let me look into your account right away for you.",
    },
    {
      name: 'a long, detailed problem statement',
      code: "Customer: Hi, my internet connection doesn't work in the bedroom upstairs but it is fine downstairs near the router.\nAgent: Try moving the router higher up.",
    },
    {
      name: 'the agent trying something is not an instruction',
      code: "Customer: My card doesn't work.\nAgent: I will try to unblock it from here.",
    },
  ],
  invalid: [
    {
      name: 'vague problem, straight to a fix',
      code: "Customer: My app doesn't work.\nAgent: Please reinstall it from the store.",
      errors: [{ messageId: 'assumed', line: 2, column: 15, endLine: 2, endColumn: 24 }],
    },
    {
      name: "the agent's opening question does not clarify the problem",
      code: "Agent: Hi! How can I help you today?\nCustomer: there's a problem with my account\nAgent: Go to Settings and log out, then log back in.",
      errors: [{ messageId: 'assumed', line: 3, column: 8, endColumn: 13 }],
    },
    {
      name: 'a short acknowledgement first, then the fix',
      code: "Customer: it's broken\nAgent: Oh no, sorry!\nCustomer: hello?\nAgent: You should restart it.",
      errors: [{ messageId: 'assumed', line: 4, column: 8, turn: 3 }],
    },
    {
      name: 'a fix applied without asking',
      code: "Customer: Something is wrong with my login.\nAgent: I've reset your login, you're all set.",
      errors: [{ messageId: 'assumed', line: 2, column: 8, endColumn: 18 }],
    },
    {
      name: 'native JSON',
      code: '{"messages":[{"role":"customer","text":"Help please, the printer is not working"},{"role":"agent","text":"Turn the printer off and on again."}]}',
      errors: [{ messageId: 'assumed', line: 1, column: 107, endColumn: 127 }],
    },
    {
      name: 'an action offered as settled',
      filename: 'chat.txt',
      code: '[16:02:30] Customer: I need to dispute a transaction\n[16:02:33] Agent: Sure, I can cancel your card right away for you.',
      errors: [{ messageId: 'assumed', line: 2, column: 25, endColumn: 58 }],
    },
    {
      name: 'e-mail: an order number and a sign-off do not make the problem specific',
      code: '{"channel":"email","messages":[{"role":"customer","text":"Hi,\\n\\nThe jumper I received in order PC-51880 is wrong. Please sort it out.\\n\\nKind regards,\\nIngrid Dahl"},{"role":"agent","text":"Hi Ingrid,\\n\\nSorry about that. I\'ve sent you a size M instead.\\n\\nSara"}]}',
      errors: [{ messageId: 'assumed', line: 1, column: 224, endColumn: 237 }],
    },
    {
      name: 'time-stamped call',
      filename: 'call.txt',
      code: "[09:00:01] Caller: My TV box isn't working.\n[09:00:09] Agent: Unplug it for ten seconds and plug it back in.",
      errors: [{ messageId: 'assumed', line: 2, column: 19, endColumn: 25 }],
    },
  ],
});
