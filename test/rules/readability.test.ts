import { RuleTester } from '../../src/rule-tester.js';
import rule from '../../rules/readability.js';

/** n words of plain prose, in sentences of five words. */
function words(n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(i % 5 === 4 ? 'word.' : i % 5 === 0 ? 'Some' : 'word');
  return out.join(' ');
}

// 45 words, one sentence.
const LONG_SENTENCE =
  'I have checked your account and I can see that the payment you made on Monday was taken twice because the bank retried the transaction after a timeout on their side and our system accepted both attempts without noticing that they were the same payment.';

new RuleTester().run('readability', rule, {
  valid: [
    'Customer: Why was I charged twice?\nAgent: I am sorry. The bank retried the payment; I have refunded the second charge today.',
    { name: 'a reply split over short messages', code: `Agent: ${words(60)}\nAgent: ${words(60)}\nAgent: ${words(60)}` },
    { name: "the customer's turns are not measured", code: `Customer: ${LONG_SENTENCE} ${words(100)}` },
    {
      name: 'URLs and quoted text do not count',
      code: `Agent: ${words(75)} https://example.com/help/a/b/c/d/e/f/g "one two three four five six seven eight nine ten"`,
    },
    {
      name: 'e-mail history and signature do not count',
      channel: 'email',
      code: `Agent: Hi Ana,\n  ${words(200)}\n  Kind regards,\n  Maria Lopez\n  Customer Care, Example Ltd\n  On Mon, 3 Mar 2026 at 10:00, Ana <ana@example.com> wrote:\n  ${LONG_SENTENCE} ${words(200)}`,
    },
    {
      name: 'unpunctuated speech to text has no sentences to measure',
      channel: 'voice',
      code: `Agent: ${LONG_SENTENCE.replace(/\./g, '').toLowerCase()}`,
    },
    { name: 'a list, one item per line', code: `Agent: Here is how:\n  ${Array.from({ length: 12 }, (_, i) => `- step ${i + 1} open the settings page`).join('\n  ')}` },
    { name: 'checks turned off', code: `Agent: ${LONG_SENTENCE} ${words(100)}`, options: { maxWords: 0, maxSentenceWords: 0 } },
  ],
  invalid: [
    {
      name: 'a long sentence',
      code: `Customer: Why was I charged twice?\nAgent: ${LONG_SENTENCE}`,
      errors: [{ messageId: 'longSentence', line: 2, column: 8, endColumn: 8 + LONG_SENTENCE.length, message: /45 words long \(limit 40\)/ }],
    },
    {
      name: 'a long chat message',
      code: `Agent: ${words(85)}`,
      errors: [{ messageId: 'longMessage', line: 1, column: 8, endColumn: 8 + words(85).length, message: /85 words long \(limit 80 on chat\)/ }],
    },
    {
      name: 'a long social reply, in native JSON',
      code: `{"channel":"social","messages":[{"role":"customer","text":"late order"},{"role":"agent","text":"${words(55)} ^AB"}]}`,
      errors: [{ messageId: 'longMessage', line: 1, column: 97, message: /55 words long \(limit 50 on social\)/, turn: 1 }],
    },
    {
      name: 'a long e-mail',
      channel: 'email',
      code: `Agent: Hi Ana,\n  ${words(260)}\n  Kind regards,\n  Maria`,
      errors: [{ messageId: 'longMessageEmail', line: 1, column: 8, endLine: 2, message: /262 words long \(limit 250\)/ }],
    },
    {
      name: 'a per-channel limit from the options',
      code: 'Agent: Your refund of twelve pounds was sent to your card today.',
      options: { maxWords: { chat: 10 } },
      errors: [{ messageId: 'longMessage', line: 1, column: 8 }],
    },
    {
      name: 'a long sentence in a continuation line',
      code: `Customer: Why?\nAgent: Sorry about that.\n  ${LONG_SENTENCE}`,
      errors: [{ messageId: 'longSentence', line: 3, column: 3, turn: 1 }],
    },
    {
      name: 'a long sentence in a macro',
      channel: 'macro',
      code: `Hi {{name}},\n\n${LONG_SENTENCE}`,
      errors: [{ messageId: 'longSentence', line: 3, column: 1 }],
    },
  ],
});
