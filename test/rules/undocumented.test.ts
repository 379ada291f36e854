import { RuleTester } from '../../src/rule-tester.js';
import rule from '../../rules/undocumented.js';

const expected = (messages: Array<{ role: string; text: string }>, metadata: Record<string, unknown> = {}) =>
  JSON.stringify({ channel: 'chat', metadata: { documentation: 'expected', ...metadata }, messages });

new RuleTester().run('undocumented', rule, {
  valid: [
    { name: 'documentation not expected (the default)', code: "Customer: My card was declined.\nAgent: I've unblocked it for you." },
    {
      name: 'an internal note',
      options: { requireNote: true },
      code: "Customer: My card was declined.\nAgent: I've unblocked it for you.\nNote: Blocked by the fraud filter; unblocked, customer informed.",
    },
    {
      name: 'a resolution summary in the metadata',
      code: expected([{ role: 'customer', text: 'My card was declined.' }, { role: 'agent', text: "I've unblocked it for you." }], { resolution: 'Fraud block lifted.' }),
    },
    {
      name: 'a system line headed "Resolution:"',
      options: { requireNote: true },
      code: "Customer: My card was declined.\nAgent: I've unblocked it for you.\nSystem: Resolution: fraud block lifted",
    },
    {
      name: 'documentation optional in the metadata',
      code: JSON.stringify({ metadata: { documentation: 'optional' }, messages: [{ role: 'customer', text: 'Hi' }, { role: 'agent', text: 'Hello!' }] }),
    },
    { name: 'no agent in the conversation', options: { requireNote: true }, code: 'Customer: Hello? Is anyone there?' },
    {
      name: 'a custom summary field',
      options: { requireNote: true, summaryFields: ['closeNotes'] },
      code: JSON.stringify({ metadata: { closeNotes: 'Refunded.' }, messages: [{ role: 'customer', text: 'Refund please' }, { role: 'agent', text: 'Done!' }] }),
    },
  ],
  invalid: [
    {
      name: 'requireNote, no note',
      options: { requireNote: true },
      code: "Customer: My card was declined.\nAgent: I've unblocked it for you.",
      errors: [{ messageId: 'missing', line: 2, column: 8, endColumn: 34 }],
    },
    {
      name: 'metadata says documentation is expected',
      code: expected([{ role: 'customer', text: 'My card was declined.' }, { role: 'agent', text: "I've unblocked it." }]),
      errors: [{ messageId: 'missing', line: 1, column: 146, endColumn: 164 }],
    },
    {
      name: 'an empty note does not document anything',
      code: expected([{ role: 'customer', text: 'Refund please' }, { role: 'agent', text: 'Done!' }, { role: 'note', text: '  ' }]),
      errors: [{ messageId: 'missing', turn: 1 }],
    },
    {
      name: 'an empty summary field',
      code: expected([{ role: 'customer', text: 'Refund please' }, { role: 'agent', text: 'Done!' }], { resolution: '' }),
      errors: [{ messageId: 'missing', turn: 1 }],
    },
    {
      name: 'a system line that is not a summary',
      options: { requireNote: true },
      code: 'Customer: Refund please\nAgent: Done!\nSystem: Chat closed. Resolution: see ticket',
      errors: [{ messageId: 'missing', line: 2, column: 8 }],
    },
    {
      name: 'reported on the last agent turn, not the last turn',
      options: { requireNote: true },
      code: 'Customer: Refund please\nAgent: Done!\nAgent: Anything else?\nCustomer: No, bye',
      errors: [{ messageId: 'missing', line: 3, column: 8, endColumn: 22, turn: 2 }],
    },
  ],
});
