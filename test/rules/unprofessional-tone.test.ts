import { RuleTester } from '../../src/rule-tester.js';
import rule from '../../rules/unprofessional-tone.js';

new RuleTester().run('unprofessional-tone', rule, {
  valid: [
    { name: 'one emphasised word and acronyms', code: 'Agent: I have NOT charged you twice; the PDF with your ID is attached. OK?' },
    { name: "customer's word quoted back", code: 'Customer: This is crap!!!\nAgent: I\'m sorry you found it "crap" - I will fix it today.' },
    { name: 'customer shouting is not the agent', code: 'Customer: WTF WHERE IS MY ORDER???' },
    { name: 'voice: only profanity counts', channel: 'voice', code: "Agent: yeah I'm gonna check that now, it's SO SLOW TODAY!!" },
    { name: 'social short forms', channel: 'social', code: 'Agent: pls DM us your order number, thx! ^AB' },
    { name: 'interrobang and emoji', code: 'Agent: Really?! That is great news 🎉🎉' },
    { name: 'two-word heading without a full stop', code: 'Agent: IMPORTANT NOTICE\n  Your order is on its way.' },
    { name: 'a letter and a time', code: 'Agent: Make a U-turn at the roundabout; your 9 AM slot is booked.' },
    { name: 'allowSlang option', code: 'Agent: btw your order shipped', options: { allowSlang: ['btw'] } },
    { name: 'allowCaps option', code: 'Agent: Your ACME SUPER SAVER plan renews today.', options: { allowCaps: ['ACME', 'SUPER', 'SAVER'] } },
    {
      name: 'quoted e-mail history',
      channel: 'email',
      code: 'Agent: Thanks, it is done.\n  On Mon, 3 Mar 2026 at 10:00, Ana <ana@example.com> wrote:\n  WHY IS THIS SO HARD!!!',
    },
    { name: 'code snippet', code: 'Agent: In the script, write `if (!!value)` to check it.' },
    { name: 'redaction tokens and lists', code: 'Agent: Thanks #NAME#, the #PRS_ORG# #PRS_ORG# box ships with PARTS A, B, C and [REDACTED INFO HERE].' },
    { name: 'labels and codes in capitals', code: 'Agent: Go to Settings > PRIVACY AND SECURITY > LOCATION, tap the SAVE ALL CHANGES button and quote booking ref ABC DEF GHI.' },
  ],
  invalid: [
    {
      name: 'profanity',
      code: 'Agent: Sorry, that was a damn mistake on our side.',
      errors: [{ messageId: 'profanity', line: 1, column: 26, endColumn: 30 }],
    },
    {
      name: 'three words in capitals',
      code: 'Agent: PLEASE DO NOT REPLY to this message.',
      errors: [{ messageId: 'shouting', line: 1, column: 8, endColumn: 27 }],
    },
    {
      name: 'a whole sentence in capitals',
      code: 'Agent: Done. THANK YOU.',
      errors: [{ messageId: 'shouting', line: 1, column: 14, endColumn: 23 }],
    },
    {
      name: '!!! is fixed to !',
      code: 'Agent: Your refund is done!!!',
      errors: [{ messageId: 'punctuation', line: 1, column: 27, endColumn: 30 }],
      output: 'Agent: Your refund is done!',
    },
    {
      name: '?!?! is fixed to ?',
      code: 'Agent: Did that work?!?!',
      errors: [{ messageId: 'punctuation', line: 1, column: 21 }],
      output: 'Agent: Did that work?',
    },
    {
      name: 'slang, each occurrence',
      code: 'Agent: I can send u a new one, gonna take 2 days.',
      errors: [
        { messageId: 'slang', line: 1, column: 19, endColumn: 20 },
        { messageId: 'slang', line: 1, column: 32, endColumn: 37 },
      ],
    },
    {
      name: 'slang with nothing to write out, in native JSON',
      code: '{"channel":"email","messages":[{"role":"agent","text":"Thanks! lol ok"}]}',
      errors: [{ messageId: 'slangRemove', line: 1, column: 64, endColumn: 67 }],
    },
    {
      name: '"ur" is still slang on social',
      channel: 'social',
      code: 'Agent: ur order shipped today ^AB',
      errors: [{ messageId: 'slang', line: 1, column: 8, message: 'Chat slang "ur" reads as unprofessional; write "your" or "you\'re".' }],
    },
    {
      name: 'shouting in a macro',
      channel: 'macro',
      code: 'Hi {{name}},\n\nPLEASE NOTE THE NEW ADDRESS.',
      errors: [{ messageId: 'shouting', line: 3, column: 1, endColumn: 28 }],
    },
    {
      name: 'profanity in a continuation line, also on voice',
      channel: 'voice',
      code: 'Caller: Hi\nAgent: Thanks for holding.\n  What the hell happened here',
      errors: [{ messageId: 'profanity', line: 3, column: 12, endColumn: 16, turn: 1 }],
    },
  ],
});
