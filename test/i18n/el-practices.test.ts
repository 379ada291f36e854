/**
 * Greek (el) locale pack: missing-confirmation, missing-follow-up, no-alternative,
 * slow-response, undocumented and unfilled-placeholder on Greek text, with exact positions
 * (columns are UTF-16 code units; Greek letters, accented or not, are one unit each), and
 * the Greek seed (002, "handling a query") turned into cases for these rules.
 *
 * Every rule has invalid cases with line and column, and valid near-misses: negated,
 * quoted («…» are ordinary Greek quotation marks), the polite or legitimate form, and
 * informal address (εσύ). Cases run with `locale: 'el'`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { builtinRules } from '../../rules/index.js';
import { RuleTester, type InvalidTestCase, type TestCase } from '../../src/rule-tester.js';
import missingConfirmation from '../../rules/missing-confirmation.js';
import missingFollowUp from '../../rules/missing-follow-up.js';
import noAlternative from '../../rules/no-alternative.js';
import slowResponse from '../../rules/slow-response.js';
import undocumented from '../../rules/undocumented.js';
import unfilledPlaceholder from '../../rules/unfilled-placeholder.js';

const root = path.join(import.meta.dirname, '..', '..');
const tester = new RuleTester();
const el = (code: string, name: string, extra: Partial<TestCase> = {}): TestCase => ({ code, name, locale: 'el', filename: 'case.txt', ...extra });
const bad = (code: string, name: string, errors: InvalidTestCase['errors'], extra: Partial<TestCase> = {}): InvalidTestCase => ({ ...el(code, name, extra), errors });
/** A native JSON chat export whose metadata says documentation is expected (or `meta`). */
const chat = (messages: Array<[string, string]>, meta = '{"documentation":"expected"}') =>
  `{"channel":"chat","metadata":${meta},"messages":[${messages.map(([role, text]) => `{"role":"${role}","text":"${text}"}`).join(',')}]}\n`;

// Seed 002's worked example, in the seed's own words (the effective reply's "(ζητήστε τον αριθμό
// παραγγελίας)" written out as the question it stands for).
const SEED_CUSTOMER =
  'Customer: Έχω παραγγείλει ένα μπλε widget την περασμένη εβδομάδα, αλλά έλαβα ένα κόκκινο. Είμαι πραγματικά απογοητευμένος γιατί χρειάζομαι το μπλε για ένα έργο!\n';
const SEED_EFFECTIVE =
  'Agent: Λυπάμαι πολύ που ακούσατε ότι λάβατε το λάθος widget χρώματος, αυτό είναι σίγουρα απογοητευτικό, ειδικά όταν έχετε μια προθεσμία έργου, επιτρέψτε μου να αναζητήσω την παραγγελία σας χρησιμοποιώντας τον αριθμό παραγγελίας σας. Μπορείτε να μου δώσετε τον αριθμό παραγγελίας;\n';
const SEED_INEFFECTIVE = 'Agent: Η πολιτική μας δηλώνει ότι οι επιστροφές χρειάζονται 7-10 εργάσιμες ημέρες. Μπορείτε να συμπληρώσετε αυτή τη φόρμα ...\n';

const RULES = {
  'missing-confirmation': missingConfirmation,
  'missing-follow-up': missingFollowUp,
  'no-alternative': noAlternative,
  'slow-response': slowResponse,
  undocumented,
  'unfilled-placeholder': unfilledPlaceholder,
} as const;
const PART = Object.keys(RULES) as Array<keyof typeof RULES>;

describe('el: missing-confirmation', () => {
  tester.run('missing-confirmation', missingConfirmation, {
    valid: [
      el('Customer: Δεν μπορώ να συνδεθώ.\nAgent: Έκανα επαναφορά του κωδικού σας. Ενημερώστε με αν συνεχίζει το πρόβλημα.\n', 'fix and "let me know if"'),
      el('Customer: Δεν μπορώ να συνδεθώ.\nAgent: Έκανα επαναφορά του κωδικού σας. Αν δεν λειτουργήσει, γράψτε μου εδώ.\n', 'fix and "if it does not work"'),
      el('Customer: Δεν μπορώ να συνδεθώ.\nAgent: Έκανα επαναφορά του κωδικού σας. Παραμένουμε στη διάθεσή σας για οτιδήποτε χρειαστείτε.\n', 'the e-mail closing "στη διάθεσή σας" invites more questions'),
      el('Customer: Δεν μπορώ να συνδεθώ.\nAgent: Έκανα επαναφορά του κωδικού σου. Πες μου αν μπήκες!\n', 'informal address: fix and "πες μου αν…"'),
      el('Customer: Δεν μπορώ να συνδεθώ.\nAgent: Έκανα επαναφορά του κωδικού σας.\nCustomer: Ευχαριστώ.\nAgent: Μπορώ να σας βοηθήσω σε κάτι άλλο;\n', 'the check comes in a later reply'),
      el('Customer: Η εφαρμογή κολλάει.\nAgent: Μην απεγκαταστήσετε την εφαρμογή, θα χάσετε τις σημειώσεις σας.\n', 'negated: "do not uninstall" is no instruction'),
      el('Customer: Δεν έχω ίντερνετ.\nAgent: Θα μπορούσατε να κάνετε επανεκκίνηση στο ρούτερ;\n', 'an instruction asked as a question'),
      el('Customer: Δεν έχω ίντερνετ.\nAgent: Το μήνυμα λέει «δοκιμάστε ξανά αργότερα», οπότε οι τεχνικοί μας το εξετάζουν.\n', 'instruction words inside «…»'),
      el('Customer: Θέλω να ακυρώσω.\nAgent: Όταν ακυρωθεί η παραγγελία, θα σας στείλω email.\nCustomer: Οκ\n', 'pending: "όταν ακυρωθεί" is not done yet'),
      el('Customer: Έχω μια πρόταση.\nAgent: Προσθέσαμε το σχόλιό σας στις προτάσεις βελτίωσης.\n', 'feedback noted is not a solution'),
      el('Customer: Ήρθε σπασμένο.\nAgent: Άλλαξε η διαδικασία επιστροφών τον Μάιο, οπότε η αποστολή γίνεται δωρεάν.\nCustomer: οκ\n', '"άλλαξε" as a past tense, not the informal imperative'),
    ],
    invalid: [
      bad('Customer: Χρεώθηκα δύο φορές.\nAgent: Σας επέστρεψα τη δεύτερη χρέωση.\nCustomer: Ευχαριστώ.\n', 'done for the customer, never checked', [
        { messageId: 'unconfirmed', line: 2, column: 12, endLine: 2, endColumn: 21 },
      ]),
      bad('Customer: Δεν μου έρχονται τα email.\nAgent: Παρακαλώ, ελέγξτε τον φάκελο ανεπιθύμητης αλληλογραφίας.\nCustomer: Εντάξει.\n', 'an imperative after "Παρακαλώ,"', [
        { messageId: 'unconfirmed', line: 2, column: 8, endLine: 2, endColumn: 36 },
      ]),
      bad('Customer: Η εφαρμογή κολλάει.\nAgent: Δοκίμασε να την απεγκαταστήσεις και να την εγκαταστήσεις ξανά.\nCustomer: οκ\n', 'informal address: "Δοκίμασε να…"', [
        { messageId: 'unconfirmed', line: 2, column: 8, endLine: 2, endColumn: 23 },
      ]),
      bad('Customer: Ο λογαριασμός μου κλειδώθηκε.\nAgent: Ο λογαριασμός σας ξεκλειδώθηκε. Τώρα μπορείτε να συνδεθείτε κανονικά.\nCustomer: Ευχαριστώ!\nAgent: Καλή συνέχεια!\n', 'only pleasantries after the solution; reported at the last solution', [
        { messageId: 'unconfirmed', line: 2, column: 45, endLine: 2, endColumn: 67 },
      ]),
    ],
  });

  // Seed 002, "Επιβεβαιώστε την κατανόηση: Αφού προσφέρει μια λύση, επιβεβαιώστε ότι ο πελάτης το
  // καταλαβαίνει. Ρωτήστε αν έχουν περαιτέρω ερωτήσεις."
  tester.run('missing-confirmation', missingConfirmation, {
    valid: [
      el('Customer: Πώς αλλάζω τη διεύθυνση αποστολής;\nAgent: Μπορείτε να την αλλάξετε από τις Ρυθμίσεις του λογαριασμού σας. Έχετε περαιτέρω ερωτήσεις;\n', 'seed 002 — "Ρωτήστε αν έχουν περαιτέρω ερωτήσεις"'),
      el(SEED_CUSTOMER + SEED_EFFECTIVE, 'seed 002 — the effective reply: empathy, a look-up, a question for the order number'),
    ],
    invalid: [
      bad('Customer: Πώς αλλάζω τη διεύθυνση αποστολής;\nAgent: Μπορείτε να την αλλάξετε από τις Ρυθμίσεις του λογαριασμού σας.\nCustomer: Εντάξει.\n', 'seed 002 — the same answer without the check', [
        { messageId: 'unconfirmed', line: 2, column: 8, endLine: 2, endColumn: 32 },
      ]),
      bad(
        SEED_CUSTOMER + SEED_INEFFECTIVE,
        'seed 002 — the ineffective reply hands over a form and never checks',
        [{ messageId: 'unconfirmed', line: 2, column: 84, endLine: 2, endColumn: 108 }],
      ),
    ],
  });
});

describe('el: missing-follow-up', () => {
  tester.run('missing-follow-up', missingFollowUp, {
    valid: [
      el('Customer: Το δέμα μου δεν ήρθε ποτέ.\nAgent: Λυπάμαι πολύ. Προώθησα το αίτημά σας στο αρμόδιο τμήμα και θα λάβετε απάντηση εντός 24 ωρών.\n', 'escalation with a time frame'),
      el('Customer: Χρεώθηκα δύο φορές.\nAgent: Θα σε ενημερώσω αύριο μέχρι τις 12:00.\n', 'informal address: a promise with a time'),
      el('Customer: Η σύνδεση πέφτει.\nAgent: Αν ξανασυμβεί, θα το προωθήσω στην τεχνική ομάδα.\n', 'a conditional promise: nothing is open yet'),
      el('Customer: Η σύνδεση πέφτει.\nAgent: Θέλετε να το προωθήσω στην τεχνική ομάδα;\n', 'an offer asked as a question'),
      el('Customer: Η σύνδεση πέφτει.\nAgent: Δεν χρειάζεται να το προωθήσω στην τεχνική ομάδα, το διόρθωσα ήδη από εδώ.\n', 'negated: no escalation'),
      el('Customer: Έχω μια ιδέα για την εφαρμογή.\nAgent: Ευχαριστούμε! Θα μεταφέρω την πρότασή σας στην ομάδα.\n', 'passing on a suggestion leaves nothing owed'),
      el('Customer: Έφυγε το δέμα;\nAgent: Επιτρέψτε μου να ελέγξω. Βλέπω ότι το δέμα σας έφυγε σήμερα το πρωί από την αποθήκη μας.\n', 'a hold answered in the same reply'),
      el('Customer: Πού είναι η παραγγελία μου;\nAgent: Παραδόθηκε σήμερα το πρωί στη θυρίδα σας.\nCustomer: Όχι, δεν έχω κάτι άλλο, ευχαριστώ\n', 'the customer closes: "δεν έχω κάτι άλλο" is no objection'),
      el('Customer: Πού είναι η παραγγελία μου;\nAgent: Παραδόθηκε σήμερα το πρωί.\nCustomer: Ευχαριστώ για την ενημέρωση!\n', 'thanks for the update is not a request for one'),
      el('Customer: Πού είναι η παραγγελία μου;\nAgent: Παραδόθηκε σήμερα το πρωί.\nCustomer: Παρακαλώ, καλή σας μέρα\n', '"Παρακαλώ" as "you are welcome"'),
      el('Customer: Πού είναι η παραγγελία μου;\nAgent: Παραδόθηκε σήμερα το πρωί.\nCustomer: Κανένα πρόβλημα, το βρήκα τελικά\n', '"κανένα πρόβλημα" is no problem'),
    ],
    invalid: [
      bad('Customer: Το δέμα μου δεν ήρθε ποτέ.\nAgent: Λυπάμαι πολύ. Προώθησα το αίτημά σας στο αρμόδιο τμήμα.\n', 'escalated, no time frame', [
        { messageId: 'openAction', line: 2, column: 22, endLine: 2, endColumn: 62 },
      ]),
      bad('Customer: Χρεώθηκα δύο φορές.\nAgent: Άνοιξα αίτημα στο λογιστήριο.\nCustomer: Εντάξει, ευχαριστώ.\nAgent: Παρακαλώ, καλή σας μέρα!\n', 'a request opened earlier, only pleasantries after', [
        { messageId: 'openActionEarlier', line: 4, column: 8, endLine: 4, endColumn: 32 },
      ]),
      bad('Customer: Χρεώθηκα δύο φορές.\nAgent: Σου ανοίγω αίτημα και θα σε ενημερώσουμε.\nCustomer: οκ\n', 'informal address: "θα σε ενημερώσουμε" with no time', [
        { messageId: 'openAction', line: 2, column: 8, endLine: 2, endColumn: 25 },
      ]),
      bad('Agent: Η παραγγελία σας στάλθηκε σήμερα.\nCustomer: Θα φτάσει πριν την Παρασκευή;\n', 'the customer\'s last question (ending in the Greek ";") is unanswered', [
        { messageId: 'unanswered', line: 2, column: 11, endLine: 2, endColumn: 40 },
      ]),
      bad('Agent: Η παραγγελία σας στάλθηκε σήμερα.\nCustomer: Μα το πλήρωσα ήδη με κάρτα\n', 'the customer\'s objection is unanswered', [
        { messageId: 'unanswered', line: 2, column: 11, endLine: 2, endColumn: 37 },
      ]),
    ],
  });

  // Seed 002, "Παρακολούθηση: … ενημερώστε τον πελάτη πότε μπορούν να περιμένουν μια ενημέρωση."
  tester.run('missing-follow-up', missingFollowUp, {
    valid: [
      el('Customer: Η κάρτα μου χρεώθηκε δύο φορές.\nAgent: Καταχώρισα αίτημα επιστροφής· θα λάβετε ενημέρωση έως αύριο στις 12:00.\n', 'seed 002 — the customer is told when to expect an update'),
      el(SEED_CUSTOMER + SEED_EFFECTIVE, 'seed 002 — the effective reply: the look-up waits for the order number it asks for'),
    ],
    invalid: [
      bad('Customer: Η κάρτα μου χρεώθηκε δύο φορές.\nAgent: Καταχώρισα αίτημα επιστροφής και θα σας ενημερώσουμε.\n', 'seed 002 — an update promised with no "when"', [
        { messageId: 'openAction', line: 2, column: 41, endLine: 2, endColumn: 60 },
      ]),
      bad(SEED_CUSTOMER + SEED_EFFECTIVE + 'Customer: Είναι ο 458812.\n', 'seed 002 — the look-up never comes back once the customer answers', [
        { messageId: 'openAction', line: 2, column: 144, endLine: 2, endColumn: 170 },
      ]),
    ],
  });
});

describe('el: no-alternative', () => {
  tester.run('no-alternative', noAlternative, {
    valid: [
      el('Customer: Μπορείτε να μου επιστρέψετε τα χρήματα;\nAgent: Δεν μπορούμε να σας επιστρέψουμε τα χρήματα, αλλά μπορούμε να σας το ανταλλάξουμε με άλλο μέγεθος.\n', 'a refusal followed by "αλλά μπορούμε…"'),
      el('Customer: Μπορείτε να μου επιστρέψετε τα χρήματα;\nAgent: Δεν μπορούμε να κάνουμε επιστροφή χρημάτων. Μπορώ όμως να σας δώσω δωροεπιταγή ίσης αξίας.\n', 'an option in the next sentence'),
      el('Customer: Μπορείτε να μου επιστρέψετε τα χρήματα;\nAgent: Δεν μπορούμε να σας επιστρέψουμε τα χρήματα, μπορούμε να σας δώσουμε πίστωση στον λογαριασμό σας.\n', 'an option after a comma, with no "but"'),
      el('Customer: Μπορείτε να μου επιστρέψετε τα χρήματα;\nAgent: Δεν μπορούμε να σας επιστρέψουμε τα χρήματα χωρίς την απόδειξη αγοράς.\n', 'a requirement ("χωρίς"), not a refusal'),
      el('Customer: Μπορείτε να μου επιστρέψετε τα χρήματα;\nAgent: Δεν μπορούμε να σας επιστρέψουμε τα χρήματα μέχρι να παραλάβουμε το προϊόν.\n', 'a requirement ("μέχρι να"), not a refusal'),
      el('Customer: Θα ήθελα επιστροφή.\nAgent: Δεν είναι ότι δεν μπορούμε να σας επιστρέψουμε τα χρήματα· απλώς χρειάζεται η απόδειξη.\n', 'negated: "it is not that we cannot"'),
      el('Customer: Γιατί δεν μου απαντάτε;\nAgent: Ο συνάδελφος έγραψε «δεν μπορούμε να το αλλάξουμε», αλλά το έλεγξα και το άλλαξα ήδη.\n', 'a refusal inside «…»'),
      el('Customer: Δεν λειτουργεί.\nAgent: Δεν μπορείτε να συνδεθείτε;\n', 'a question, not a refusal'),
      el('Customer: Μπορείτε να μου πείτε πότε θα έρθει;\nAgent: Δεν μπορώ να σας δώσω ακριβή ημερομηνία, ο κούριερ θα σας καλέσει το πρωί.\n', 'a limit ("ακριβή ημερομηνία"), not a refusal'),
      el('Customer: Μπορείς να μου αλλάξεις το μέγεθος;\nAgent: Δεν γίνεται να αλλάξουμε μέγεθος σε αυτό, μπορώ όμως να σου στείλω το M με δωρεάν μεταφορικά.\n', 'informal address: refusal with an offer'),
      el('Customer: Είμαι πολύ απογοητευμένος.\nAgent: Δεν μπορώ να κάνω τίποτα παραπάνω.\n', '"nothing more I can do" said to a customer who asked for nothing (apathy, not this rule)'),
    ],
    invalid: [
      bad('Customer: Μπορείτε να μου επιστρέψετε τα χρήματα;\nAgent: Δυστυχώς δεν μπορούμε να σας επιστρέψουμε τα χρήματα.\n', 'a flat refusal', [
        { messageId: 'refusal', line: 2, column: 8, endLine: 2, endColumn: 29 },
      ]),
      bad('Customer: Θέλω να το επιστρέψω.\nAgent: Τα προϊόντα σε προσφορά δεν επιστρέφονται.\n', '"not returnable"', [
        { messageId: 'refusal', line: 2, column: 32, endLine: 2, endColumn: 49 },
      ]),
      bad('Customer: Μπορείς να μου αλλάξεις το μέγεθος;\nAgent: Δεν γίνεται, σόρι.\n', 'informal address: a bare no', [
        { messageId: 'refusal', line: 2, column: 8, endLine: 2, endColumn: 19 },
      ]),
      bad('Customer: Μπορείτε να μου επιστρέψετε τα χρήματα;\nAgent: Λυπάμαι, αλλά αυτό δεν είναι δυνατόν. Μπορώ να σας βοηθήσω σε κάτι άλλο;\n', '"anything else?" closes the chat; it offers nothing', [
        { messageId: 'refusal', line: 2, column: 22, endLine: 2, endColumn: 44 },
      ]),
    ],
  });

  // Seed 002, "Προσφορά λύσεων, όχι μόνο πληροφορίες" and "Παρέχετε πολλαπλές επιλογές".
  tester.run('no-alternative', noAlternative, {
    valid: [
      el('Customer: Μπορείτε να μου στείλετε το μπλε σήμερα;\nAgent: Δεν μπορούμε να το στείλουμε σήμερα. Μπορείτε όμως να το παραλάβετε από το κατάστημα ή να σας το φέρει κούριερ αύριο το πρωί· ό,τι σας βολεύει.\n', 'seed 002 — several options in place of the no'),
    ],
    invalid: [
      bad('Customer: Μπορείτε να μου στείλετε το μπλε σήμερα;\nAgent: Δεν μπορούμε να το στείλουμε σήμερα.\n', 'seed 002 — the no alone', [
        { messageId: 'refusal', line: 2, column: 8, endLine: 2, endColumn: 36 },
      ]),
    ],
  });
});

describe('el: slow-response', () => {
  tester.run('slow-response', slowResponse, {
    valid: [
      el('[10:00:00] Customer: Πού είναι η παραγγελία μου;\n[10:00:40] Agent: Μια στιγμή να το ελέγξω.\n[10:02:30] Agent: Η παραγγελία σας στάλθηκε σήμερα.\n', 'a holding message in time'),
      el('[10:00:00] Customer: Πού είναι η παραγγελία μου;\n[10:00:40] Agent: Μια στιγμούλα, το κοιτάω.\n[10:02:30] Agent: Στάλθηκε σήμερα.\n', 'informal holding message'),
      el('[10:00:00] Customer: Πού είναι η παραγγελία μου;\n[10:00:40] Agent: Στάλθηκε σήμερα.\n[10:01:00] Customer: Εντάξει, ευχαριστώ πολύ!\n[10:09:00] Agent: Καλή συνέχεια!\n', 'the customer\'s "Εντάξει, ευχαριστώ" starts no clock'),
      el('[10:00:00] Customer: Πού είναι η παραγγελία μου;\n[10:00:10] Bot: Ένας εκπρόσωπος θα σας εξυπηρετήσει σύντομα.\n[10:01:50] Agent: Γεια σας, το ελέγχω αμέσως.\n[10:03:00] Agent: Στάλθηκε σήμερα.\n', 'a bot\'s queue message restarts the clock'),
      el('[10:00:00] Customer: Πού είναι η παραγγελία μου;\n[10:00:40] Agent: Η επαναφορά διαρκεί ένα λεπτό.\n[10:01:00] Customer: οκ έγινε\n[10:09:00] Agent: Τέλεια!\n', '"διαρκεί ένα λεπτό" is no holding message'),
    ],
    invalid: [
      bad('[10:00:00] Customer: Πού είναι η παραγγελία μου;\n[10:07:00] Agent: Καλημέρα! Η παραγγελία σας στάλθηκε σήμερα.\n', 'seven minutes to the first reply', [
        { messageId: 'firstReply', line: 2, column: 19, endLine: 2, endColumn: 62 },
      ]),
      bad('[10:00:00] Customer: Πού είναι η παραγγελία μου;\n[10:00:40] Agent: Μια στιγμή να το ελέγξω.\n[10:09:30] Agent: Η παραγγελία σας στάλθηκε σήμερα.\n', 'the answer long after the holding message', [
        { messageId: 'afterHold', line: 3, column: 19, endLine: 3, endColumn: 52 },
      ]),
      bad('[10:00:00] Customer: Πού είναι η παραγγελία μου;\n[10:00:40] Agent: Γεια σου! Η παραγγελία στάλθηκε.\n[10:01:00] Customer: Και πότε θα έρθει;\n[10:06:30] Agent: Αύριο.\n', 'informal address: a later reply after five and a half minutes', [
        { messageId: 'reply', line: 4, column: 19, endLine: 4, endColumn: 25 },
      ]),
      bad('[10:00:00] Customer: Πού είναι η παραγγελία μου;\n[10:05:00] Agent: Στο μήνυμα έγραφε «μια στιγμή», αλλά η παραγγελία στάλθηκε.\n', 'a holding phrase inside «…» holds nothing', [
        { messageId: 'firstReply', line: 2, column: 19, endLine: 2, endColumn: 78 },
      ]),
    ],
  });

  // Seed 002, "Εάν δεν γνωρίζετε αμέσως την απάντηση, ενημερώστε τον πελάτη ότι θα μάθετε … Μην τους
  // κρατάτε να περιμένουν επ' αόριστον."
  tester.run('slow-response', slowResponse, {
    valid: [
      el('[10:00:00] Customer: Γιατί χρεώθηκα δύο φορές;\n[10:01:00] Agent: Δεν το γνωρίζω αμέσως, επιτρέψτε μου να το ελέγξω.\n[10:03:30] Agent: Η δεύτερη χρέωση ήταν προέγκριση και θα ακυρωθεί αυτόματα.\n', 'seed 002 — "ενημερώστε τον πελάτη ότι θα μάθετε"'),
    ],
    invalid: [
      bad('[10:00:00] Customer: Γιατί χρεώθηκα δύο φορές;\n[10:12:00] Agent: Η δεύτερη χρέωση ήταν προέγκριση και θα ακυρωθεί αυτόματα.\n', 'seed 002 — the customer kept waiting with no word', [
        { messageId: 'firstReply', line: 2, column: 19, endLine: 2, endColumn: 77 },
      ]),
    ],
  });
});

describe('el: undocumented', () => {
  tester.run('undocumented', undocumented, {
    valid: [
      el(chat([['customer', 'Η κάρτα μου μπλοκαρίστηκε.'], ['agent', 'Ξεμπλόκαρα την κάρτα σας.'], ['system', 'Σύνοψη: η κάρτα ξεμπλοκαρίστηκε.']]), 'a "Σύνοψη:" system line', { filename: 'case.json' }),
      el(chat([['customer', 'Η κάρτα μου μπλοκαρίστηκε.'], ['agent', 'Ξεμπλόκαρα την κάρτα σας.'], ['system', 'Επίλυση: ξεμπλοκάρισμα κάρτας']]), 'an "Επίλυση:" system line', { filename: 'case.json' }),
      el(chat([['customer', 'Η κάρτα μου μπλοκαρίστηκε.'], ['agent', 'Ξεμπλόκαρα την κάρτα σου.'], ['note', 'Μπλοκαρίστηκε από το φίλτρο απάτης· ξεμπλοκαρίστηκε, ο πελάτης ενημερώθηκε.']]), 'informal chat with an internal note', { filename: 'case.json' }),
      el(chat([['customer', 'Η κάρτα μου μπλοκαρίστηκε.'], ['agent', 'Ξεμπλόκαρα την κάρτα σας.']], '{}'), 'documentation not expected', { filename: 'case.json' }),
    ],
    invalid: [
      bad(chat([['customer', 'Η κάρτα μου μπλοκαρίστηκε.'], ['agent', 'Ξεμπλόκαρα την κάρτα σας.']]), 'no note, no summary', [
        { messageId: 'missing', line: 1, column: 151, endLine: 1, endColumn: 176 },
      ], { filename: 'case.json' }),
      bad(chat([['customer', 'Η κάρτα μου μπλοκαρίστηκε.'], ['agent', 'Ξεμπλόκαρα την κάρτα σου.'], ['system', 'Η συνομιλία έκλεισε. Σύνοψη: ξεμπλοκάρισμα.']]), 'a "Σύνοψη:" that does not head its line', [
        { messageId: 'missing', line: 1, column: 151, endLine: 1, endColumn: 176 },
      ], { filename: 'case.json' }),
      bad(chat([['customer', 'Η κάρτα μου μπλοκαρίστηκε.'], ['agent', 'Ξεμπλόκαρα την κάρτα σας.']], '{}'), 'requireNote: documentation expected everywhere', [
        { messageId: 'missing', line: 1, column: 125, endLine: 1, endColumn: 150 },
      ], { filename: 'case.json', options: { requireNote: true } }),
    ],
  });

  // Seed 002, "Τεκμηρίωση της αλληλεπίδρασης: Καταγράψτε το ερώτημα, την παρεχόμενη λύση και το αποτέλεσμα."
  tester.run('undocumented', undocumented, {
    valid: [
      el(chat([['customer', 'Έλαβα λάθος χρώμα.'], ['agent', 'Σας στέλνω σήμερα το σωστό.'], ['note', 'Ερώτημα: λάθος χρώμα. Λύση: αποστολή του σωστού. Αποτέλεσμα: ο πελάτης συμφώνησε.']]), 'seed 002 — query, solution and outcome recorded', { filename: 'case.json' }),
    ],
    invalid: [
      bad(chat([['customer', 'Έλαβα λάθος χρώμα.'], ['agent', 'Σας στέλνω σήμερα το σωστό.']]), 'seed 002 — nothing recorded', [
        { messageId: 'missing', line: 1, column: 143, endLine: 1, endColumn: 170 },
      ], { filename: 'case.json' }),
    ],
  });
});

describe('el: unfilled-placeholder', () => {
  tester.run('unfilled-placeholder', unfilledPlaceholder, {
    valid: [
      el('Customer: Πότε θα έρθει;\nAgent: Γεια σας κυρία Παπαδοπούλου, η παραγγελία [#1042] θα έρθει αύριο.\n', 'filled in; a bracket with a number'),
      el('Customer: Πώς αλλάζω τη διεύθυνση;\nAgent: Πατήστε «Αποθήκευση αλλαγών» στο κάτω μέρος της σελίδας.\n', 'a button label in «…» is a quotation, not a field'),
      el('Customer: Πώς αλλάζω τη διεύθυνση;\nAgent: Στο πεδίο «Όνομα πελάτη» γράψτε το ονοματεπώνυμό σας.\n', 'a field name in «…», quoted'),
      el('Customer: Τι γράφει το email;\nAgent: Το πρότυπο έγραφε "Γεια σας [ΟΝΟΜΑ]", γι\' αυτό το είδατε έτσι· το διορθώσαμε.\n', 'a placeholder quoted while explaining the mistake'),
      el('Customer: Πώς στήνω το πρότυπο;\nAgent: Στο πρότυπο γράψτε {ΟΝΟΜΑ} και το σύστημα βάζει μόνο του το όνομα.\n', 'a sentence about template syntax'),
      el('Customer: Ποια κάρτα χρεώθηκε;\nAgent: Χρεώθηκε η κάρτα ΧΧΧΧ-ΧΧΧΧ-ΧΧΧΧ-1234.\n', 'a masked card number'),
      el('Customer: Θέλω να κάνω επιστροφή.\nAgent: Παρακαλώ στείλτε μας τα εξής:\nΌνομα: [όνομα]\nΤηλέφωνο: [τηλέφωνο]\n', 'a form the customer is asked to fill in'),
      el('Customer: Γεια!\nAgent: Γεια σου Νίκο! Η παραγγελία σου φεύγει αύριο.\n', 'informal address, filled in'),
    ],
    invalid: [
      bad('Customer: Πότε θα έρθει;\nAgent: Γεια σας [ΟΝΟΜΑ ΠΕΛΑΤΗ], η παραγγελία σας θα έρθει αύριο.\n', 'a worded placeholder in capitals', [
        { messageId: 'placeholder', line: 2, column: 17, endLine: 2, endColumn: 31 },
      ]),
      bad('Customer: Πότε θα έρθει;\nAgent: Αγαπητέ {ΟΝΟΜΑ}, η παραγγελία σας θα παραδοθεί στις [εισάγετε ημερομηνία].\n', 'Greek template syntax and an "insert date" placeholder', [
        { messageId: 'placeholder', line: 2, column: 16, endLine: 2, endColumn: 23 },
        { messageId: 'placeholder', line: 2, column: 60, endLine: 2, endColumn: 81 },
      ]),
      bad('Customer: Πότε θα επιστραφούν;\nAgent: Θα επιστραφούν ΧΧ,ΧΧ € στις ΧΧ/ΧΧ/ΧΧΧΧ.\n', 'dummy values typed with the Greek Χ', [
        { messageId: 'placeholder', line: 2, column: 23, endLine: 2, endColumn: 30 },
        { messageId: 'placeholder', line: 2, column: 36, endLine: 2, endColumn: 46 },
      ]),
      bad('Customer: Πότε θα έρθει;\nAgent: Αγαπητέ «όνομα πελάτη», η παραγγελία σας θα έρθει αύριο.\n', 'a name field in «…» right after the salutation', [
        { messageId: 'placeholder', line: 2, column: 16, endLine: 2, endColumn: 30 },
      ]),
      bad('Customer: Πότε θα έρθει;\nAgent: Γεια σου {{όνομα}}! Έρχεται αύριο.\n', 'informal address: a mustache field with a Greek name', [
        { messageId: 'placeholder', line: 2, column: 17, endLine: 2, endColumn: 26 },
      ]),
    ],
  });

  // Seed 002, "Ακρίβεια: Βεβαιωθείτε ότι οι πληροφορίες που παρέχετε είναι σωστές."
  tester.run('unfilled-placeholder', unfilledPlaceholder, {
    valid: [
      el('Customer: Πότε θα επιστραφούν τα χρήματα;\nAgent: Θα επιστραφούν 24,90 € στην κάρτα σας έως τις 14/5.\n', 'seed 002 — the amount and the date filled in'),
    ],
    invalid: [
      bad('Customer: Πότε θα επιστραφούν τα χρήματα;\nAgent: Θα επιστραφούν [ποσό] στην κάρτα σας σε ΧΧ εργάσιμες ημέρες.\n', 'seed 002 — amount and days never filled in', [
        { messageId: 'placeholder', line: 2, column: 23, endLine: 2, endColumn: 29 },
        { messageId: 'placeholder', line: 2, column: 48, endLine: 2, endColumn: 50 },
      ]),
    ],
  });
});
