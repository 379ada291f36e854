import { describe, expect, it } from 'vitest';
import { RuleTester } from '../../src/rule-tester.js';
import rule from '../../rules/unset-expectations.js';

new RuleTester().run('unset-expectations', rule, {
  valid: [
    { name: 'time frame in the same sentence', code: "Agent: I'll look into it and get back to you within 24 hours." },
    { name: 'time frame in the next sentence', code: "Agent: I'll look into it. You'll hear from me by 5pm today." },
    {
      name: 'time frame in the next message of the reply',
      code: "Agent: I've escalated this to our billing team, they will contact you.\nAgent: That will be tomorrow morning.",
    },
    { name: 'questions', code: 'Agent: Shall I look into it? Would you like me to call you back?' },
    { name: 'a promise only in case', code: "Agent: We'll let you know if we need anything else." },
    { name: 'a vague timing asked of the customer', code: 'Agent: Please send the photos as soon as possible.' },
    { name: '"soon" without a promise', code: "Agent: Glad it's sorted. Get well soon!" },
    { name: 'live research done on the spot', code: "Agent: I'll look into it.\nCustomer: ok\nAgent: Found it: the refund went out today." },
    { name: 'a negated promise', code: "Agent: I won't need to get back to you, it's all done." },
    { name: 'a holding line', code: 'Agent: Let me check that for you.' },
    { name: "the customer's promise", code: "Customer: I'll get back to you as soon as possible." },
    { name: 'a promise after a condition', code: "Agent: If it isn't there by Monday, message us again and we'll chase the other bank." },
    {
      name: 'time frame in the next message, after a signature',
      channel: 'social',
      code: "Agent: @hannah Sorry about that. We'll look into it. ^AB\nAgent: @hannah You'll hear back from us here by 6pm today. ^AB",
    },
    { name: 'a clock time in words', channel: 'voice', code: "Agent: Yes, by five at the latest, and I'll email you as soon as it's done." },
    { name: '"now" closing the promise', code: "Agent: No problem, I'll check on it now." },
  ],
  invalid: [
    {
      name: 'promise with no time frame',
      code: "Customer: Where's my refund?\nAgent: I'm sorry. I'll look into it and get back to you.",
      errors: [{ messageId: 'noTimeframe', line: 2, column: 19, endColumn: 56 }],
    },
    {
      name: '"as soon as possible" is vague',
      code: "Agent: We'll get back to you as soon as possible.",
      errors: [{ messageId: 'noTimeframe', line: 1, column: 30, endColumn: 49, message: /^No time frame for "as soon as possible"/ }],
    },
    {
      name: 'research by e-mail counts even when the agent writes again',
      channel: 'email',
      code: "Agent: I'll look into it.\nCustomer: ok\nAgent: Found it.",
      errors: [{ messageId: 'noTimeframe', line: 1, column: 8, turn: 0 }],
    },
    {
      name: 'research at the end of a live chat',
      code: 'Customer: The app crashes.\nAgent: Thanks for reporting it, our engineers are investigating the issue.',
      errors: [{ messageId: 'noTimeframe', line: 2, column: 33 }],
    },
    {
      name: 'one finding per reply, at the vague timing',
      code: 'Agent: We are working on it. Someone will contact you shortly.',
      errors: [{ messageId: 'noTimeframe', line: 1, column: 55, endColumn: 62 }],
    },
    {
      name: 'a macro',
      channel: 'macro',
      code: "Hi {{name}},\n\nOur team is looking into your request and we'll update you soon.",
      errors: [{ messageId: 'noTimeframe', line: 3, column: 60, endColumn: 64 }],
    },
    {
      name: 'native JSON, social',
      code: '{"channel":"social","messages":[{"role":"customer","text":"@shop still down"},{"role":"agent","text":"Sorry! Our engineers are on it and a fix is coming shortly ^AB"}]}',
      errors: [{ messageId: 'noTimeframe', line: 1, column: 154, endColumn: 161 }],
    },
    {
      name: 'a time frame in the sentence before does not count',
      channel: 'email',
      code: "Agent: We usually reply within 2 days. I'll check availability for your postcode and get back to you.",
      errors: [{ messageId: 'noTimeframe', line: 1, column: 40 }],
    },
    {
      name: 'a weekday without a preposition is no time frame',
      channel: 'email',
      code: "Agent: We do some Saturday appointments. I'll check availability and get back to you.",
      errors: [{ messageId: 'noTimeframe', line: 1, column: 42 }],
    },
    {
      name: '"soon" with a future of its own',
      code: 'Agent: Your order will be dispatched soon.',
      errors: [{ messageId: 'noTimeframe', line: 1, column: 38, endColumn: 42 }],
    },
    {
      name: 'a call',
      channel: 'voice',
      code: "Agent: okay so I'll check on this and call you back",
      errors: [{ messageId: 'noTimeframe', line: 1, column: 16, endColumn: 52 }],
    },
  ],
});

describe('unset-expectations suggestions', () => {
  const tester = new RuleTester();
  const suggestionsFor = (code: string, options?: Record<string, unknown>) =>
    tester.lint('unset-expectations', rule, { code, options }).messages[0]?.suggestions?.map((s) => ({ desc: s.desc, text: s.fix.text, range: s.fix.range }));

  it('replaces a vague timing', () => {
    const code = "Agent: We'll get back to you as soon as possible.";
    expect(suggestionsFor(code)).toEqual([{ desc: 'Replace "as soon as possible" with "within 24 hours".', text: 'within 24 hours', range: [29, 48] }]);
  });

  it('adds the time frame after a complete promise, using the option', () => {
    const code = "Agent: I'll get back to you.";
    expect(suggestionsFor(code, { timeframe: 'by the end of the day' })).toEqual([
      { desc: 'Add "by the end of the day" after "get back to you".', text: ' by the end of the day', range: [27, 27] },
    ]);
  });

  it('adds a sentence when the promise does not end its clause', () => {
    const code = 'Agent: Our engineers are investigating the outage';
    expect(suggestionsFor(code)).toEqual([
      { desc: 'Add "You\'ll hear from us within 24 hours.".', text: ". You'll hear from us within 24 hours.", range: [49, 49] },
    ]);
  });
});
