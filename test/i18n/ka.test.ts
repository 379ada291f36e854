/**
 * Georgian (ka) locale pack: every rule on Georgian text, with exact positions
 * (columns are UTF-16 code units; Georgian letters are one unit each), and the
 * seven sins of service (seed 000, Georgian) turned into agent lines — one line that
 * commits each sin and one that avoids it.
 *
 * Cases run with `locale: 'ka'`; one case checks that a Georgian transcript is read
 * as Georgian without being told.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { builtinRules } from '../../rules/index.js';
import { RuleTester, type InvalidTestCase, type TestCase } from '../../src/rule-tester.js';
import apathy from '../../rules/apathy.js';
import assumption from '../../rules/assumption.js';
import brushOff from '../../rules/brush-off.js';
import coldness from '../../rules/coldness.js';
import condescension from '../../rules/condescension.js';
import interruption from '../../rules/interruption.js';
import jargon from '../../rules/jargon.js';
import missingConfirmation from '../../rules/missing-confirmation.js';
import missingFollowUp from '../../rules/missing-follow-up.js';
import missingThanks from '../../rules/missing-thanks.js';
import noAlternative from '../../rules/no-alternative.js';
import readability from '../../rules/readability.js';
import robotism from '../../rules/robotism.js';
import ruleBook from '../../rules/rule-book.js';
import runaround from '../../rules/runaround.js';
import slowResponse from '../../rules/slow-response.js';
import undocumented from '../../rules/undocumented.js';
import unfilledPlaceholder from '../../rules/unfilled-placeholder.js';
import unprofessionalTone from '../../rules/unprofessional-tone.js';
import unsetExpectations from '../../rules/unset-expectations.js';

const root = path.join(import.meta.dirname, '..', '..');
const tester = new RuleTester();
const ka = (code: string, name: string, extra: Partial<TestCase> = {}): TestCase => ({ code, name, locale: 'ka', ...extra });
const bad = (code: string, name: string, errors: InvalidTestCase['errors'], extra: Partial<TestCase> = {}): InvalidTestCase => ({ ...ka(code, name, extra), errors });

describe('ka locale', () => {
  it('reads a Georgian transcript as Georgian without being told', () => {
    const { messages: found } = tester.lint('runaround', runaround, { code: 'Customer: როგორ დავაბრუნო ნივთი?\nAgent: ეწვიეთ ჩვენს ვებგვერდს.\n' });
    expect(found.map((m) => [m.line, m.column, m.endColumn])).toEqual([[2, 8, 30]]);
  });
});

describe("ka: every rule on Georgian text", () => {
  tester.run("apathy", apathy, {
    valid: [
      ka("Customer: ეს უკვე მიუღებელია, ორი კვირაა ველოდები!\nAgent: ბოდიშს გიხდით ლოდინისთვის, ეს ნამდვილად უსიამოვნოა. შეკვეთა ხვალ ჩაგბარდებათ.\n", "frustration acknowledged", { filename: "case.txt" }),
      ka("Customer: ბარათი რატომ დამებლოკა?\nAgent: ჯერ არ ვიცი, მაგრამ გავარკვევ და 15 წუთში მოგწერთ.\n", "indifferent line with a next step", { filename: "case.txt" }),
    ],
    invalid: [
      bad("Customer: ეს უკვე მიუღებელია, ორი კვირაა ველოდები!\nAgent: შეკვეთა გზაშია.\n", "frustration never acknowledged", [
        { messageId: "unacknowledged", line: 2, column: 8, endLine: 2, endColumn: 23 },
      ], { filename: "case.txt" }),
      bad("Customer: ბარათი რატომ დამებლოკა?\nAgent: არ ვიცი.\n", "indifferent reply", [
        { messageId: "indifferent", line: 2, column: 8, endLine: 2, endColumn: 15 },
      ], { filename: "case.txt" }),
    ],
  });
  tester.run("brush-off", brushOff, {
    valid: [
      ka("Customer: ამანათი დაზიანებული მოვიდა.\nAgent: ვწუხვარ. კურიერს უკვე დავუკავშირდი თქვენი სახელით, ახალ ნივთს ხვალ მოგიტანენ.\n", "the agent keeps the case", { filename: "case.txt" }),
      ka("Customer: სესხის წინასწარ დაფარვა მინდა.\nAgent: გადაგრთავთ იპოთეკურ განყოფილებაში, რადგან მათ აქვთ წვდომა თქვენს გრაფიკზე. საკითხი უკვე ავუხსენი კოლეგას.\n", "warm transfer with a reason and a briefing", { filename: "case.txt" }),
    ],
    invalid: [
      bad("Customer: ამანათი დაზიანებული მოვიდა.\nAgent: ვწუხვარ, მაგრამ ეს ჩვენი საქმე არ არის.\n", "disowning the problem", [
        { messageId: "passOff", line: 2, column: 24, endLine: 2, endColumn: 46 },
      ], { filename: "case.txt" }),
      bad("Customer: თანხა ორჯერ ჩამომეჭრა.\nAgent: ვწუხვარ. უნდა დაუკავშირდეთ თქვენს ბანკს.\n", "referral to the bank", [
        { messageId: "referral", line: 2, column: 17, endLine: 2, endColumn: 47 },
      ], { filename: "case.txt" }),
      bad("Customer: სესხის შესახებ მინდა ვიკითხო.\nAgent: გადაგრთავთ სხვა განყოფილებაში.\n", "cold transfer", [
        { messageId: "transfer", line: 2, column: 8, endLine: 2, endColumn: 37 },
      ], { filename: "case.txt" }),
    ],
  });
  tester.run("coldness", coldness, {
    valid: [
      ka("Customer: ბოდიში, ბინის ნომერი შემეშალა.\nAgent: არაუშავს, ნუ ნერვიულობთ, ნომერი უკვე შევცვალე.\n", "reassurance after the customer apologises", { filename: "case.txt" }),
      ka("Customer: ძალიან გაბრაზებული ვარ!\nAgent: მესმის თქვენი გაღიზიანება, სრულიად სამართლიანია.\n", "negated: not asking the customer to calm down", { filename: "case.txt" }),
    ],
    invalid: [
      bad("Customer: მესამე დღეა ინტერნეტი არ მაქვს!\nAgent: დამშვიდდით, გთხოვთ. ტექნიკოსი ხვალ მოვა.\n", "calm down", [
        { messageId: "settle", line: 2, column: 8, endLine: 2, endColumn: 18 },
      ], { filename: "case.txt" }),
      bad("Customer: ანუ თანხა არ დამიბრუნდება?\nAgent: როგორც უკვე გითხარით, თანხა 5 დღეში დაგიბრუნდებათ.\n", "as I already told you", [
        { messageId: "told", line: 2, column: 8, endLine: 2, endColumn: 28 },
      ], { filename: "case.txt" }),
      bad("Customer: ეს უკვე მიუღებელია!\nAgent: კარგი.\n", "bare reply to an upset customer", [
        { messageId: "bare", line: 2, column: 8, endLine: 2, endColumn: 13 },
      ], { filename: "case.txt" }),
    ],
  });
  tester.run("condescension", condescension, {
    valid: [
      ka("Customer: მისამართი როგორ შევცვალო?\nAgent: ეს ძალიან მარტივია, ახლავე შევცვლი თქვენთვის.\n", "simple, and the agent does it", { filename: "case.txt" }),
      ka("Customer: რას ნიშნავს ეს კოდი?\nAgent: ეს ერთჯერადი კოდია, რომელიც SMS-ით მოგდით შესასვლელად.\n", "plain explanation", { filename: "case.txt" }),
    ],
    invalid: [
      bad("Customer: რას ნიშნავს ეს კოდი?\nAgent: ეს ხომ ელემენტარულია. ეს ერთჯერადი კოდია.\n", "it is elementary", [
        { messageId: "talkingDown", line: 2, column: 8, endLine: 2, endColumn: 28 },
      ], { filename: "case.txt" }),
      bad("Customer: პაროლი დამავიწყდა.\nAgent: ახალი პაროლი უნდა შეგენახათ.\n", "you should have saved it", [
        { messageId: "blame", line: 2, column: 21, endLine: 2, endColumn: 35 },
      ], { filename: "case.txt" }),
    ],
  });
  tester.run("jargon", jargon, {
    valid: [
      ka("Customer: რა არის ეს?\nAgent: თქვენი RMA (დაბრუნების ნებართვა) მზადაა.\n", "explained in brackets", { filename: "case.txt" }),
      ka("Customer: ტიკეტი გახსენით?\nAgent: დიახ, ტიკეტი გავხსენი.\n", "the customer used the term first", { filename: "case.txt" }),
    ],
    invalid: [
      bad("Customer: სად არის ჩემი ფული?\nAgent: თანხა დაჰოლდილია, SLA 48 საათია.\n", "acronym and transliterated jargon", [
        { messageId: "replace", line: 2, column: 14, endLine: 2, endColumn: 24 },
        { messageId: "replace", line: 2, column: 26, endLine: 2, endColumn: 29 },
      ], { filename: "case.txt" }),
    ],
  });
  tester.run("robotism", robotism, {
    valid: [
      ka("Customer: ბარათი დამებლოკა.\nAgent: გამარჯობა! ვწუხვარ, რომ ასე მოხდა. მომწერეთ თქვენი ანგარიშის ნომერი.\n", "greeting and acknowledgement first", { filename: "case.txt" }),
    ],
    invalid: [
      bad("Customer: ბარათი დამებლოკა.\nAgent: მომწერეთ თქვენი ანგარიშის ნომერი.\n", "numbers first", [
        { messageId: "detailsFirst", line: 2, column: 8, endLine: 2, endColumn: 40 },
      ], { filename: "case.txt" }),
      bad("Customer: ბარათი დამებლოკა.\nAgent: შეკვეთის ნომერი?\n", "numbers as a bare question", [
        { messageId: "detailsFirst", line: 2, column: 8, endLine: 2, endColumn: 24 },
      ], { filename: "case.txt" }),
    ],
  });
  tester.run("rule-book", ruleBook, {
    valid: [
      ka("Customer: შეიძლება დავაბრუნო?\nAgent: ჩვენი წესების მიხედვით, დაბრუნების ვადა გასულია, თუმცა შემიძლია ნივთი გაგიცვალოთ.\n", "policy with an alternative", { filename: "case.txt" }),
    ],
    invalid: [
      bad("Customer: შეიძლება გავცვალო?\nAgent: კომპანიის წესების თანახმად, გახსნილი ნივთი არ იცვლება.\n", "policy and nothing else", [
        { messageId: "policy", line: 2, column: 8, endLine: 2, endColumn: 34 },
      ], { filename: "case.txt" }),
      bad("Customer: გამონაკლისს ვერ დაუშვებთ?\nAgent: წესი წესია.\n", "rules are rules", [
        { messageId: "policy", line: 2, column: 8, endLine: 2, endColumn: 18 },
      ], { filename: "case.txt" }),
    ],
  });
  tester.run("runaround", runaround, {
    valid: [
      ka("Customer: როგორ დავაბრუნო ნივთი?\nAgent: ფორმის შევსება არ დაგჭირდებათ, დაბრუნება უკვე გავაფორმე.\n", "negated redirect", { filename: "case.txt" }),
      ka("Customer: თქვენმა კოლეგამ ერთი ბმული მომწერა.\nAgent: ვხედავ, რომ კოლეგამ „ეწვიეთ ჩვენს ვებგვერდს“ მოგწერათ. ბოდიში, ახლავე მოგიგვარებთ.\n", "quoted redirect", { filename: "case.txt" }),
      ka("Customer: როდის ღია ხართ?\nAgent: ყოველდღე 10:00-დან 20:00-მდე. ასევე შეგიძლიათ ნახოთ ჩვენს ვებგვერდზე.\n", "a pointer on top of help given", { filename: "case.txt" }),
    ],
    invalid: [
      bad("Customer: როგორ დავაბრუნო ნივთი?\nAgent: ეწვიეთ ჩვენს ვებგვერდს.\n", "visit our website", [
        { messageId: "redirect", line: 2, column: 8, endLine: 2, endColumn: 30 },
      ], { filename: "case.txt" }),
      bad("Customer: როგორ დავაბრუნო ნივთი?\nAgent: დაბრუნების ფორმა უნდა შეავსოთ.\n", "form, object first", [
        { messageId: "redirect", line: 2, column: 19, endLine: 2, endColumn: 37 },
      ], { filename: "case.txt" }),
      bad("Customer: ინტერნეტი არ მაქვს.\nAgent: დარეკეთ ცხელ ხაზზე *0505.\n", "call the hotline", [
        { messageId: "redirect", line: 2, column: 8, endLine: 2, endColumn: 26 },
      ], { filename: "case.txt" }),
    ],
  });
  tester.run("unset-expectations", unsetExpectations, {
    valid: [
      ka("Customer: როდის მოვა ტექნიკოსი?\nAgent: ტექნიკოსი დაგიკავშირდებათ ხვალ 12:00-მდე.\n", "promise with a time frame", { filename: "case.txt" }),
      ka("Customer: სხვა რამე გჭირდებათ?\nAgent: თუ რამე დაგვჭირდება, დაგიკავშირდებით.\n", "conditional promise", { filename: "case.txt" }),
      ka("Customer: რა გჭირდებათ ჩემგან?\nAgent: გთხოვთ, ფოტო გამოგვიგზავნოთ რაც შეიძლება მალე.\n", "asked of the customer", { filename: "case.txt" }),
    ],
    invalid: [
      bad("Customer: როდის გამოიგზავნება?\nAgent: შეკვეთა გამოგეგზავნებათ რაც შეიძლება მალე.\n", "as soon as possible", [
        { messageId: "noTimeframe", line: 2, column: 32, endLine: 2, endColumn: 49 },
      ], { filename: "case.txt" }),
      bad("Customer: როდის მოვა ტექნიკოსი?\nAgent: ტექნიკოსი დაგიკავშირდებათ.\n", "we will contact you", [
        { messageId: "noTimeframe", line: 2, column: 8, endLine: 2, endColumn: 33 },
      ], { filename: "case.txt" }),
    ],
  });
  tester.run("missing-follow-up", missingFollowUp, {
    valid: [
      ka("Customer: ხმა ყოველ ზარზე წყდება.\nAgent: მომართვა დავარეგისტრირე, ტექნიკოსი დაგირეკავთ ხვალ 12:00-მდე.\nCustomer: კარგი.\n", "open action with a time frame", { filename: "case.txt" }),
      ka("Customer: როუტერი ითიშება.\nAgent: პროგრამა განვაახლე. თუ ისევ განმეორდა, ტექნიკოსებს გადავცემთ.\nCustomer: კარგი, მადლობა.\n", "conditional hand-off", { filename: "case.txt" }),
    ],
    invalid: [
      bad("Customer: ხმა ყოველ ზარზე წყდება.\nAgent: მომართვა დავარეგისტრირე, გმადლობთ.\nCustomer: კარგი.\n", "ends on an open action", [
        { messageId: "openAction", line: 2, column: 8, endLine: 2, endColumn: 31 },
      ], { filename: "case.txt" }),
      bad("Customer: ლიმიტი გამიზარდეთ?\nAgent: დიახ, ლიმიტი გაგიზარდეთ.\nCustomer: ინტერნეტ ბანკში როგორ ვნახო?\n", "last question unanswered", [
        { messageId: "unanswered", line: 3, column: 11, endLine: 3, endColumn: 39 },
      ], { filename: "case.txt" }),
    ],
  });
  tester.run("missing-thanks", missingThanks, {
    valid: [
      ka("Customer: ლიმიტის გაზრდა მინდა.\nAgent: გმადლობთ მომართვისთვის! ლიმიტი გაგიზარდეთ.\n", "thanks given", { filename: "case.txt" }),
    ],
    invalid: [
      bad("Customer: ლიმიტის გაზრდა მინდა.\nAgent: ლიმიტი გაგიზარდეთ.\n", "no thanks anywhere", [
        { messageId: "missing", line: 2, column: 8, endLine: 2, endColumn: 26 },
      ], { filename: "case.txt" }),
    ],
  });
  tester.run("missing-confirmation", missingConfirmation, {
    valid: [
      ka("Customer: ქვითრები არ მომდის.\nAgent: ელფოსტა განვაახლე. თუ ისევ არ მოვიდა, შემატყობინეთ.\nCustomer: კარგი.\n", "fix and a check", { filename: "case.txt" }),
    ],
    invalid: [
      bad("Customer: ქვითრები არ მომდის.\nAgent: ელფოსტა განვაახლე.\nCustomer: კარგი.\n", "fix with no check", [
        { messageId: "unconfirmed", line: 2, column: 16, endLine: 2, endColumn: 25 },
      ], { filename: "case.txt" }),
    ],
  });
  tester.run("assumption", assumption, {
    valid: [
      ka("Customer: აპლიკაცია არ მუშაობს.\nAgent: რა შეტყობინება გამოდის, როცა ხსნით?\nCustomer: თეთრი ეკრანი რჩება.\nAgent: განაახლეთ აპლიკაცია.\n", "clarifying question first", { filename: "case.txt" }),
      ka("Customer: აპლიკაცია განახლების შემდეგ ითიშება.\nAgent: წაშალეთ აპლიკაცია და თავიდან ჩამოტვირთეთ.\n", "specific problem", { filename: "case.txt" }),
    ],
    invalid: [
      bad("Customer: აპლიკაცია არ მუშაობს.\nAgent: წაშალეთ აპლიკაცია და თავიდან ჩამოტვირთეთ.\n", "fix to a vague problem", [
        { messageId: "assumed", line: 2, column: 8, endLine: 2, endColumn: 15 },
      ], { filename: "case.txt" }),
    ],
  });
  tester.run("no-alternative", noAlternative, {
    valid: [
      ka("Customer: M ზომა გაქვთ?\nAgent: M ზომა ამჟამად არ გვაქვს მარაგში. შემიძლია შემოგთავაზოთ მსგავსი მოდელი.\n", "refusal with an option in the next sentence", { filename: "case.txt" }),
      ka("Customer: თანხას დამიბრუნებთ?\nAgent: თანხას ვერ დაგიბრუნებთ, მაგრამ ნივთს სიამოვნებით გაგიცვლით.\n", "refusal followed by \"but\"", { filename: "case.txt" }),
      ka("Customer: თანხას დამიბრუნებთ?\nAgent: ქვითრის გარეშე თანხას ვერ დაგიბრუნებთ.\n", "a requirement, not a refusal", { filename: "case.txt" }),
    ],
    invalid: [
      bad("Customer: შეგიძლიათ დღესვე მომიტანოთ?\nAgent: სამწუხაროდ, დღესვე მიწოდებას ვერ გაგიკეთებთ.\n", "flat refusal", [
        { messageId: "refusal", line: 2, column: 37, endLine: 2, endColumn: 51 },
      ], { filename: "case.txt" }),
      bad("Customer: კაბა დავაბრუნო?\nAgent: ფასდაკლებული ნივთები დაბრუნებას არ ექვემდებარება.\n", "not subject to return", [
        { messageId: "refusal", line: 2, column: 29, endLine: 2, endColumn: 56 },
      ], { filename: "case.txt" }),
    ],
  });
  tester.run("interruption", interruption, {
    valid: [
      ka("[10:00:00] Customer: თანხა ორჯერ ჩამომეჭრა.\n[10:00:40] Agent: ვწუხვარ, ერთს დაგიბრუნებთ.\n[10:01:30] Customer: და როდის?\n", "the customer had finished", { filename: "case.txt" }),
    ],
    invalid: [
      bad("[10:00:00] Customer: თანხა ორჯერ ჩამომეჭრა\n[10:00:05] Agent: ერთს დაგიბრუნებთ.\n[10:00:09] Customer: და წინა თვეშიც იგივე მოხდა\n", "the customer carries on with \"და\"", [
        { messageId: "chat", line: 2, column: 19, endLine: 2, endColumn: 36 },
      ], { filename: "case.txt" }),
    ],
  });
  tester.run("slow-response", slowResponse, {
    valid: [
      ka("[10:00:00] Customer: სად არის ჩემი შეკვეთა?\n[10:00:40] Agent: ერთი წუთით, შევამოწმებ.\n[10:02:30] Agent: შეკვეთა დღეს გაიგზავნება.\n", "holding message in time", { filename: "case.txt" }),
    ],
    invalid: [
      bad("[10:00:00] Customer: სად არის ჩემი შეკვეთა?\n[10:07:00] Agent: შეკვეთა დღეს გაიგზავნება.\n", "seven minutes", [
        { messageId: "firstReply", line: 2, column: 19, endLine: 2, endColumn: 44 },
      ], { filename: "case.txt" }),
    ],
  });
  tester.run("undocumented", undocumented, {
    valid: [
      ka("{\"channel\":\"chat\",\"metadata\":{\"documentation\":\"expected\"},\"messages\":[{\"role\":\"customer\",\"text\":\"ბარათი დამებლოკა.\"},{\"role\":\"agent\",\"text\":\"ბარათი განგიბლოკეთ.\"},{\"role\":\"system\",\"text\":\"შეჯამება: ბარათი განიბლოკა.\"}]}\n", "summary line", { filename: "case.json" }),
    ],
    invalid: [
      bad("{\"channel\":\"chat\",\"metadata\":{\"documentation\":\"expected\"},\"messages\":[{\"role\":\"customer\",\"text\":\"ბარათი დამებლოკა.\"},{\"role\":\"agent\",\"text\":\"ბარათი განგიბლოკეთ.\"}]}\n", "no note", [
        { messageId: "missing", line: 1, column: 142, endLine: 1, endColumn: 161 },
      ], { filename: "case.json" }),
    ],
  });
  tester.run("unprofessional-tone", unprofessionalTone, {
    valid: [
      ka("Customer: პაროლი როგორ შევცვალო?\nAgent: რა თქმა უნდა, ახლავე შევცვლით.\n", "polite register", { filename: "case.txt" }),
    ],
    invalid: [
      bad("Customer: პაროლი როგორ შევცვალო?\nAgent: ხო, ეხლა შევცვლით!!!\n", "slang and a run of \"!!!\"", [
        { messageId: "slangRemove", line: 2, column: 8, endLine: 2, endColumn: 10 },
        { messageId: "slangRemove", line: 2, column: 12, endLine: 2, endColumn: 16 },
        { messageId: "punctuation", line: 2, column: 25, endLine: 2, endColumn: 28 },
      ], { filename: "case.txt" }),
      bad("Customer: ისევ არ მუშაობს.\nAgent: ჯანდაბა, სისტემა ისევ გაითიშა.\n", "profanity", [
        { messageId: "profanity", line: 2, column: 8, endLine: 2, endColumn: 15 },
      ], { filename: "case.txt" }),
    ],
  });
  tester.run("unfilled-placeholder", unfilledPlaceholder, {
    valid: [
      ka("Customer: როდის ჩამოვა?\nAgent: გამარჯობა, ნინო! შეკვეთა [#1042] ხვალ ჩამოვა.\n", "filled in", { filename: "case.txt" }),
    ],
    invalid: [
      bad("Customer: როდის ჩამოვა?\nAgent: გამარჯობა, [მომხმარებლის სახელი]! ხვალ ჩამოვა.\n", "worded placeholder", [
        { messageId: "placeholder", line: 2, column: 19, endLine: 2, endColumn: 40 },
      ], { filename: "case.txt" }),
      bad("Customer: როდის ჩამოვა?\nAgent: შეკვეთა ჩაგბარდებათ [ჩასვით თარიღი].\n", "insert-date placeholder", [
        { messageId: "placeholder", line: 2, column: 28, endLine: 2, endColumn: 43 },
      ], { filename: "case.txt" }),
    ],
  });
  tester.run("readability", readability, {
    valid: [
      ka("Customer: რატომ ჩამომეჭრა ორჯერ?\nAgent: ვწუხვარ. ბანკმა გადახდა ორჯერ გამოგზავნა. მეორე თანხა დღესვე დაგიბრუნეთ.\n", "short sentences", { filename: "case.txt" }),
    ],
    invalid: [
      bad("Customer: რატომ ჩამომეჭრა ორჯერ?\nAgent: თქვენი ანგარიში გადავამოწმე და ვხედავ, რომ ორშაბათს განხორციელებული გადახდა ორჯერ ჩამოიჭრა, რადგან ბანკმა ტრანზაქცია განმეორებით გაგზავნა მას შემდეგ, რაც მათ მხარეს კავშირი გაწყდა, ჩვენმა სისტემამ კი ორივე მცდელობა მიიღო ისე, რომ ვერ შეამჩნია, რომ ეს ერთი და იგივე გადახდა იყო და ამიტომ მეორე ჩამოჭრაც დაადასტურა.\n", "one very long sentence", [
        { messageId: "longSentence", line: 2, column: 8, endLine: 2, endColumn: 321 },
      ], { filename: "case.txt" }),
    ],
  });
});

describe("ka: the seven sins of service (seed 000)", () => {
  tester.run("apathy", apathy, {
    valid: [
      ka("Customer: ეს უკვე მესამედ ხდება, ძალიან გაბრაზებული ვარ!\nAgent: მესმის თქვენი გაღიზიანება, ბოდიშს გიხდით. ახლავე გადავამოწმებ და 10 წუთში მოგწერთ.\n", "1 აპათია — avoided", { filename: "case.txt" }),
    ],
    invalid: [
      bad("Customer: ეს უკვე მესამედ ხდება, ძალიან გაბრაზებული ვარ!\nAgent: არ ვიცი, რა გითხრათ.\n", "1 აპათია — \"როდესაც თანამშრომლებს არ აინტერესებთ\"", [
        { messageId: "indifferent", line: 2, column: 8, endLine: 2, endColumn: 27 },
      ], { filename: "case.txt" }),
    ],
  });
  tester.run("brush-off", brushOff, {
    valid: [
      ka("Customer: ანგარიშზე თანხა არ ჩანს.\nAgent: ვწუხვარ. ბილინგის კოლეგას უკვე ვესაუბრე და თანხა 10 წუთში აისახება, ჩატში დავრჩები, სანამ ვნახავთ.\n", "2 გაფუჭება — avoided: the first agent stays with the customer", { filename: "case.txt" }),
    ],
    invalid: [
      bad("Customer: ანგარიშზე თანხა არ ჩანს.\nAgent: გადაგრთავთ სხვა განყოფილებაში.\n", "2 გაფუჭება — \"ერთი წარმომადგენელი მომხმარებელს გადასცემს სხვას დახმარებისთვის\"", [
        { messageId: "transfer", line: 2, column: 8, endLine: 2, endColumn: 37 },
      ], { filename: "case.txt" }),
    ],
  });
  tester.run("coldness", coldness, {
    valid: [
      ka("Customer: დივანი ლაქით მომიტანეს, ძალიან იმედგაცრუებული ვარ.\nAgent: ვწუხვარ, ეს ნამდვილად უსიამოვნოა. ხვალ ახალ ყდას უფასოდ ჩამოგიტანთ.\n", "3 სიცივე — avoided: warm and focused on the one person", { filename: "case.txt" }),
    ],
    invalid: [
      bad("Customer: დივანი ლაქით მომიტანეს, ძალიან იმედგაცრუებული ვარ.\nAgent: ეს დიდი ამბავი არ არის.\n", "3 სიცივე — \"მიმართოს მას ისე, თითქოს ეს უსიამოვნოა\"", [
        { messageId: "minimize", line: 2, column: 8, endLine: 2, endColumn: 30 },
      ], { filename: "case.txt" }),
    ],
  });
  tester.run("jargon", jargon, {
    valid: [
      ka("Customer: ინტერნეტი როდის აღდგება?\nAgent: თქვენი მომართვა ჩვენს სპეციალისტებს გადავეცი, ინტერნეტი ორ დღეში აღდგება.\n", "4 დათმობა — avoided: the customer's own words", { filename: "case.txt" }),
    ],
    invalid: [
      bad("Customer: ინტერნეტი როდის აღდგება?\nAgent: თქვენი ტიკეტი T2-ზე დავაესკალირე, SLA 48 საათია.\n", "4 დათმობა — \"ჟარგონს, აკრონიმებს\"", [
        { messageId: "replace", line: 2, column: 15, endLine: 2, endColumn: 21 },
        { messageId: "explain", line: 2, column: 22, endLine: 2, endColumn: 24 },
        { messageId: "replace", line: 2, column: 28, endLine: 2, endColumn: 40 },
        { messageId: "replace", line: 2, column: 42, endLine: 2, endColumn: 45 },
      ], { filename: "case.txt" }),
    ],
  });
  tester.run("condescension", condescension, {
    valid: [
      ka("Customer: ინტერნეტი როდის აღდგება?\nAgent: ხაზზე დაზიანებაა, ტექნიკოსები უკვე ადგილზე არიან და ინტერნეტი დღეს 18:00-მდე აღდგება.\n", "4 დათმობა — avoided: plain words, as to a colleague", { filename: "case.txt" }),
    ],
    invalid: [
      bad("Customer: ინტერნეტი როდის აღდგება?\nAgent: ეს ხომ ელემენტარულია, როუტერი გადატვირთეთ.\n", "4 დათმობა — talking down", [
        { messageId: "talkingDown", line: 2, column: 8, endLine: 2, endColumn: 28 },
      ], { filename: "case.txt" }),
    ],
  });
  tester.run("robotism", robotism, {
    valid: [
      ka("Customer: გამარჯობა, ინტერნეტი გამეთიშა.\nAgent: გამარჯობა! ვწუხვარ, რომ ინტერნეტის გარეშე დარჩით, სახლიდან მუშაობთ? მომწერეთ ანგარიშის ნომერი და ახლავე შევამოწმებ.\n", "5 რობოტიზმი — avoided: a personal word first", { filename: "case.txt" }),
    ],
    invalid: [
      bad("Customer: გამარჯობა, ინტერნეტი გამეთიშა.\nAgent: მომწერეთ ანგარიშის ნომერი და ტელეფონის ნომერი.\n", "5 რობოტიზმი — \"ანგარიშის ნომრების, ტელეფონის ნომრების … მოთხოვნით\"", [
        { messageId: "detailsFirst", line: 2, column: 8, endLine: 2, endColumn: 33 },
      ], { filename: "case.txt" }),
    ],
  });
  tester.run("rule-book", ruleBook, {
    valid: [
      ka("Customer: საავადმყოფოში ვიყავი და ბილეთის ვადა გამიცდა, შეიძლება გადავიტანო?\nAgent: ვწუხვარ, იმედია, უკეთ ხართ. ჩვეულებრივ, ვადაგასული ბილეთი არ გადაიტანება, თუმცა ამ შემთხვევაში გამონაკლისს დაგიშვებთ და შემდეგ კვირაზე გადაგიტანთ.\n", "6 წესების წიგნები — avoided: common sense", { filename: "case.txt" }),
    ],
    invalid: [
      bad("Customer: საავადმყოფოში ვიყავი და ბილეთის ვადა გამიცდა, შეიძლება გადავიტანო?\nAgent: წესი წესია, ჩვენი პოლიტიკის თანახმად ვადაგასული ბილეთი არ გადაიტანება.\n", "6 წესების წიგნები — \"უბრალოდ იცავენ წესებს, ვიდრე საღი აზრი\"", [
        { messageId: "policy", line: 2, column: 8, endLine: 2, endColumn: 18 },
      ], { filename: "case.txt" }),
    ],
  });
  tester.run("runaround", runaround, {
    valid: [
      ka("Customer: როგორ შევცვალო ტარიფი?\nAgent: ტარიფს აქვე შეგიცვლით, ფორმის შევსება არ დაგჭირდებათ. 15 ლარიანი გაწყობთ?\n", "7 Runaround — avoided: walked through it", { filename: "case.txt" }),
    ],
    invalid: [
      bad("Customer: როგორ შევცვალო ტარიფი?\nAgent: ნახეთ ჩვენი ვებსაიტი, შეავსეთ განაცხადის ფორმა ან დარეკეთ ცხელ ხაზზე.\n", "7 Runaround — \"ვებსაიტის ნახვას, დოკუმენტაციის შევსებას ან სხვა ზარს\"", [
        { messageId: "redirect", line: 2, column: 8, endLine: 2, endColumn: 28 },
        { messageId: "redirect", line: 2, column: 30, endLine: 2, endColumn: 54 },
        { messageId: "redirect", line: 2, column: 58, endLine: 2, endColumn: 76 },
      ], { filename: "case.txt" }),
    ],
  });
});
