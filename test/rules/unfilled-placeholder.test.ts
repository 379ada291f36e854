import { RuleTester } from '../../src/rule-tester.js';
import rule from '../../rules/unfilled-placeholder.js';

new RuleTester().run('unfilled-placeholder', rule, {
  valid: [
    'Agent: Hi Ana, your order #1042 shipped today.',
    { name: 'masked card numbers', code: 'Agent: Your card ending XXXX 4821 was refunded; XXXX-XXXX-XXXX-1234 is the old one.' },
    { name: 'a placeholder talked about, in quotes', code: 'Agent: Type "{{first_name}}" where the name should go.' },
    { name: 'macros are templates', channel: 'macro', code: 'Hi {{name}}, [Customer Name] - your order ships on [Date].' },
    { name: 'JSON, code and a Windows path', code: 'Agent: Send us {"order": 1042} or use {x} and open %APPDATA%\\Logs.' },
    { name: 'voice transcripts redact in brackets', channel: 'voice', code: 'Agent: Thank you [NAME], your account is updated.' },
    { name: "the customer's turn", code: 'Customer: Hi {{agent_name}}, why did I get [CUSTOMER NAME]?' },
    { name: 'brackets with no placeholder word, or filled in', code: 'Agent: See step [1] and the screenshot [image]; your [Order #1042] is fine.' },
    {
      name: 'quoted e-mail history',
      channel: 'email',
      code: 'Agent: Done, thanks.\n  On Mon, 3 Mar 2026 at 10:00, Ana <ana@example.com> wrote:\n  Hi {{first_name}}, your ticket is open.',
    },
    { name: 'ignore option for redaction tokens', code: 'Agent: Thanks [NAME], done.', options: { ignore: ['[name]'] } },
    { name: 'kisses and sizes', code: 'Agent: The XXL is back in stock! Thanks xxx' },
    {
      name: 'a conversation about template syntax',
      code: 'Customer: My email shows "{{order.total}}" instead of the number.\nAgent: The field is called Order total, so use {{form.order_total}} instead of {{order.total}}.',
    },
    {
      name: 'a form the customer is asked to fill in',
      code: 'Agent: Please share the following details so I can verify the account:\n  Phone number - [phone number]\n  Email: [email address]',
    },
    { name: 'a sentence about merge fields', code: 'Agent: In the editor, the merge field {first_name} adds the name for you.' },
    { name: 'Greek quotes with « »: a quoted label, Latin or Greek', code: 'Agent: Πατήστε «Ρυθμίσεις» και μετά «CC» στο κάτω μέρος.' },
    { name: 'Armenian quotes with « »', code: 'Agent: Ընտրեք «Պատվերներ» բաժինը, հետո՝ «CC» կոճակը։' },
  ],
  invalid: [
    {
      name: 'a Word merge field, in English and in a text that quotes with « »',
      code: 'Agent: Dear «FirstName», your order shipped.\nAgent: Αγαπητέ «FIRST_NAME», πατήστε «Αποστολή».',
      errors: [
        { messageId: 'placeholder', line: 1, column: 13, endColumn: 24 },
        { messageId: 'placeholder', line: 2, column: 16, endColumn: 28 },
      ],
    },
    {
      name: 'mustache',
      code: 'Agent: Hi {{first_name}}, your refund is done.',
      errors: [{ messageId: 'placeholder', line: 1, column: 11, endColumn: 25 }],
    },
    {
      name: 'worded placeholder in capitals',
      code: 'Agent: Dear [CUSTOMER NAME], your order shipped.',
      errors: [
        {
          messageId: 'placeholder',
          line: 1,
          column: 13,
          endColumn: 28,
          message: 'Placeholder "[CUSTOMER NAME]" was sent to the customer; fill it in or remove it.',
        },
      ],
    },
    {
      name: 'each placeholder of a message',
      code: 'Agent: Your visit is on <insert date> at XX:XX.',
      errors: [
        { messageId: 'placeholder', line: 1, column: 25, endColumn: 38 },
        { messageId: 'placeholder', line: 1, column: 42, endColumn: 47 },
      ],
    },
    {
      name: 'inside a link',
      code: 'Agent: Track it at https://shop.example/orders/{{order_id}} today.',
      errors: [{ messageId: 'placeholder', line: 1, column: 48, endColumn: 60 }],
    },
    {
      name: 'a bot sends canned text too',
      code: 'Bot: Hi {{first_name}}, how can I help?',
      errors: [{ messageId: 'placeholder', line: 1, column: 9, turn: 0 }],
    },
    {
      name: 'native JSON e-mail, with escapes',
      code: '{"channel":"email","messages":[{"role":"agent","text":"Dear [Name],\\n\\nYour refund of £XX.XX is on its way."}]}',
      errors: [
        { messageId: 'placeholder', line: 1, column: 61, endColumn: 67 },
        { messageId: 'placeholder', line: 1, column: 87, endColumn: 93 },
      ],
    },
    {
      name: '%NAME% on social',
      channel: 'social',
      code: 'Agent: Thanks %NAME%, DM us ^AB',
      errors: [{ messageId: 'placeholder', line: 1, column: 15, endColumn: 21 }],
    },
    {
      name: 'single braces and positional',
      code: 'Agent: Hello {name}, ticket {0} is closed.',
      errors: [
        { messageId: 'placeholder', line: 1, column: 14, endColumn: 20 },
        { messageId: 'placeholder', line: 1, column: 29, endColumn: 32 },
      ],
    },
  ],
});
