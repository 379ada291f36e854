/**
 * What every locale pack must give, checked the same way for each: no phrase rule
 * silently inactive (every category of the English lexicon has entries), every message
 * translated with its placeholders, and conversations read in their own language —
 * detected from the script, per turn in a mixed conversation, links not counted.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { builtinRules } from '../../rules/index.js';
import runaround from '../../rules/runaround.js';
import { RuleTester } from '../../src/rule-tester.js';
import { detectLocale } from '../../src/text/locale.js';
import { run, tempProject } from '../helpers.js';

const root = path.join(import.meta.dirname, '..', '..');
const load = <T>(file: string) => parse(readFileSync(path.join(root, file), 'utf8')) as T;
type Lexicon = Record<string, Record<string, string[]>>;
const en = load<Lexicon>('rules/lexicon/en.yaml');

describe.each(['el', 'hy', 'ka'])('locale pack %s', (locale) => {
  const lexicon = load<Lexicon>(`rules/lexicon/${locale}.yaml`);
  const messages = load<Record<string, Record<string, string>>>(`rules/messages/${locale}.yaml`);

  it('has entries for every group and category of the English lexicon', () => {
    const missing = Object.entries(en).flatMap(([group, categories]) =>
      Object.keys(categories).filter((category) => !lexicon[group]?.[category]?.length).map((category) => `${group}.${category}`),
    );
    expect(missing).toEqual([]);
  });

  it('has no group or category the English lexicon lacks (a typo would be silently unused)', () => {
    const extra = Object.entries(lexicon).flatMap(([group, categories]) =>
      Object.keys(categories ?? {}).filter((category) => !en[group]?.[category]).map((category) => `${group}.${category}`),
    );
    expect(extra).toEqual([]);
  });

  it('translates every message of every rule, keeping the placeholders', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
    const problems: string[] = [];
    for (const [id, rule] of builtinRules) {
      for (const [messageId, english] of Object.entries(rule.meta.messages ?? {})) {
        const translated = messages[id]?.[messageId];
        if (!translated) problems.push(`${id}.${messageId}: missing`);
        else if (placeholders(translated).join() !== placeholders(english).join()) problems.push(`${id}.${messageId}: placeholders`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('locale resolution', () => {
  it('detects Greek, Armenian and Georgian from the script, Latin as the default', () => {
    expect(detectLocale('Καλησπέρα σας, πού είναι η παραγγελία μου;')).toBe('el');
    expect(detectLocale('Բարև Ձեզ, որտե՞ղ է պատվերս։')).toBe('hy');
    expect(detectLocale('გამარჯობა, სად არის ჩემი შეკვეთა?')).toBe('ka');
    expect(detectLocale('Hello, where is my order?')).toBe('en');
    expect(detectLocale('Hallo, wo ist meine Bestellung?', 'de')).toBe('de');
    expect(detectLocale('12345 !!!')).toBe('en');
  });

  it('does not count links and addresses as Latin words', () => {
    expect(detectLocale('Δείτε εδώ: https://www.example-shop.com/returns/form-page?id=12345 ή γράψτε στο support@example-shop.com')).toBe('el');
    expect(detectLocale('გადადით https://www.magti.ge/support/faq/internet-settings-mobile')).toBe('ka');
    // A social reply opens with the customer's @handle: «@nikos_k Οκ.» is still Greek.
    expect(detectLocale('@nikos_k Οκ.')).toBe('el');
  });

  it('reads each turn of a mixed conversation in its own language and reports the conversation locale in JSON', async () => {
    // A Greek customer answered in English: the English redirect is found by the English lexicon.
    const dir = tempProject({ 'chat.txt': 'Customer: Καλησπέρα, πού είναι η παραγγελία μου; Δεν έχει έρθει ακόμα.\nAgent: Please visit our website.\n' });
    const { stdout } = await run(['chat.txt', '-f', 'json'], { cwd: dir });
    const [result] = JSON.parse(stdout);
    expect(result.transcripts[0].locale).toBe('el');
    expect(result.messages.find((m: { ruleId: string }) => m.ruleId === 'runaround')).toMatchObject({ line: 2, column: 15 });
  });

  it('--message-locale writes the findings in Greek, Armenian or Georgian', async () => {
    const dir = tempProject({ 'chat.txt': 'Agent: Please visit our website.\n' });
    for (const [locale, pattern] of [['el', /\p{Script=Greek}{3}/u], ['hy', /\p{Script=Armenian}{3}/u], ['ka', /\p{Script=Georgian}{3}/u]] as const) {
      const { stdout } = await run(['chat.txt', '-f', 'json', '--message-locale', locale], { cwd: dir });
      const finding = JSON.parse(stdout)[0].messages.find((m: { ruleId: string }) => m.ruleId === 'runaround');
      expect(finding.message, locale).toMatch(pattern);
      expect(finding.message, locale).toContain('visit our website');
    }
  });

  it('honours a configured locale over detection', () => {
    const tester = new RuleTester();
    // Told it is English, a Greek redirect finds nothing: the English lexicon has no Greek.
    const { messages } = tester.lint('runaround', runaround, { code: 'Agent: Επισκεφθείτε την ιστοσελίδα μας.\n', locale: 'en' });
    expect(messages).toEqual([]);
  });
});

describe('translated values inside translated messages', () => {
  it('puts Greek words and units where a rule fills in English ones (reason, what, durations)', async () => {
    const chat = {
      channel: 'chat',
      messages: [
        { role: 'customer', text: 'Είναι απαράδεκτο! Η παραγγελία μου άργησε τρεις μέρες.', timestamp: '2026-03-02T09:00:00Z' },
        { role: 'agent', text: 'Οκ.', timestamp: '2026-03-02T09:07:30Z' },
      ],
    };
    const dir = tempProject({ 'chat.json': JSON.stringify(chat) });
    const { stdout } = await run(['chat.json', '-f', 'json', '--message-locale', 'el'], { cwd: dir });
    const messages = JSON.parse(stdout)[0].messages as Array<{ ruleId: string; message: string }>;
    const cold = messages.find((m) => m.ruleId === 'coldness')!;
    expect(cold.message).toContain('είναι αναστατωμένος');
    expect(cold.message).not.toContain('is upset');
    const slow = messages.find((m) => m.ruleId === 'slow-response')!;
    expect(slow.message).toMatch(/7 λεπ\. 30 δευτ\./);
    expect(slow.message).not.toMatch(/\bmin\b/);
  });
});

describe('seed 002, the Greek worked example, end to end', () => {
  const customer = 'Customer: Έχω παραγγείλει ένα μπλε widget την περασμένη εβδομάδα, αλλά έλαβα ένα κόκκινο. Είμαι πραγματικά απογοητευμένος γιατί χρειάζομαι το μπλε για ένα έργο!\n';
  const lint = async (agent: string) => {
    const dir = tempProject({ 'seed.txt': `${customer}Agent: ${agent}\n` });
    const { stdout } = await run(['seed.txt', '-f', 'json'], { cwd: dir });
    const [result] = JSON.parse(stdout);
    return { locale: result.transcripts[0].locale, found: result.messages.map((m: { ruleId: string; line: number; column: number; endColumn: number }) => [m.ruleId, m.line, m.column, m.endColumn]) };
  };

  it('the ineffective reply: rule-book at the policy, runaround at the form, read as Greek without being told', async () => {
    const { locale, found } = await lint('Η πολιτική μας δηλώνει ότι οι επιστροφές χρειάζονται 7-10 εργάσιμες ημέρες. Μπορείτε να συμπληρώσετε αυτή τη φόρμα ...');
    expect(locale).toBe('el');
    expect(found).toContainEqual(['rule-book', 2, 8, 30]);
    expect(found).toContainEqual(['runaround', 2, 84, 122]);
  });

  it('the effective reply raises neither', async () => {
    const { found } = await lint(
      'Λυπάμαι πολύ που ακούσατε ότι λάβατε το λάθος widget χρώματος, αυτό είναι σίγουρα απογοητευτικό, ειδικά όταν έχετε μια προθεσμία έργου, επιτρέψτε μου να αναζητήσω την παραγγελία σας χρησιμοποιώντας τον αριθμό παραγγελίας σας. Μπορείτε να μου δώσετε τον αριθμό παραγγελίας;',
    );
    expect(found.map((f: unknown[]) => f[0])).not.toContain('rule-book');
    expect(found.map((f: unknown[]) => f[0])).not.toContain('runaround');
    expect(found.map((f: unknown[]) => f[0])).not.toContain('apathy');
  });
});
