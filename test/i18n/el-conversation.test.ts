/**
 * Greek (el) locale pack: runaround, rule-book, robotism, apathy and
 * assumption (lexicon blocks of their own), missing-thanks (language.thanks) and
 * readability (structural) on Greek text, with exact positions (columns are
 * UTF-16 code units; Greek letters, accented or not, are one unit each).
 *
 * "Handling a query" (seed 002, Greek) is turned into cases: its ineffective reply
 * ("Η πολιτική μας δηλώνει ότι … Μπορείτε να συμπληρώσετε αυτή τη φόρμα …") raises
 * rule-book and runaround, its effective reply raises neither.
 *
 * Cases run with `locale: 'el'`; one case checks that a Greek transcript is read as
 * Greek without being told.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { builtinRules } from '../../rules/index.js';
import { RuleTester, type InvalidTestCase, type TestCase } from '../../src/rule-tester.js';
import apathy from '../../rules/apathy.js';
import assumption from '../../rules/assumption.js';
import missingThanks from '../../rules/missing-thanks.js';
import readability from '../../rules/readability.js';
import robotism from '../../rules/robotism.js';
import ruleBook from '../../rules/rule-book.js';
import runaround from '../../rules/runaround.js';
import noAlternative from '../../rules/no-alternative.js';
import coldness from '../../rules/coldness.js';
import condescension from '../../rules/condescension.js';
import missingFollowUp from '../../rules/missing-follow-up.js';
import unfilledPlaceholder from '../../rules/unfilled-placeholder.js';

const root = path.join(import.meta.dirname, '..', '..');
const tester = new RuleTester();
const el = (code: string, name: string, extra: Partial<TestCase> = {}): TestCase => ({ code, name, locale: 'el', ...extra });
const bad = (code: string, name: string, errors: InvalidTestCase['errors'], extra: Partial<TestCase> = {}): InvalidTestCase => ({ ...el(code, name, extra), errors });

/** The lexicon blocks of part 1, and the rules whose messages part 1 translates. */
const GROUPS = ['runaround', 'rule-book', 'robotism', 'apathy', 'assumption'];
const RULES = [...GROUPS, 'missing-thanks', 'readability'];

describe('el: reading Greek', () => {
  const en = parse(readFileSync(path.join(root, 'rules/lexicon/en.yaml'), 'utf8')) as Record<string, Record<string, string[]>>;
  const lexicon = parse(readFileSync(path.join(root, 'rules/lexicon/el.yaml'), 'utf8')) as Record<string, Record<string, string[]>>;
  const messages = parse(readFileSync(path.join(root, 'rules/messages/el.yaml'), 'utf8')) as Record<string, Record<string, string>>;

  it('language.thanks exists for missing-thanks', () => {
    expect(lexicon.language.thanks.length).toBeGreaterThan(0);
  });

  it('reads a Greek transcript as Greek without being told', () => {
    const { messages: found } = tester.lint('runaround', runaround, { code: 'Customer: Πώς κάνω επιστροφή;\nAgent: Επισκεφθείτε την ιστοσελίδα μας.\n' });
    expect(found.map((m) => [m.line, m.column, m.endColumn])).toEqual([[2, 8, 39]]);
  });

  it('matches without accents and in capitals, final sigma folded', () => {
    const { messages: found } = tester.lint('runaround', runaround, { code: 'Customer: Πως κανω επιστροφη;\nAgent: ΕΠΙΣΚΕΦΘΕΙΤΕ ΤΗΝ ΙΣΤΟΣΕΛΙΔΑ ΜΑΣ.\n', locale: 'el' });
    expect(found.map((m) => [m.line, m.column, m.endColumn])).toEqual([[2, 8, 39]]);
  });

  it('seed 002: the ineffective reply raises rule-book and runaround, the effective one neither', () => {
    const customer = 'Customer: Έχω παραγγείλει ένα μπλε widget την περασμένη εβδομάδα, αλλά έλαβα ένα κόκκινο. Είμαι πραγματικά απογοητευμένος γιατί χρειάζομαι το μπλε για ένα έργο!\n';
    const ineffective = `${customer}Agent: Η πολιτική μας δηλώνει ότι οι επιστροφές χρειάζονται 7-10 εργάσιμες ημέρες. Μπορείτε να συμπληρώσετε αυτή τη φόρμα ...\n`;
    const effective = `${customer}Agent: Λυπάμαι πολύ που ακούσατε ότι λάβατε το λάθος widget χρώματος, αυτό είναι σίγουρα απογοητευτικό, ειδικά όταν έχετε μια προθεσμία έργου, επιτρέψτε μου να αναζητήσω την παραγγελία σας χρησιμοποιώντας τον αριθμό παραγγελίας σας.\n`;
    const raised = (code: string) =>
      [['rule-book', ruleBook], ['runaround', runaround]].filter(([id, rule]) => tester.lint(id as string, rule as typeof runaround, { code, locale: 'el', filename: 'case.txt' }).messages.length > 0).map(([id]) => id);
    expect(raised(ineffective)).toEqual(['rule-book', 'runaround']);
    expect(raised(effective)).toEqual([]);
  });
});

describe("el: runaround, rule-book, robotism, apathy, assumption, missing-thanks, readability on Greek text", () => {
  tester.run("runaround", runaround, {
    valid: [
      el("Customer: Πώς αλλάζω τη διεύθυνση αποστολής;\nAgent: Δεν χρειάζεται να επισκεφθείτε την ιστοσελίδα μας· την άλλαξα εγώ τώρα.\n", "negated redirect (\"Δεν χρειάζεται να επισκεφθείτε…\")", { filename: "case.txt" }),
      el("Customer: Πώς κάνω επιστροφή;\nAgent: Δεν θα σας στείλω στην ιστοσελίδα ούτε σε φόρμα· ετοίμασα εγώ την επιστροφή και ο κούριερ περνά αύριο.\n", "negated: \"Δεν θα σας στείλω στην ιστοσελίδα…\"", { filename: "case.txt" }),
      el("Customer: Ο συνάδελφός σας μου έγραψε να πάω στο site.\nAgent: Βλέπω ότι σας γράψαμε «Επισκεφθείτε την ιστοσελίδα μας». Συγγνώμη γι' αυτό, το τακτοποιώ εγώ τώρα.\n", "quoted redirect", { filename: "case.txt" }),
      el("Customer: Τι ώρα κλείνετε;\nAgent: Είμαστε ανοιχτά έως τις 21:00. Μπορείτε επίσης να δείτε το ωράριο όλων των καταστημάτων στην ιστοσελίδα μας.\n", "a pointer on top of help given (\"επίσης\")", { filename: "case.txt" }),
      el("Customer: Πώς κάνω επιστροφή;\nAgent: Άνοιξε την εφαρμογή, πάτα «Οι παραγγελίες μου» και επίλεξε την παραγγελία. Αν θες, ρίξε μια ματιά και στο κέντρο βοήθειας.\n", "informal, steps written out", { filename: "case.txt" }),
    ],
    invalid: [
      bad("Customer: Πώς αλλάζω το πρόγραμμά μου;\nAgent: Επισκεφθείτε την ιστοσελίδα μας.\n", "visit our website", [
        { messageId: "redirect", line: 2, column: 8, endLine: 2, endColumn: 39 },
      ], { filename: "case.txt" }),
      bad("Customer: Πού είναι το δέμα μου;\nAgent: Ρίξε μια ματιά στο κέντρο βοήθειας, εκεί θα βρεις τα πάντα.\n", "informal: have a look at the help centre", [
        { messageId: "redirect", line: 2, column: 8, endLine: 2, endColumn: 42 },
      ], { filename: "case.txt" }),
      bad("Customer: Πώς αλλάζω το πρόγραμμά μου;\nAgent: Όλες οι πληροφορίες βρίσκονται στην ιστοσελίδα μας.\n", "all the information is on our website", [
        { messageId: "redirect", line: 2, column: 8, endLine: 2, endColumn: 58 },
      ], { filename: "case.txt" }),
      bad("Customer: Δεν έχω ίντερνετ.\nAgent: Θα πρέπει να καλέσετε το τηλεφωνικό κέντρο στο 800 11 12345.\n", "call another number", [
        { messageId: "redirect", line: 2, column: 8, endLine: 2, endColumn: 67 },
      ], { filename: "case.txt" }),
      bad("Customer: Πώς κάνω επιστροφή;\nAgent: Δείτε εδώ: https://lumen.gr/epistrofes\n", "a verb before a link runs on to the end of the link", [
        { messageId: "redirect", line: 2, column: 8, endLine: 2, endColumn: 46 },
      ], { filename: "case.txt" }),
      bad("Customer: Πώς κάνω παράπονο;\nAgent: Κατεβάστε το έντυπο παραπόνων και στείλτε το στο complaints@example.gr.\n", "form, then an address", [
        { messageId: "redirect", line: 2, column: 8, endLine: 2, endColumn: 27 },
        { messageId: "redirect", line: 2, column: 42, endLine: 2, endColumn: 78 },
      ], { filename: "case.txt" }),
    ],
  });
  tester.run("rule-book", ruleBook, {
    valid: [
      el("Customer: Μπορώ να το αλλάξω μετά από 40 μέρες;\nAgent: Σύμφωνα με την πολιτική μας οι αλλαγές γίνονται μέσα σε 30 ημέρες, αλλά μπορώ να κάνω μια εξαίρεση για εσάς.\n", "policy with an alternative", { filename: "case.txt" }),
      el("Customer: Γιατί δεν μου επιστρέφετε τα χρήματα;\nAgent: Η πολιτική μας λέει ότι δεν γίνεται επιστροφή σε προσφορές, αλλά θα σου στείλω μια δωροεπιταγή ίδιας αξίας.\n", "informal, policy and an offer", { filename: "case.txt" }),
      el("Customer: Θέλω να το επιστρέψω.\nAgent: Σύμφωνα με τους όρους, η επιστροφή δεν είναι δυνατή μετά από 30 ημέρες. Θέλετε να σας το αλλάξουμε με κάτι άλλο;\n", "policy and an offer as a question", { filename: "case.txt" }),
      el("Customer: Μου γράψατε ότι δεν γίνεται.\nAgent: Βλέπω ότι σας γράψαμε «Η πολιτική μας δεν επιτρέπει αλλαγές». Ήταν λάθος· η αλλαγή έγινε σήμερα.\n", "quoted policy", { filename: "case.txt" }),
    ],
    invalid: [
      bad("Customer: Θέλω επιστροφή χρημάτων.\nAgent: Σύμφωνα με τους όρους χρήσης, δεν γίνονται επιστροφές μετά τις 14 ημέρες.\n", "per the terms of use, and nothing else", [
        { messageId: "policy", line: 2, column: 8, endLine: 2, endColumn: 29 },
      ], { filename: "case.txt" }),
      bad("Customer: Γιατί δεν μπορώ να πάρω πίσω τα χρήματα;\nAgent: Αυτή είναι η πολιτική της εταιρείας.\n", "that is company policy", [
        { messageId: "policy", line: 2, column: 8, endLine: 2, endColumn: 43 },
      ], { filename: "case.txt" }),
      bad("Customer: Δεν μπορείτε να κάνετε μια εξαίρεση;\nAgent: Λυπάμαι, οι κανόνες είναι κανόνες.\n", "rules are rules", [
        { messageId: "policy", line: 2, column: 17, endLine: 2, endColumn: 41 },
      ], { filename: "case.txt" }),
    ],
  });
  tester.run("robotism", robotism, {
    valid: [
      el("Customer: Καλησπέρα, δεν μου ήρθε ο λογαριασμός του μήνα.\nAgent: Καλησπέρα σας! Λυπάμαι για την ταλαιπωρία. Μου δίνετε τον αριθμό συμβολαίου σας;\n", "greeting and acknowledgement first", { filename: "case.txt" }),
      el("Customer: Γεια, το δέμα μου δεν ήρθε.\nAgent: Γεια σου! Κρίμα, ας το δούμε. Στείλε μου τον αριθμό παραγγελίας σου.\n", "informal, greeting first", { filename: "case.txt" }),
      el("Customer: Πού είναι η παραγγελία μου;\nAgent: Δεν χρειάζομαι τον αριθμό παραγγελίας σας, τη βρήκα ήδη: φτάνει αύριο.\n", "negated: the agent does not need the number", { filename: "case.txt" }),
      el("Customer: Θέλω να αλλάξω πρόγραμμα.\nAgent: Ευχαριστούμε που επικοινωνήσατε! Ποιος είναι ο αριθμός συμβολαίου σας;\n", "thanks first", { filename: "case.txt" }),
    ],
    invalid: [
      bad("Customer: Καλησπέρα, δεν μου ήρθε ο λογαριασμός του μήνα.\nAgent: Στείλτε μου τον αριθμό συμβολαίου σας.\n", "numbers first", [
        { messageId: "detailsFirst", line: 2, column: 8, endLine: 2, endColumn: 45 },
      ], { filename: "case.txt" }),
      bad("Customer: Γεια σας, δεν μου ήρθε ο λογαριασμός.\nAgent: Αριθμός συμβολαίου;\n", "numbers as a bare question", [
        { messageId: "detailsFirst", line: 2, column: 8, endLine: 2, endColumn: 27 },
      ], { filename: "case.txt" }),
      bad("Customer: Έχω πρόβλημα με το ίντερνετ.\nAgent: Μου δίνετε το ΑΦΜ σας;\n", "the phone idiom \"Μου δίνετε…;\"", [
        { messageId: "detailsFirst", line: 2, column: 8, endLine: 2, endColumn: 29 },
      ], { filename: "case.txt" }),
      bad("Customer: Χρεώθηκα δύο φορές.\nAgent: Στείλε μου το κινητό σου.\n", "informal demand", [
        { messageId: "detailsFirst", line: 2, column: 8, endLine: 2, endColumn: 32 },
      ], { filename: "case.txt" }),
      bad("Customer: Πότε έρχεται η παραγγελία μου;\nAgent: Καλημέρα! Η παραγγελία σας θα παραδοθεί μέσα σε τρεις εργάσιμες ημέρες από σήμερα.\nCustomer: Δηλαδή πότε ακριβώς;\nAgent: Η παραγγελία σας θα παραδοθεί μέσα σε τρεις εργάσιμες ημέρες από σήμερα.\n", "the same text pasted twice", [
        { messageId: "repeated", line: 4, column: 8, endLine: 4, endColumn: 80 },
      ], { filename: "case.txt" }),
    ],
  });
  tester.run("apathy", apathy, {
    valid: [
      el("Customer: Γιατί μπλοκαρίστηκε η κάρτα μου;\nAgent: Δεν ξέρω ακόμα, αλλά θα ρωτήσω και θα σας ενημερώσω σε 10 λεπτά.\n", "indifferent line with a next step", { filename: "case.txt" }),
      el("Customer: Δεν είμαι θυμωμένος, απλώς ρωτάω πότε έρχεται.\nAgent: Έρχεται αύριο μέχρι τις 14:00.\n", "negated frustration", { filename: "case.txt" }),
      el("Customer: Βαρέθηκα να περιμένω!\nAgent: Σε καταλαβαίνω, συγγνώμη για την αναμονή. Το δέμα σου φεύγει σήμερα.\n", "informal acknowledgement", { filename: "case.txt" }),
      el("Customer: Ο συνάδελφός σας μού είπε απλώς «δεν ξέρω».\nAgent: Ζητώ συγγνώμη γι' αυτό. Θα το ελέγξω εγώ και θα σας απαντήσω έως τις 15:00.\n", "quoted shrug, then a plan", { filename: "case.txt" }),
    ],
    invalid: [
      bad("Customer: Βαρέθηκα να σας παίρνω τηλέφωνο, κανείς δεν μου απαντάει!\nAgent: Ο τεχνικός θα έρθει την Πέμπτη.\n", "frustration never acknowledged", [
        { messageId: "unacknowledged", line: 2, column: 8, endLine: 2, endColumn: 39 },
      ], { filename: "case.txt" }),
      bad("Customer: Η μπαταρία δεν φορτίζει.\nAgent: Δεν ξέρω.\n", "indifferent reply", [
        { messageId: "indifferent", line: 2, column: 8, endLine: 2, endColumn: 16 },
      ], { filename: "case.txt" }),
      bad("Customer: Η μπαταρία δεν φορτίζει.\nAgent: Δεν μπορούμε να κάνουμε τίποτα γι' αυτό.\n", "nothing we can do", [
        { messageId: "indifferent", line: 2, column: 8, endLine: 2, endColumn: 47 },
      ], { filename: "case.txt" }),
      bad("Customer: Με χρέωσαν δύο φορές για την ίδια παραγγελία.\nAgent: Η πληρωμή θα εμφανιστεί σωστά στην επόμενη κίνηση.\n", "a grievance (charged twice) never acknowledged, informal", [
        { messageId: "unacknowledged", line: 2, column: 8, endLine: 2, endColumn: 58 },
      ], { filename: "case.txt" }),
    ],
  });
  tester.run("assumption", assumption, {
    valid: [
      el("Customer: Γεια σας, η εφαρμογή σας δεν λειτουργεί.\nAgent: Λυπάμαι γι' αυτό! Τι ακριβώς βλέπετε όταν την ανοίγετε;\n", "a clarifying question first", { filename: "case.txt" }),
      el("Customer: Η εφαρμογή δεν ανοίγει.\nAgent: Για να καταλάβω σωστά: δεν ανοίγει καθόλου ή κλείνει μετά τη σύνδεση. Στο μεταξύ, κάντε επανεκκίνηση στο κινητό.\n", "a paraphrase without a question mark", { filename: "case.txt" }),
      el("Customer: Η εφαρμογή κολλάει κάθε φορά που πατάω πληρωμή.\nAgent: Δοκιμάστε να την εγκαταστήσετε ξανά.\n", "a specific problem (\"κάθε φορά που…\")", { filename: "case.txt" }),
      el("Customer: Το κινητό μου δεν δουλεύει.\nAgent: Τι ακριβώς κάνει; Ανάβει καθόλου;\n", "informal, asks first", { filename: "case.txt" }),
    ],
    invalid: [
      bad("Customer: Γεια σας, η εφαρμογή σας δεν λειτουργεί.\nAgent: Κάντε επανεκκίνηση στο κινητό και εγκαταστήστε ξανά την εφαρμογή.\n", "restart on a vague problem", [
        { messageId: "assumed", line: 2, column: 8, endLine: 2, endColumn: 26 },
      ], { filename: "case.txt" }),
      bad("Customer: Έχω ένα πρόβλημα με τον λογαριασμό μου.\nAgent: Σας έκανα επαναφορά κωδικού, δοκιμάστε ξανά.\n", "an action taken on a guess", [
        { messageId: "assumed", line: 2, column: 8, endLine: 2, endColumn: 27 },
      ], { filename: "case.txt" }),
      bad("Customer: Καλησπέρα, το κινητό μου δεν δουλεύει.\nAgent: Μπορείτε να δοκιμάσετε να το επανεκκινήσετε.\n", "an instruction with a modal", [
        { messageId: "assumed", line: 2, column: 8, endLine: 2, endColumn: 30 },
      ], { filename: "case.txt" }),
      bad("Customer: Βοήθεια παρακαλώ!\nAgent: Λοιπόν, κάνε επανεκκίνηση στο ρούτερ.\n", "informal: help please → restart the router", [
        { messageId: "assumed", line: 2, column: 8, endLine: 2, endColumn: 33 },
      ], { filename: "case.txt" }),
    ],
  });
  tester.run("missing-thanks", missingThanks, {
    valid: [
      el("Customer: Πού είναι η παραγγελία μου;\nAgent: Σας ευχαριστούμε για την υπομονή σας. Φτάνει αύριο.\n", "thanks for the patience", { filename: "case.txt" }),
      el("Customer: Περίμενα πολύ.\nAgent: Εκτιμούμε την κατανόησή σας. Το θέμα λύθηκε.\n", "appreciation", { filename: "case.txt" }),
      el("Customer: Μπορείς να μου αλλάξεις την ώρα παράδοσης;\nAgent: Έγινε, την άλλαξα για τις 18:00. Σ' ευχαριστώ!\n", "informal thanks", { filename: "case.txt" }),
    ],
    invalid: [
      // «Να 'σαι καλά» answers thanks ("you're welcome"); it thanks nobody.
      bad("Customer: Μπορείς να μου αλλάξεις την ώρα παράδοσης;\nAgent: Έγινε, την άλλαξα για τις 18:00. Να 'σαι καλά!\n", "«να 'σαι καλά» is no thanks", [
        { messageId: "missing", line: 2, column: 8, endLine: 2, endColumn: 54 },
      ], { filename: "case.txt" }),
      bad("Customer: Θέλω να αυξήσω το όριο της κάρτας μου.\nAgent: Το όριο αυξήθηκε στα 3.000 ευρώ.\n", "never thanks", [
        { messageId: "missing", line: 2, column: 8, endLine: 2, endColumn: 40 },
      ], { filename: "case.txt" }),
      bad("Customer: Πότε έρχεται ο τεχνικός;\nAgent: Καλημέρα! Την Πέμπτη μεταξύ 9 και 12.\nCustomer: Εντάξει.\nAgent: Καλή συνέχεια.\n", "reported on the last agent reply", [
        { messageId: "missing", line: 4, column: 8, endLine: 4, endColumn: 22 },
      ], { filename: "case.txt" }),
      bad("Customer: Ευχαριστώ πολύ για τη βοήθεια!\nAgent: Παρακαλώ, καλή σας μέρα.\n", "the customer thanks, the agent does not", [
        { messageId: "missing", line: 2, column: 8, endLine: 2, endColumn: 32 },
      ], { filename: "case.txt" }),
    ],
  });
  tester.run("readability", readability, {
    valid: [
      el("Customer: Γιατί χρεώθηκα δύο φορές;\nAgent: Λυπάμαι γι' αυτό. Τη Δευτέρα η τράπεζα έστειλε την πληρωμή δύο φορές και το σύστημά μας δέχτηκε και τις δύο. Ακύρωσα σήμερα τη δεύτερη χρέωση.\n", "short sentences", { filename: "case.txt" }),
      el("Customer: Γιατί δεν ήρθε ο τεχνικός;\nAgent: Ο τεχνικός δεν μπόρεσε να έρθει χθες στο διαμέρισμά σας επειδή η είσοδος ήταν κλειδωμένη, οπότε έκλεισα νέο ραντεβού για την Πέμπτη μεταξύ 9 και 12 και θα σας τηλεφωνήσει μισή ώρα πριν φτάσει για να του ανοίξετε.\n", "a sentence of 38 words", { filename: "case.txt" }),
      el("{ \"channel\": \"email\", \"messages\": [ { \"role\": \"customer\", \"text\": \"Γιατί αυξήθηκε ο λογαριασμός μου;\" }, { \"role\": \"agent\", \"text\": \"Καλησπέρα σας,\\n\\nΟ λογαριασμός αυξήθηκε επειδή από τις 15 του μήνα ενεργοποιήθηκε η περιαγωγή. Η χρέωση είναι ημερήσια. Επιπλέον, προστέθηκε το πακέτο με τα αθλητικά κανάλια που ζητήσατε. Αν δεν χρειάζεστε πλέον την περιαγωγή, μπορώ να την απενεργοποιήσω σήμερα. Θέλετε να το κάνω;\\n\\nΜε εκτίμηση,\\nΜαρία\" } ] }", "a long e-mail within its limit", { filename: "case.json" }),
    ],
    invalid: [
      bad("Customer: Γιατί χρεώθηκα δύο φορές;\nAgent: Έλεγξα τον λογαριασμό σας και βλέπω ότι η πληρωμή της Δευτέρας χρεώθηκε δύο φορές, επειδή η τράπεζα έστειλε ξανά τη συναλλαγή όταν διακόπηκε η σύνδεση από τη δική της πλευρά, και το σύστημα δέχτηκε και τις δύο προσπάθειες χωρίς να καταλάβει ότι επρόκειτο για την ίδια πληρωμή.\n", "one very long sentence", [
        { messageId: "longSentence", line: 2, column: 8, endLine: 2, endColumn: 284 },
      ], { filename: "case.txt" }),
      bad("Customer: Τι περιλαμβάνει το νέο πρόγραμμα;\nAgent: Το νέο πρόγραμμα κοστίζει 25 ευρώ τον μήνα. Περιλαμβάνει απεριόριστες κλήσεις προς όλα τα δίκτυα. Έχει επίσης 20 GB δεδομένων κάθε μήνα. Τα δεδομένα που δεν χρησιμοποιείτε μεταφέρονται στον επόμενο μήνα. Τα μηνύματα SMS είναι απεριόριστα. Η περιαγωγή στην Ευρώπη είναι δωρεάν. Το πρόγραμμα ξεκινά την πρώτη του επόμενου μήνα. Δεν υπάρχει δέσμευση και μπορείτε να το αλλάξετε όποτε θέλετε. Αν το ενεργοποιήσετε σήμερα, ο πρώτος μήνας έχει έκπτωση 50%. Θα λάβετε SMS επιβεβαίωσης μόλις ενεργοποιηθεί. Θέλετε να το ενεργοποιήσω τώρα;\n", "a chat message over 80 words", [
        { messageId: "longMessage", line: 2, column: 8, endLine: 2, endColumn: 538 },
      ], { filename: "case.txt" }),
      bad("Customer: Τι έγινε με το δέμα μου;\nAgent: Το δέμα σου έφτασε στην Αθήνα την Τρίτη, αλλά επειδή η διεύθυνση δεν είχε όροφο και κουδούνι ο κούριερ δεν μπόρεσε να το παραδώσει και το γύρισε στο κέντρο διαλογής, όπου το κρατάνε μέχρι να τους δώσουμε τα σωστά στοιχεία για να το ξαναστείλουν.\n", "a long sentence in an informal reply", [
        { messageId: "longSentence", line: 2, column: 8, endLine: 2, endColumn: 253 },
      ], { filename: "case.txt" }),
    ],
  });
});

describe("el: handling a query (seed 002, Greek)", () => {
  tester.run("rule-book", ruleBook, {
    valid: [
      el("Customer: Έχω παραγγείλει ένα μπλε widget την περασμένη εβδομάδα, αλλά έλαβα ένα κόκκινο. Είμαι πραγματικά απογοητευμένος γιατί χρειάζομαι το μπλε για ένα έργο!\nAgent: Λυπάμαι πολύ που ακούσατε ότι λάβατε το λάθος widget χρώματος, αυτό είναι σίγουρα απογοητευτικό, ειδικά όταν έχετε μια προθεσμία έργου, επιτρέψτε μου να αναζητήσω την παραγγελία σας χρησιμοποιώντας τον αριθμό παραγγελίας σας.\n", "effective reply: apology, empathy for the deadline, \"let me look up your order\"", { filename: "case.txt" }),
    ],
    invalid: [
      bad("Customer: Έχω παραγγείλει ένα μπλε widget την περασμένη εβδομάδα, αλλά έλαβα ένα κόκκινο. Είμαι πραγματικά απογοητευμένος γιατί χρειάζομαι το μπλε για ένα έργο!\nAgent: Η πολιτική μας δηλώνει ότι οι επιστροφές χρειάζονται 7-10 εργάσιμες ημέρες. Μπορείτε να συμπληρώσετε αυτή τη φόρμα ...\n", "ineffective reply: \"Η πολιτική μας δηλώνει ότι…\"", [
        { messageId: "policy", line: 2, column: 8, endLine: 2, endColumn: 30 },
      ], { filename: "case.txt" }),
    ],
  });
  tester.run("runaround", runaround, {
    valid: [
      el("Customer: Έχω παραγγείλει ένα μπλε widget την περασμένη εβδομάδα, αλλά έλαβα ένα κόκκινο. Είμαι πραγματικά απογοητευμένος γιατί χρειάζομαι το μπλε για ένα έργο!\nAgent: Λυπάμαι πολύ που ακούσατε ότι λάβατε το λάθος widget χρώματος, αυτό είναι σίγουρα απογοητευτικό, ειδικά όταν έχετε μια προθεσμία έργου, επιτρέψτε μου να αναζητήσω την παραγγελία σας χρησιμοποιώντας τον αριθμό παραγγελίας σας.\n", "effective reply", { filename: "case.txt" }),
    ],
    invalid: [
      bad("Customer: Έχω παραγγείλει ένα μπλε widget την περασμένη εβδομάδα, αλλά έλαβα ένα κόκκινο. Είμαι πραγματικά απογοητευμένος γιατί χρειάζομαι το μπλε για ένα έργο!\nAgent: Η πολιτική μας δηλώνει ότι οι επιστροφές χρειάζονται 7-10 εργάσιμες ημέρες. Μπορείτε να συμπληρώσετε αυτή τη φόρμα ...\n", "ineffective reply: \"Μπορείτε να συμπληρώσετε αυτή τη φόρμα …\"", [
        { messageId: "redirect", line: 2, column: 84, endLine: 2, endColumn: 122 },
      ], { filename: "case.txt" }),
    ],
  });
  tester.run("apathy", apathy, {
    valid: [
      el("Customer: Έχω παραγγείλει ένα μπλε widget την περασμένη εβδομάδα, αλλά έλαβα ένα κόκκινο. Είμαι πραγματικά απογοητευμένος γιατί χρειάζομαι το μπλε για ένα έργο!\nAgent: Λυπάμαι πολύ που ακούσατε ότι λάβατε το λάθος widget χρώματος, αυτό είναι σίγουρα απογοητευτικό, ειδικά όταν έχετε μια προθεσμία έργου, επιτρέψτε μου να αναζητήσω την παραγγελία σας χρησιμοποιώντας τον αριθμό παραγγελίας σας.\n", "effective reply: \"Λυπάμαι πολύ … αυτό είναι σίγουρα απογοητευτικό\"", { filename: "case.txt" }),
      el("Customer: Είναι απαράδεκτο, περιμένω δύο εβδομάδες!\nAgent: Καταλαβαίνω την απογοήτευσή σας. Το δέμα φεύγει σήμερα με express.\n", "empathize: \"Καταλαβαίνω την απογοήτευσή σας\"", { filename: "case.txt" }),
      el("Customer: Τρίτη φορά γράφω για το ίδιο θέμα!\nAgent: Λυπάμαι που αντιμετωπίζετε αυτό το ζήτημα. Το έχω αναλάβει προσωπικά και θα σας απαντήσω έως τις 17:00.\n", "empathize: \"Λυπάμαι που αντιμετωπίζετε αυτό το ζήτημα\"", { filename: "case.txt" }),
    ],
    invalid: [
      bad("Customer: Έχω παραγγείλει ένα μπλε widget την περασμένη εβδομάδα, αλλά έλαβα ένα κόκκινο. Είμαι πραγματικά απογοητευμένος γιατί χρειάζομαι το μπλε για ένα έργο!\nAgent: Η πολιτική μας δηλώνει ότι οι επιστροφές χρειάζονται 7-10 εργάσιμες ημέρες. Μπορείτε να συμπληρώσετε αυτή τη φόρμα ...\n", "ineffective reply: the customer's frustration goes unacknowledged", [
        { messageId: "unacknowledged", line: 2, column: 8, endLine: 2, endColumn: 83 },
      ], { filename: "case.txt" }),
    ],
  });
  tester.run("assumption", assumption, {
    valid: [
      el("Customer: Έχω ένα θέμα με τη χρέωση.\nAgent: Για να διευκρινίσω, αναφέρεστε στον λογαριασμό Μαρτίου ή στη χρέωση της κάρτας; Αν είναι ο λογαριασμός, τον διόρθωσα ήδη.\n", "clarify: \"για να διευκρινίσω, αναφέρεστε στο x ή στο y;\"", { filename: "case.txt" }),
    ],
    invalid: [
      bad("Customer: Έχω ένα θέμα με τη χρέωση.\nAgent: Σας επέστρεψα τη χρέωση της κάρτας.\n", "assuming instead of clarifying: a fix applied to \"a problem with the charge\"", [
        { messageId: "assumed", line: 2, column: 8, endLine: 2, endColumn: 21 },
      ], { filename: "case.txt" }),
    ],
  });
  tester.run("missing-thanks", missingThanks, {
    valid: [
      el("Customer: Εντάξει, το παρέλαβα.\nAgent: Υπέροχα! Σας ευχαριστούμε για την υπομονή σας.\n", "follow through: thank the customer", { filename: "case.txt" }),
    ],
    invalid: [
      bad("Customer: Εντάξει, το παρέλαβα.\nAgent: Ωραία. Καλή συνέχεια.\n", "follow through without a thank-you", [
        { messageId: "missing", line: 2, column: 8, endLine: 2, endColumn: 29 },
      ], { filename: "case.txt" }),
    ],
  });
});

// Phrasings the blind Greek labeled set (fixtures/labeled/el) turned up, each pinned here.
describe('el: phrasings from the labeled set', () => {
  const f = { filename: 'case.txt' };
  tester.run('robotism', robotism, {
    valid: [el('Customer: Η παραγγελία μου δεν ήρθε ακόμα.\nAgent: Βεβαίως. Μου λέτε τον αριθμό παραγγελίας;\n', '«Βεβαίως» answers the customer first', f)],
    invalid: [
      bad('Customer: Η παραγγελία μου δεν ήρθε ακόμα.\nAgent: Τον αριθμό παραγγελίας παρακαλώ.\n', 'a bare demand in the accusative', [
        { messageId: 'detailsFirst', line: 2, column: 8, endLine: 2, endColumn: 39 },
      ], f),
    ],
  });
  tester.run('apathy', apathy, {
    valid: [el('Customer: Τέσσερις ώρες στο αεροδρόμιο και ούτε ένα νερό. Ντροπή!\nAgent: Λυπάμαι πολύ για την ταλαιπωρία. Η πτήση σας αναχωρεί στις 18:00.\n', 'an apology answers it', f)],
    invalid: [
      bad('Customer: Τέσσερις ώρες στο αεροδρόμιο και ούτε ένα νερό. Ντροπή!\nAgent: Η πτήση σας αναχωρεί στις 18:00.\n', 'a bare «Ντροπή!» left unanswered', [
        { messageId: 'unacknowledged', line: 2, column: 8, endLine: 2, endColumn: 40 },
      ], f),
    ],
  });
  tester.run('assumption', assumption, {
    valid: [el('Customer: Γεια, ο λογαριασμός μου είναι λάθος.\nAgent: Τι ακριβώς βλέπετε λάθος στον λογαριασμό;\n', 'the agent asks first', f)],
    invalid: [
      bad('Customer: Γεια, ο λογαριασμός μου είναι λάθος.\nAgent: Σου αφαίρεσα τις χρεώσεις περιαγωγής.\n', '«είναι λάθος» without saying what', [
        { messageId: 'assumed', line: 2, column: 8, endLine: 2, endColumn: 20 },
      ], f),
    ],
  });
  tester.run('coldness', coldness, {
    invalid: [
      // The reply opens with the customer's @handle: the turn is still read as Greek.
      bad('{"channel":"social","messages":[{"role":"customer","text":"@TaxyCourier τρίτη φορά αλλάζει η ημερομηνία παράδοσης. Έχω μπουχτίσει πια."},{"role":"agent","text":"@nikos_k Οκ."}]}\n', 'a bare «Οκ.» after an @handle', [
        { messageId: 'bare', line: 1, column: 171, endLine: 1, endColumn: 173 },
      ], { filename: 'case.jsonl', locale: 'auto' }),
    ],
    valid: [el('{"channel":"social","messages":[{"role":"customer","text":"@TaxyCourier τρίτη φορά αλλάζει η ημερομηνία. Έχω μπουχτίσει πια."},{"role":"agent","text":"@nikos_k Λυπάμαι πολύ, έχετε δίκιο. Σας γράφω σε DM πότε ακριβώς έρχεται."}]}\n', 'an apology in full after the @handle', { filename: 'case.jsonl', locale: 'auto' })],
  });
  tester.run('condescension', condescension, {
    valid: [el('Customer: Δεν πήρα αποζημίωση.\nAgent: Προφανώς πρέπει να σας αποζημιώσουμε, το κάνω τώρα.\n', 'the agent\'s own obligation', f)],
    invalid: [
      bad('Customer: Η οθόνη μένει μαύρη.\nAgent: Προφανώς πρέπει πρώτα να το φορτίσετε.\n', '«Προφανώς πρέπει πρώτα να…»', [
        { messageId: 'talkingDown', line: 2, column: 8, endLine: 2, endColumn: 32 },
      ], f),
    ],
  });
  tester.run('missing-follow-up', missingFollowUp, {
    valid: [el('Customer: Μου ήρθε το καρότσι με σπασμένη ρόδα.\nAgent: Λυπάμαι πολύ. Κάποιος από το τμήμα αποζημιώσεων θα σας καλέσει αύριο έως τις 12:00.\n', 'with a time frame', f)],
    invalid: [
      bad('Customer: Μου ήρθε το καρότσι με σπασμένη ρόδα.\nAgent: Λυπάμαι πολύ. Πέρασα το θέμα στο τμήμα αποζημιώσεων και κάποιος από εκεί θα σας καλέσει.\n', '«κάποιος από εκεί θα σας καλέσει», no time', [
        { messageId: 'openAction', line: 2, column: 64, endLine: 2, endColumn: 95 },
      ], f),
    ],
  });
  tester.run('unfilled-placeholder', unfilledPlaceholder, {
    valid: [el('Customer: Θέλω το πακέτο 20GB.\nAgent: Ενεργοποιήθηκε, ευχαριστούμε!\n\nΝίκος Π.\n', 'a real signature', f)],
    invalid: [
      bad('Customer: Θέλω το πακέτο 20GB.\nAgent: Ενεργοποιήθηκε, ευχαριστούμε!\n\n[Όνομα Πράκτορα]\n', 'the agent-name field left in', [
        { messageId: 'placeholder', line: 4, column: 1, endLine: 4, endColumn: 17 },
      ], f),
    ],
  });
  tester.run('no-alternative', noAlternative, {
    valid: [el('Customer: Μπορώ να αλλάξω το όνομα στο εισιτήριο;\nAgent: Η αλλαγή ονόματος δεν επιτρέπεται, αλλά μπορώ να σας επιστρέψω το 80% ως κουπόνι.\n', 'refused with an offer', f)],
    invalid: [
      bad('Customer: Μπορώ να αλλάξω το όνομα στο εισιτήριο;\nAgent: Η αλλαγή ονόματος επιβάτη δεν επιτρέπεται.\n', 'the impersonal no', [
        { messageId: 'refusal', line: 2, column: 34, endLine: 2, endColumn: 49 },
      ], f),
    ],
  });
});
