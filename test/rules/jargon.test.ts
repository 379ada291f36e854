import { RuleTester } from '../../src/rule-tester.js';
import rule from '../../rules/jargon.js';

new RuleTester().run('jargon', rule, {
  valid: [
    {
      name: 'the customer used the term first (any case)',
      code: "Customer: What's my rma number?\nAgent: Your RMA number is 5521.",
    },
    {
      name: 'explained in parentheses',
      code: 'Agent: I have raised an RMA (return authorization) for the kettle.',
    },
    {
      name: 'explained with "which means", and fine afterwards',
      code: 'Agent: I have raised an RMA, which means we have approved the return.\nAgent: The RMA label is attached.',
    },
    {
      name: 'acronym after the plain words',
      code: 'Agent: Your return authorization (RMA) is attached.',
    },
    {
      name: 'acronyms are case-sensitive: "kb" is kilobytes here',
      code: 'Agent: The photo must be under 500 kb, and the sla-approved format is JPG.',
    },
    {
      name: 'ETA is not jargon',
      code: 'Agent: The ETA for your parcel is Friday.',
    },
    {
      name: 'inside a URL',
      code: 'Agent: The form is at https://example.com/rma/start',
    },
    {
      name: 'a built-in term switched off',
      options: { terms: { CRM: false } },
      code: 'Agent: I have updated the CRM with your new address.',
    },
  ],
  invalid: [
    {
      name: 'replacement with a fix',
      code: 'Agent: Your SLA is two days.',
      errors: [{ messageId: 'replace', message: 'Replace "SLA" with "agreed response time"; the customer may not know internal terms.', line: 1, column: 13, endColumn: 16 }],
      output: 'Agent: Your agreed response time is two days.',
    },
    {
      name: 'article and determiner fixed with the term',
      code: 'Agent: I have raised an RMA and noted it in the CRM.',
      errors: [
        { messageId: 'replace', line: 1, column: 25, endColumn: 28 },
        { messageId: 'replace', line: 1, column: 49, endColumn: 52 },
      ],
      output: 'Agent: I have raised a return authorization and noted it in our customer database.',
    },
    {
      name: 'longest term wins, capital kept at the start of a sentence',
      code: 'Customer: Any news?\nAgent: Escalate to T2 is what I did. KB article 12 has more.',
      errors: [
        { messageId: 'replace', line: 2, column: 8, endColumn: 22 },
        { messageId: 'replace', line: 2, column: 38, endColumn: 48 },
      ],
      output: 'Customer: Any news?\nAgent: Pass to our specialist team is what I did. Help article 12 has more.',
    },
    {
      name: 'a plural acronym is reported without a fix',
      code: 'Agent: Both SKUs are back in stock.',
      errors: [{ messageId: 'replace', line: 1, column: 13, endColumn: 17 }],
      output: null,
    },
    {
      name: 'option terms: a new term with a replacement, and one without',
      options: { terms: { 'WMS': 'our warehouse system', 'the queue': '' } },
      code: 'Agent: The WMS shows it in the queue.',
      errors: [
        { messageId: 'replace', line: 1, column: 12, endColumn: 15 },
        { messageId: 'explain', message: 'Explain "the queue" in plain words; the customer may not know internal terms.', line: 1, column: 28, endColumn: 37 },
      ],
      output: 'Agent: Our warehouse system shows it in the queue.',
    },
    {
      name: 'native JSON: positions and the fix in the JSON string, escapes kept',
      code: '{"messages":[{"role":"agent","text":"Caf\\u00e9 order:\\nyour refund has been actioned."}]}',
      errors: [{ messageId: 'replace', line: 1, column: 77, endColumn: 85 }],
      output: '{"messages":[{"role":"agent","text":"Caf\\u00e9 order:\\nyour refund has been dealt with."}]}',
    },
    {
      name: 'macro',
      channel: 'macro',
      code: 'Hi {{name}},\n\nYour line is being provisioned now.',
      errors: [{ messageId: 'replace', line: 3, column: 20, endColumn: 31 }],
      output: 'Hi {{name}},\n\nYour line is being set up now.',
    },
  ],
});
