/** Declarative rules (customRules), each type tested through the RuleTester as rule authors would. */
import { describe, expect, it } from 'vitest';
import { compileCustomRule, type CustomRuleDefinition } from '../../src/linter/declarative.js';
import { RuleTester } from '../../src/rule-tester.js';

const tester = new RuleTester();

describe('existence', () => {
  const rule: CustomRuleDefinition = {
    type: 'existence',
    message: 'Do not promise "{{match}}" in writing.',
    phrases: { en: ['(I|we) (will|can) (refund|reimburse) you', 'full refund'], el: ['πλήρη επιστροφή'] },
  };
  tester.run('no-refund-promise', rule, {
    valid: [
      'Agent: I have passed your request to the billing team.',
      { name: 'negated', code: "Agent: I can't promise a full refund, but I will ask billing today." },
      { name: 'quoted', code: 'Agent: You asked for a "full refund" in your message; let me check.' },
      { name: 'customer words', code: 'Customer: I want a full refund.' },
      { name: 'the Greek list for Greek', locale: 'el', code: 'Agent: We will refund you.' },
    ],
    invalid: [
      {
        code: 'Agent: Good news, we will refund you today.',
        errors: [{ messageId: 'found', line: 1, column: 19, endLine: 1, endColumn: 37, message: 'Do not promise "we will refund you" in writing.' }],
      },
      {
        name: 'second line of a plain-text transcript',
        code: 'Customer: It broke.\nAgent: Sorry! You get a Full Refund.',
        errors: [{ line: 2, column: 25, message: 'Do not promise "Full Refund" in writing.' }],
      },
      {
        name: 'inside a JSON string with escapes',
        code: '{"messages":[{"role":"agent","text":"Caf\\u00e9 closed.\\nA full refund is yours."}]}',
        errors: [{ line: 1, column: 59, endColumn: 70 }],
      },
      { name: 'Greek', locale: 'el', code: 'Agent: Θα λάβετε πλήρη επιστροφή.', errors: [{ column: 18 }] },
    ],
  });

  tester.run('competitor-in-email', { type: 'existence', message: 'Names {{match}}.', phrases: ['Globex'], includeNegated: true, role: ['agent', 'bot'], channels: ['email'] }, {
    valid: [{ name: 'other channel', code: 'Agent: Globex is slower.', channel: 'chat' }],
    invalid: [
      { name: 'negated still counts', code: "Bot: We don't work like Globex.", channel: 'email', errors: [{ column: 25 }] },
    ],
  });
});

describe('substitution', () => {
  tester.run('plain-words', { type: 'substitution', message: 'Say "{{replacement}}" instead of "{{match}}".', swap: { 'per our policy': 'as we do it', ASAP: 'by 5 pm today' } }, {
    valid: ['Agent: As we do it, I will call you by 5 pm today.'],
    invalid: [
      {
        code: 'Agent: Per our policy, we reply ASAP.',
        errors: [
          { messageId: 'swap', line: 1, column: 8, message: 'Say "As we do it" instead of "Per our policy".' },
          { column: 33, message: 'Say "by 5 pm today" instead of "ASAP".' },
        ],
        output: 'Agent: As we do it, we reply by 5 pm today.',
      },
    ],
  });
  tester.run('per-locale-swap', { type: 'substitution', message: '{{match}} → {{replacement}}', swap: { en: { 'dear customer': 'hi' }, el: { 'αγαπητέ πελάτη': 'γεια σας' } } }, {
    valid: [{ locale: 'el', code: 'Agent: Dear customer, hello.' }],
    invalid: [
      { locale: 'en', code: 'Agent: Dear customer, hello.', errors: [{ column: 8 }], output: 'Agent: Hi, hello.' },
      { locale: 'el', code: 'Agent: Αγαπητέ πελάτη, καλησπέρα.', errors: 1, output: 'Agent: Γεια σας, καλησπέρα.' },
    ],
  });
});

describe('occurrence', () => {
  tester.run('case-number-given', { type: 'occurrence', message: 'Give the case number ({{count}} given, at least {{min}}).', phrases: ['#\\d{5}'], min: 1 }, {
    valid: [
      'Customer: My order is late.\nAgent: Your case is #12345.',
      { name: 'not for macros by default', channel: 'macro', code: 'Thanks for waiting.' },
      { name: 'no agent turn, nothing to judge', code: 'Customer: Hello?' },
    ],
    invalid: [
      {
        code: 'Customer: My order is late.\nAgent: Sorry! Let me check.\nAgent: It ships tomorrow.',
        errors: [{ messageId: 'tooFew', line: 3, column: 8, endColumn: 26, message: 'Give the case number (0 given, at least 1).' }],
      },
    ],
  });
  tester.run('over-apologising', { type: 'occurrence', message: '{{count}} apologies; more than {{max}} sounds scripted ("{{match}}").', phrases: ['sorry', 'apologi[sz]e'], max: 2 }, {
    valid: ['Agent: Sorry about that.\nCustomer: ok\nAgent: Sorry again!'],
    invalid: [
      {
        code: 'Agent: Sorry about that.\nCustomer: ok\nAgent: Sorry again! I apologise.',
        errors: [{ messageId: 'tooMany', line: 3, column: 23, message: '3 apologies; more than 2 sounds scripted ("apologise").' }],
      },
    ],
  });
  tester.run('one-unfortunately-per-reply', { type: 'occurrence', scope: 'reply', max: 1, message: 'Too many "{{match}}".', phrases: ['unfortunately'] }, {
    valid: ['Agent: Unfortunately no.\nCustomer: ok\nAgent: Unfortunately not yet.', { name: 'applies to macros', channel: 'macro', code: 'Unfortunately, no.' }],
    invalid: [{ code: 'Agent: Unfortunately no.\nAgent: Unfortunately not yet.', errors: [{ line: 2, column: 8 }] }],
  });
});

describe('conditional', () => {
  const refund: CustomRuleDefinition = {
    type: 'conditional',
    message: 'Mentions "{{match}}" but not when it will arrive.',
    if: ['refund(s|ed)?', 'money back'],
    then: ['within \\d+ (business |working )?days', 'by (monday|tuesday|wednesday|thursday|friday|tomorrow)'],
  };
  tester.run('refund-timeframe', refund, {
    valid: [
      'Agent: I have issued a refund; you will see it within 5 business days.',
      { name: 'the time frame in the next message of the same reply', code: 'Agent: I have issued a refund.\nAgent: It arrives by Friday.' },
      { name: 'a negated mention is no promise', code: "Agent: I can't refund this order, but I can replace it." },
      { name: 'negated time frame still is one', code: "Agent: The refund won't take more than within 5 days." },
      { name: 'the customer asks', code: 'Customer: Can I get a refund?' },
    ],
    invalid: [
      {
        code: 'Customer: Where is my money?\nAgent: I have issued a refund.\nCustomer: When?\nAgent: Within 5 business days.',
        errors: [{ messageId: 'missing', line: 2, column: 24, endColumn: 30, message: 'Mentions "refund" but not when it will arrive.' }],
      },
      { name: 'one finding per reply', code: 'Agent: Refund issued. The refund is on its way.', errors: [{ column: 8 }] },
    ],
  });
  tester.run('refund-timeframe-in-conversation', { ...refund, scope: 'conversation' }, {
    valid: ['Customer: Where is my money?\nAgent: I have issued a refund.\nCustomer: When?\nAgent: Within 5 business days.'],
    invalid: [{ code: 'Agent: I have issued a refund.\nCustomer: thanks', errors: [{ line: 1, column: 24 }] }],
  });
  tester.run('refund-timeframe-in-sentence', { ...refund, scope: 'sentence' }, {
    valid: ['Agent: Your refund arrives within 5 days.'],
    invalid: [{ code: 'Agent: Your refund is approved. It arrives within 5 days.', errors: [{ column: 13 }] }],
  });
});

describe('sequence', () => {
  tester.run('greet-first', { type: 'sequence', message: 'Greet the customer before asking "{{match}}".', first: ['hi', 'hello', 'good (morning|afternoon|evening)'], then: 'question' }, {
    valid: [
      'Customer: My order is late.\nAgent: Hi Ana! Could you tell me the order number?',
      'Agent: Hello Ana.\nCustomer: hi\nAgent: What is the order number?',
      { name: 'no question at all', code: 'Agent: The order ships today.' },
      { name: 'only the first question is judged', code: 'Agent: Hi! Order number?\nCustomer: 123\nAgent: Anything else?' },
    ],
    invalid: [
      { code: 'Customer: My order is late.\nAgent: Order number?', errors: [{ messageId: 'outOfOrder', line: 2, column: 8, endColumn: 21, message: 'Greet the customer before asking "Order number?".' }] },
      { name: 'greeting after the question', code: 'Agent: What is the order number? Hi, by the way.', errors: [{ line: 1, column: 8 }] },
    ],
  });
  tester.run('apology-before-policy', { type: 'sequence', message: 'Apologise before citing "{{match}}".', first: ['sorry'], then: { en: ['our policy'] } }, {
    valid: ["Agent: I'm sorry. Our policy is 30 days."],
    invalid: [{ code: 'Agent: Our policy is 30 days. Sorry.', errors: [{ column: 8 }] }],
  });
});

describe('metric', () => {
  tester.run('short-replies', { type: 'metric', measure: 'words', max: 12, message: 'Reply of {{value}} {{unit}}; keep it under {{limit}}.' }, {
    valid: ['Agent: Your parcel left the warehouse this morning.'],
    invalid: [
      {
        name: 'a reply sent as two messages counts as one',
        code: 'Customer: hi\nAgent: Your parcel left the warehouse this morning.\nAgent: It should reach you by Friday at the latest.',
        errors: [{ messageId: 'aboveMax', line: 2, column: 8, message: 'Reply of 16 words; keep it under 12.' }],
      },
    ],
  });
  tester.run('not-too-terse', { type: 'metric', measure: 'characters', min: 10, message: '{{value}} {{unit}} is curt (min {{min}}).' }, {
    valid: ['Agent: Happy to help with that!'],
    invalid: [{ code: 'Customer: Is it fixed?\nAgent: Yes.', errors: [{ messageId: 'belowMin', line: 2, message: '4 characters is curt (min 10).' }] }],
  });
  const gap: CustomRuleDefinition = { type: 'metric', measure: 'gap', max: 120, message: 'The customer waited {{value}} {{unit}} (standard: {{limit}}).' };
  tester.run('reply-gap', gap, {
    valid: [
      'Customer: hello\nAgent: hi',
      '{"messages":[{"role":"customer","text":"hi","timestamp":"2026-03-01T10:00:00Z"},{"role":"agent","text":"hello","timestamp":"2026-03-01T10:01:00Z"}]}',
    ],
    invalid: [
      {
        code: '{"messages":[\n{"role":"customer","text":"hi","timestamp":"2026-03-01T10:00:00Z"},\n{"role":"agent","text":"hello","timestamp":"2026-03-01T10:05:00Z"}]}',
        errors: [{ line: 3, column: 25, message: 'The customer waited 300 seconds (standard: 120).' }],
      },
    ],
  });
  it('gap needs time stamps, and skips macros', () => {
    const { rule } = compileCustomRule('reply-gap', gap, 'x');
    expect(rule.meta.requiresTimestamps).toBe(true);
    expect(rule.meta.channels).not.toContain('macro');
  });
});

describe('compiled meta', () => {
  it('is a rule like any other: id, kind, description, severity, fixable, message ids', () => {
    const { rule, lexicon } = compileCustomRule('plain', { type: 'substitution', message: 'Use {{replacement}}', swap: { utilize: 'use' }, severity: 'error', kind: 'practice', description: 'Plain words' }, 'x');
    expect(rule.meta).toMatchObject({ id: 'plain', kind: 'practice', defaultSeverity: 'error', fixable: true, docs: { description: 'Plain words' }, messages: { swap: 'Use {{replacement}}' } });
    expect(lexicon).toEqual({ '*': { plain: { swap: ['utilize'] } } });
    const defaults = compileCustomRule('x', { type: 'existence', message: 'Found {{match}}', phrases: ['y'] }, 'x').rule.meta;
    expect(defaults).toMatchObject({ kind: 'style', defaultSeverity: 'warn', fixable: false, docs: { description: 'Found …' } });
    expect(defaults.channels).toContain('macro');
  });

  const bad: Array<[string, unknown, RegExp]> = [
    ['unknown type', { type: 'spelling', message: 'x' }, /^f: customRules\.r\.type: expected one of "existence", "substitution"/],
    ['missing message', { type: 'existence', phrases: ['x'] }, /^f: customRules\.r: missing required key "message"/],
    ['unknown key', { type: 'existence', message: 'x', phrases: ['x'], phrase: ['x'] }, /^f: customRules\.r: unknown key "phrase" \(an existence rule takes: .*phrases/],
    ['empty list', { type: 'existence', message: 'x', phrases: [] }, /customRules\.r\.phrases: expected a non-empty list of phrases/],
    ['unsafe pattern', { type: 'existence', message: 'x', phrases: ['ok', '(a+)+b'] }, /customRules\.r\.phrases\[1\]: pattern "\(a\+\)\+b" can backtrack catastrophically/],
    ['unsafe pattern in a locale list', { type: 'conditional', message: 'x', if: ['a'], then: { en: ['(x|xy)*z'] } }, /customRules\.r\.then\.en\[0\]: pattern .* can backtrack catastrophically/],
    ['bad regex', { type: 'existence', message: 'x', phrases: ['(unclosed'] }, /customRules\.r\.phrases\[0\]: pattern "\(unclosed" is not a valid pattern/],
    ['not a locale', { type: 'existence', message: 'x', phrases: { english: ['x'] } }, /customRules\.r\.phrases\.english: "english" is not a locale/],
    ['unknown placeholder', { type: 'existence', message: 'Found {{word}}', phrases: ['x'] }, /customRules\.r\.message: unknown placeholder \{\{word\}\} \(an existence rule fills: \{\{match\}\}\)/],
    ['no bounds', { type: 'occurrence', message: 'x', phrases: ['x'] }, /customRules\.r: an occurrence rule needs "min", "max" or both/],
    ['min above max', { type: 'metric', measure: 'words', min: 5, max: 2, message: 'x' }, /customRules\.r\.min: is more than max/],
    ['bad severity', { type: 'existence', message: 'x', phrases: ['x'], severity: 'loud' }, /customRules\.r\.severity: expected one of "off", "warn", "error"/],
    ['bad role', { type: 'existence', message: 'x', phrases: ['x'], role: 'manager' }, /customRules\.r\.role: expected one of "agent"/],
    ['swap to a list', { type: 'substitution', message: 'x', swap: { a: ['b'] } }, /customRules\.r\.swap: expected \{ phrase: replacement \}/],
    ['bad measure', { type: 'metric', measure: 'smiles', max: 1, message: 'x' }, /customRules\.r\.measure: expected one of "words"/],
    ['bad id', { type: 'existence', message: 'x', phrases: ['x'] }, /is not a usable rule id/],
  ];
  for (const [name, definition, message] of bad) {
    it(`rejects: ${name}`, () => {
      expect(() => compileCustomRule(name === 'bad id' ? '-r' : 'r', definition, 'f: customRules.r')).toThrow(message);
    });
  }

  it('the RuleTester reports a bad definition', () => {
    expect(() => new RuleTester().lint('r', { type: 'existence', message: 'x', phrases: ['(a*)*'] } as CustomRuleDefinition, { code: 'Agent: a' })).toThrow(/RuleTester: r\.phrases\[0\]/);
  });
});
