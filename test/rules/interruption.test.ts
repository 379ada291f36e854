import { RuleTester } from '../../src/rule-tester.js';
import rule from '../../rules/interruption.js';

const voice = (messages: Array<[role: string, text: string, start: string, end: string]>) =>
  JSON.stringify({
    channel: 'voice',
    messages: messages.map(([role, text, start, end]) => ({ role, text, timestamp: `2026-03-01T10:00:${start}Z`, endTimestamp: `2026-03-01T10:00:${end}Z` })),
  });

new RuleTester().run('interruption', rule, {
  valid: [
    {
      name: 'the agent waited',
      filename: 'chat.txt',
      code: '[10:00:00] Customer: My order is late and\n[10:00:30] Agent: Sorry about that!\n[10:00:35] Customer: and I need it today',
    },
    {
      name: 'the customer answers the agent',
      filename: 'chat.txt',
      code: "[10:00:00] Customer: My order is late.\n[10:00:06] Agent: Sorry! What's the order number?\n[10:00:12] Customer: 55120",
    },
    {
      name: 'time stamps to the minute cannot tell',
      filename: 'chat.txt',
      code: '[10:00] Customer: My order is late and\n[10:00] Agent: Sorry about that!\n[10:00] Customer: and I need it today',
    },
    {
      name: 'a short answer typed after the question',
      filename: 'chat.txt',
      options: { typingCharsPerSecond: 6 },
      code: "[10:00:00] Customer: I want to change my order.\n[10:00:04] Agent: Sure, what's the order number?\n[10:00:12] Customer: it's PC-71120",
    },
    {
      name: 'answering a greeting is not cutting in',
      filename: 'chat.txt',
      code: '[10:00:00] Customer: hi,\n[10:00:03] Agent: Hello! How can I help?\n[10:00:08] Customer: and I need help with my bill',
    },
    {
      name: 'no time stamps',
      code: 'Customer: My order is late and\nAgent: Sorry about that!\nCustomer: and I need it today',
    },
    {
      name: 'voice: a backchannel over the caller',
      code: voice([
        ['customer', 'So the router has been blinking since Monday and', '00.0', '06.0'],
        ['agent', 'Mm-hm.', '03.0', '03.5'],
        ['customer', 'it drops every evening.', '06.2', '08.0'],
      ]),
    },
    {
      name: 'voice: the agent starts after the caller stops',
      code: voice([
        ['customer', 'My bill is wrong this month.', '00.0', '04.0'],
        ['agent', 'I am sorry, let me look at it with you.', '04.3', '07.0'],
      ]),
    },
    {
      name: 'voice: overlap under the minimum',
      code: voice([
        ['customer', 'My bill is wrong this month.', '00.0', '04.0'],
        ['agent', 'I am sorry, let me look at it with you.', '03.8', '07.0'],
      ]),
    },
  ],
  invalid: [
    {
      name: 'the customer carries on with "and"',
      filename: 'chat.txt',
      code: '[10:00:00] Customer: I was charged twice this month\n[10:00:05] Agent: I can refund one of the charges.\n[10:00:09] Customer: and the month before too',
      errors: [{ messageId: 'chat', line: 2, column: 19, endColumn: 51, message: /Replied 5 s after .*went on 4 s later/ }],
    },
    {
      name: 'the message before the reply broke off',
      filename: 'chat.txt',
      code: '[10:00:00] Customer: So I tried resetting the router,\n[10:00:04] Agent: Please restart the router.\n[10:00:10] Customer: it still blinks red',
      errors: [{ messageId: 'chat', line: 2, column: 19 }],
    },
    {
      name: 'the customer says they had not finished',
      filename: 'chat.txt',
      code: "[10:00:00] Customer: The app logs me out\n[10:00:03] Agent: Please update the app.\n[10:00:08] Customer: Wait, I wasn't finished. It only happens on Wi-Fi.",
      errors: [{ messageId: 'chat', line: 2, column: 19, turn: 1 }],
    },
    {
      name: 'social thread with handles',
      code: '{"channel":"social","messages":[{"role":"customer","text":"@acme my bill went up again","timestamp":"2026-03-01T10:00:00Z"},{"role":"agent","text":"@ana Sorry! DM us your account email.","timestamp":"2026-03-01T10:00:06Z"},{"role":"customer","text":"@acme also you charged me twice","timestamp":"2026-03-01T10:00:12Z"}]}',
      errors: [{ messageId: 'chat', line: 1, column: 149, endColumn: 186 }],
    },
    {
      name: 'the next message was typed before the answer arrived',
      filename: 'chat.txt',
      code: "[10:00:00] Customer: hi, I need to change my order\n[10:00:04] Agent: Hi Hana! Sure, what's the order number?\n[10:00:09] Customer: it's PC-71120, I ordered the blue one but I want the green, same size",
      errors: [{ messageId: 'chat', line: 2, column: 19, message: /Replied 4 s after .*went on 5 s later/ }],
    },
    {
      name: 'voice: the agent talks over the caller',
      code: voice([
        ['customer', 'I was charged twice and I want to know why that keeps happening.', '00.0', '06.0'],
        ['agent', 'Okay so what you need to do is check your statement.', '04.0', '08.0'],
      ]),
      errors: [{ messageId: 'voice', line: 1, column: 227, message: /Starts speaking 2 s before/ }],
    },
    {
      name: 'voice: the caller had started again',
      code: voice([
        ['agent', 'Can you tell me what happened?', '00.0', '02.0'],
        ['customer', 'Well, I logged in this morning and the balance was wrong.', '02.5', '08.0'],
        ['agent', 'Right, that is a display issue.', '06.5', '09.0'],
      ]),
      errors: [{ messageId: 'voice', line: 1, column: 354, message: /1\.5 s before/ }],
    },
  ],
});
