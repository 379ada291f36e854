import { describe, expect, it } from 'vitest';
import { RuleTester } from '../../src/rule-tester.js';
import rule, { humanDuration } from '../../rules/slow-response.js';

const conv = (channel: string, messages: Array<[role: string, text: string, at: string, end?: string]>) =>
  JSON.stringify({
    channel,
    messages: messages.map(([role, text, timestamp, endTimestamp]) => ({ role, text, timestamp, ...(endTimestamp ? { endTimestamp } : {}) })),
  });

describe('humanDuration', () => {
  it('speaks in human units', () => {
    expect([45, 120, 270, 420, 3600, 3900, 86400, 183600].map(humanDuration)).toEqual(['45 s', '2 min', '4 min 30 s', '7 min', '1 h', '1 h 5 min', '24 h', '2 days 3 h']);
  });
});

new RuleTester().run('slow-response', rule, {
  valid: [
    { name: 'a prompt reply', filename: 'chat.txt', code: '[10:00:00] Customer: Where is my order?\n[10:01:00] Agent: Hi! It ships today.' },
    {
      name: 'a holding message in time, the answer within the standard after it',
      filename: 'chat.txt',
      code: '[10:00:00] Customer: Where is my order?\n[10:01:00] Agent: Let me check, one moment.\n[10:03:30] Agent: It ships today.',
    },
    {
      name: 'an acknowledgement from the customer starts no clock',
      filename: 'chat.txt',
      code: '[10:00:00] Customer: Where is my order?\n[10:00:30] Agent: It ships today.\n[10:00:40] Customer: ok thanks\n[10:20:00] Agent: Anything else I can help with?',
    },
    {
      name: 'e-mail answered within a day',
      code: conv('email', [
        ['customer', 'My invoice is missing the VAT number.', '2026-03-02T09:00:00Z'],
        ['agent', 'I have added it and attached the new invoice.', '2026-03-03T05:00:00Z'],
      ]),
    },
    { name: 'no time stamps', code: 'Customer: Where is my order?\nAgent: It ships today.' },
    {
      name: 'a team standard set in config',
      filename: 'chat.txt',
      options: { thresholds: { chat: { firstReply: 600 } } },
      code: '[10:00:00] Customer: Where is my order?\n[10:07:00] Agent: Hi! It ships today.\n[10:08:00] Customer: To which address?\n[10:10:00] Agent: To 12 Elm Street.',
    },
    {
      name: 'a bot answered the greeting',
      filename: 'chat.txt',
      code: "[10:00:00] Customer: hi\n[10:00:01] Bot: Hi! Ask me anything.\n[10:10:00] Agent: Hello, I'm Sam from support.",
    },
    {
      name: 'voice: a short pause',
      code: conv('voice', [
        ['customer', 'Can you check my last payment?', '2026-03-01T10:00:00Z', '2026-03-01T10:00:04Z'],
        ['agent', 'Of course, I am looking at it now.', '2026-03-01T10:00:06Z', '2026-03-01T10:00:09Z'],
      ]),
    },
  ],
  invalid: [
    {
      name: 'late first reply',
      filename: 'chat.txt',
      code: '[10:00:00] Customer: Where is my order?\n[10:07:00] Agent: Hi! It ships today.',
      errors: [{ messageId: 'firstReply', line: 2, column: 19, endColumn: 38, message: /^First reply after 7 min \(standard: 2 min\)/ }],
    },
    {
      name: 'a later reply over the standard',
      filename: 'chat.txt',
      code: '[10:00:00] Customer: Where is my order?\n[10:00:30] Agent: Hi! Which order number?\n[10:01:00] Customer: 55120\n[10:05:30] Agent: It ships today.',
      errors: [{ messageId: 'reply', line: 4, column: 19, message: /^Reply after 4 min 30 s \(standard: 3 min\)/ }],
    },
    {
      name: 'the answer long after the holding message',
      filename: 'chat.txt',
      code: '[10:00:00] Customer: Where is my order?\n[10:00:40] Agent: Let me check, one moment.\n[10:09:40] Agent: It ships today.',
      errors: [{ messageId: 'afterHold', line: 3, column: 19, turn: 2 }],
    },
    {
      name: "a bot's queue message does not stop the clock",
      filename: 'chat.txt',
      code: "[10:00:00] Customer: I need help with my bill\n[10:00:02] Bot: An agent will be with you shortly.\n[10:12:02] Agent: Hi, I'm Sam. How can I help?",
      errors: [{ messageId: 'firstReply', line: 3, column: 19, message: /after 12 min/ }],
    },
    {
      name: 'e-mail answered after two days',
      code: conv('email', [
        ['customer', 'My invoice is missing the VAT number.', '2026-03-02T09:00:00Z'],
        ['agent', 'I have added it.', '2026-03-04T12:00:00Z'],
      ]),
      errors: [{ messageId: 'firstReply', line: 1, column: 158, endColumn: 174, message: /2 days 3 h \(standard: 24 h\)/ }],
    },
    {
      name: 'social reply after two hours',
      code: conv('social', [
        ['customer', '@acme my parcel is lost', '2026-03-02T09:00:00Z'],
        ['agent', '@ana Sorry! Please DM us the tracking number.', '2026-03-02T11:00:00Z'],
      ]),
      errors: [{ messageId: 'firstReply', line: 1, message: /after 2 h \(standard: 1 h\)/ }],
    },
    {
      name: 'voice: dead air',
      code: conv('voice', [
        ['customer', 'Can you check my last payment?', '2026-03-01T10:00:00Z', '2026-03-01T10:00:04Z'],
        ['agent', 'Yes, it went through on Monday.', '2026-03-01T10:00:49Z', '2026-03-01T10:00:52Z'],
      ]),
      errors: [{ messageId: 'silence', line: 1, message: /^45 s of silence before the agent spoke \(standard: 30 s\)/ }],
    },
  ],
});
