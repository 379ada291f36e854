/**
 * Armenian (hy) locale pack: every phrase rule with valid and invalid cases written the way
 * agents and customers write Armenian (formal դուք / informal դու, ՞ inside the word, «» quotes,
 * verb-final word order), with exact positions (columns are UTF-16 code units: one per Armenian
 * letter); and cases drawn from the seed document 001 (best practices), each a practice turned
 * into an agent line that follows or breaks it.
 */
import { describe } from 'vitest';
import { RuleTester } from '../../src/rule-tester.js';
import runaround from '../../rules/runaround.js';
import ruleBook from '../../rules/rule-book.js';
import robotism from '../../rules/robotism.js';
import apathy from '../../rules/apathy.js';
import brushOff from '../../rules/brush-off.js';
import coldness from '../../rules/coldness.js';
import condescension from '../../rules/condescension.js';
import jargon from '../../rules/jargon.js';
import unsetExpectations from '../../rules/unset-expectations.js';
import missingFollowUp from '../../rules/missing-follow-up.js';
import missingThanks from '../../rules/missing-thanks.js';
import missingConfirmation from '../../rules/missing-confirmation.js';
import assumption from '../../rules/assumption.js';
import noAlternative from '../../rules/no-alternative.js';
import interruption from '../../rules/interruption.js';
import slowResponse from '../../rules/slow-response.js';
import undocumented from '../../rules/undocumented.js';
import unprofessionalTone from '../../rules/unprofessional-tone.js';
import unfilledPlaceholder from '../../rules/unfilled-placeholder.js';

const tester = new RuleTester();

describe("hy: phrase rules", () => {
  tester.run('runaround', runaround, {
    valid: [
      {
        name: "օպերատորը ինքն է անում",
        code: "Agent: Վերականգնել եմ Ձեր գաղտնաբառը, այժմ կարող եք մուտք գործել։",
      },
      {
        name: "ժխտված ուղղորդում",
        code: "Agent: Ձեզ կայք չեմ ուղարկի, ես ինքս կձևակերպեմ հայտը։",
      },
      {
        name: "հաճախորդի խոսքերը մեջբերված",
        code: "Customer: Ձեր գործընկերն ասաց «այցելեք մեր կայք և լրացրեք ձևը», բայց ձևը չի բացվում։\nAgent: Ներողություն, ես ինքս կձևակերպեմ։",
      },
      {
        name: "կայքը՝ որպես լրացուցիչ տարբերակ",
        code: "Agent: Միացրել եմ փաթեթը։ Հետագայում կարող եք նաև ինքներդ միացնել այն մեր կայքում։",
      },
    ],
    invalid: [
      {
        name: "այցելեք մեր կայք",
        code: "Agent: Խնդրում եմ, այցելեք մեր կայքը։",
        errors: [{ messageId: 'redirect', line: 1, column: 20, endLine: 1, endColumn: 37 }],
      },
      {
        name: "տեղը՝ բայից առաջ",
        code: "Agent: Մանրամասները կգտնեք մեր կայքում։",
        errors: [{ messageId: 'redirect', line: 1, column: 21, endLine: 1, endColumn: 39 }],
      },
      {
        name: "թեժ գծի համար",
        code: "Customer: Ինչպե՞ս վերադարձնեմ ապրանքը։\nAgent: Զանգահարեք 8080 համարով, այնտեղ կօգնեն։",
        errors: [{ messageId: 'redirect', line: 2, column: 8, endLine: 2, endColumn: 31 }],
      },
      {
        name: "ձև լրացնել",
        code: "Agent: Ներողություն անհարմարության համար։\n  Լրացրեք վերադարձի հայտի ձևը։",
        errors: [{ messageId: 'redirect', line: 2, column: 3, endLine: 2, endColumn: 30 }],
      },
    ],
  });
  tester.run('rule-book', ruleBook, {
    valid: [
      {
        name: "կանոն + այլընտրանք",
        code: "Agent: Մեր քաղաքականության համաձայն՝ գումարը վերադարձվում է 14 օրվա ընթացքում, սակայն կարող եմ առաջարկել փոխանակում։",
      },
      {
        name: "կանոն + «փոխարենը»",
        code: "Agent: Պայմանները թույլ չեն տալիս փոփոխություն։ Փոխարենը կարող ենք տոմսը պահել Ձեր հաշվին։",
      },
    ],
    invalid: [
      {
        name: "մեր քաղաքականության համաձայն",
        code: "Agent: Մեր քաղաքականության համաձայն՝ վերադարձը հնարավոր է միայն 14 օրվա ընթացքում։",
        errors: [{ messageId: 'policy', line: 1, column: 8, endLine: 1, endColumn: 36 }],
      },
      {
        name: "կանոնը կանոն է",
        code: "Customer: Գոնե մեկ բացառություն արեք։\nAgent: Կանոնը կանոն է։",
        errors: [{ messageId: 'policy', line: 2, column: 8, endLine: 2, endColumn: 22 }],
      },
    ],
  });
  tester.run('robotism', robotism, {
    valid: [
      {
        name: "ողջույնից հետո պատվերի համարը",
        code: "Customer: Պատվերս չի եկել։\nAgent: Բարև Ձեզ, ներողություն ուշացման համար։ Խնդրում եմ նշեք Ձեր պատվերի համարը։",
      },
      {
        name: "կարեկցանքից հետո",
        code: "Customer: Քարտս մերժվեց։\nAgent: Հասկանում եմ, որ տհաճ է։ Ասեք Ձեր քարտի համարի վերջին թվանշանները։",
      },
    ],
    invalid: [
      {
        name: "առաջին պատասխանը՝ միայն տվյալներ",
        code: "Customer: Պատվերս չի եկել։\nAgent: Նշեք Ձեր պատվերի համարը։",
        errors: [{ messageId: 'detailsFirst', line: 2, column: 8, endLine: 2, endColumn: 31 }],
      },
      {
        name: "հարցական ձևով",
        code: "Customer: Ապրանքը սխալ է։\nAgent: Ո՞րն է Ձեր պատվերի համարը։",
        errors: [{ messageId: 'detailsFirst', line: 2, column: 8, endLine: 2, endColumn: 33 }],
      },
    ],
  });
  tester.run('apathy', apathy, {
    valid: [
      {
        name: "դժգոհությունն ընդունված է",
        code: "Customer: Սա արդեն երրորդ անգամն է, որ գրում եմ։\nAgent: Ներողություն, իրավացի եք, դա անընդունելի է։ Հիմա կլուծենք։",
      },
      {
        name: "«Չգիտեմ» + հաջորդ քայլ",
        code: "Agent: Չգիտեմ, բայց կպարզեմ և կպատասխանեմ մինչև ժամը 15:00-ն։",
      },
    ],
    invalid: [
      {
        name: "դժգոհությունն անտեսված է",
        code: "Customer: Ես շատ հիասթափված եմ։\nAgent: Ձեր պատվերը կառաքվի վաղը։",
        errors: [{ messageId: 'unacknowledged', line: 2, column: 8, endLine: 2, endColumn: 33 }],
      },
      {
        name: "«Չգիտեմ։» և վերջ",
        code: "Customer: Ե՞րբ կմուտքագրվի փոխանցումը։\nAgent: Չգիտեմ։",
        errors: [{ messageId: 'indifferent', line: 2, column: 8, endLine: 2, endColumn: 14 }],
      },
      {
        name: "«ոչինչ չենք կարող անել»",
        code: "Agent: Ցավոք, ոչինչ չենք կարող անել։",
        errors: [{ messageId: 'indifferent', line: 1, column: 15, endLine: 1, endColumn: 36 }],
      },
    ],
  });
  tester.run('brush-off', brushOff, {
    valid: [
      {
        name: "օպերատորը կապվել է ինքը",
        code: "Agent: Ես արդեն կապվել եմ առաքման ծառայության հետ Ձեր անունից, ծանրոցը կհասնի վաղը։",
      },
      {
        name: "ջերմ փոխանցում",
        code: "Agent: Ձեզ կմիացնեմ մեր մասնագետին, որը կօգնի վերականգնել հաշիվը. արդեն բացատրել եմ նրան խնդիրը։",
      },
      {
        name: "հաճախորդը ինքն է խնդրել",
        code: "Customer: Խնդրում եմ միացրեք ինձ ղեկավարի հետ։\nAgent: Իհարկե, Ձեզ կմիացնեմ։",
      },
    ],
    invalid: [
      {
        name: "մեր գործը չէ",
        code: "Agent: Դա մեր բաժնի գործը չէ։",
        errors: [{ messageId: 'passOff', line: 1, column: 8, endLine: 1, endColumn: 29 }],
      },
      {
        name: "պետք է դիմեք Ձեր բանկին",
        code: "Agent: Այդ հարցով Դուք պետք է դիմեք Ձեր բանկին։",
        errors: [{ messageId: 'referral', line: 1, column: 19, endLine: 1, endColumn: 47 }],
      },
      {
        name: "սառը փոխանցում",
        code: "Agent: Ձեզ կփոխանցեմ այլ բաժին։",
        errors: [{ messageId: 'transfer', line: 1, column: 8, endLine: 1, endColumn: 31 }],
      },
      {
        name: "գործի փոխանցում",
        code: "Agent: Ձեր նամակը փոխանցել ենք համապատասխան բաժնին։",
        errors: [{ messageId: 'handover', line: 1, column: 8, endLine: 1, endColumn: 51 }],
      },
    ],
  });
  tester.run('coldness', coldness, {
    valid: [
      {
        name: "«մի անհանգստացեք»՝ կարեկցանքով",
        code: "Customer: Շատ եմ անհանգստացած։\nAgent: Հասկանում եմ, մի անհանգստացեք, գումարը անվտանգ է։",
      },
      {
        name: "հաճախորդը ներողություն է խնդրում",
        code: "Customer: Ներողություն, խառնել եմ համարը։\nAgent: Ոչինչ, արդեն ուղղել եմ։",
      },
    ],
    invalid: [
      {
        name: "հանգստացեք",
        code: "Agent: Հանգստացեք, խնդրում եմ։",
        errors: [{ messageId: 'settle', line: 1, column: 8, endLine: 1, endColumn: 18 }],
      },
      {
        name: "ինչպես արդեն ասացի",
        code: "Agent: Ինչպես արդեն ասացի, տեխնիկը կգա վաղը։",
        errors: [{ messageId: 'told', line: 1, column: 8, endLine: 1, endColumn: 26 }],
      },
      {
        name: "մեծ խնդիր չէ",
        code: "Agent: Դա այնքան էլ մեծ խնդիր չէ։",
        errors: [{ messageId: 'minimize', line: 1, column: 8, endLine: 1, endColumn: 33 }],
      },
      {
        name: "մեկ բառ վրդովված հաճախորդին",
        code: "Customer: Ես շատ դժգոհ եմ Ձեր սպասարկումից։\nAgent: Լավ։",
        errors: [{ messageId: 'bare', line: 2, column: 8, endLine: 2, endColumn: 11 }],
      },
    ],
  });
  tester.run('condescension', condescension, {
    valid: [
      {
        name: "պարզ է, և օպերատորը ինքն է անում",
        code: "Agent: Դա շատ պարզ է, ես հիմա կանեմ Ձեր փոխարեն։",
      },
      {
        name: "ախտորոշիչ հարց",
        code: "Agent: Ինչո՞ւ չեք կարողանում մուտք գործել, ի՞նչ սխալ է երևում։",
      },
    ],
    invalid: [
      {
        name: "պետք է իմանայիք",
        code: "Agent: Ինչպես պետք է իմանայիք, կոդը ուղարկվում է SMS-ով։",
        errors: [{ messageId: 'talkingDown', line: 1, column: 8, endLine: 1, endColumn: 30 }],
      },
      {
        name: "մեղադրանք",
        code: "Agent: Պետք է ավելի ուշադիր կարդայիք պայմանները։",
        errors: [{ messageId: 'blame', line: 1, column: 8, endLine: 1, endColumn: 37 }],
      },
      {
        name: "շատ պարզ է",
        code: "Agent: Դա շատ պարզ է։",
        errors: [{ messageId: 'talkingDown', line: 1, column: 8, endLine: 1, endColumn: 21 }],
      },
    ],
  });
  tester.run('jargon', jargon, {
    valid: [
      {
        name: "հաճախորդն է առաջինը գրել",
        code: "Customer: Իմ RMA համարը չի աշխատում։\nAgent: Ձեր RMA-ն նորից բացել եմ։",
      },
      {
        name: "պարզ բառերով",
        code: "Agent: Ձեր հայտը փոխանցել եմ մասնագետներին։",
      },
    ],
    invalid: [
      {
        name: "տիկետ",
        code: "Agent: Ձեր տիկետը փակված է։",
        errors: [{ messageId: 'replace', line: 1, column: 12, endLine: 1, endColumn: 18 }],
      },
      {
        name: "SLA",
        code: "Agent: Պատասխան կստանաք SLA-ի շրջանակում։",
        errors: [{ messageId: 'replace', line: 1, column: 25, endLine: 1, endColumn: 28 }],
      },
    ],
  });
  tester.run('unset-expectations', unsetExpectations, {
    valid: [
      {
        name: "ժամկետով",
        code: "Agent: Կստուգեմ և կտեղեկացնեմ այսօր մինչև ժամը 18:00-ն։",
      },
      {
        name: "պայմանական խոստում",
        code: "Agent: Եթե խնդիրը կրկնվի, կտեղեկացնենք տեխնիկին։",
      },
      {
        name: "ժամկետը՝ հաջորդ նախադասությունում",
        code: "Agent: Մեր մասնագետը կկապվի Ձեզ հետ։ Զանգը կլինի վաղը առավոտյան։",
      },
    ],
    invalid: [
      {
        name: "հնարավորինս շուտ",
        code: "Agent: Կպարզեմ և կտեղեկացնեմ հնարավորինս շուտ։",
        errors: [{ messageId: 'noTimeframe', line: 1, column: 30, endLine: 1, endColumn: 46 }],
      },
      {
        name: "կկապվեն՝ առանց ժամկետի",
        code: "Agent: Մեր մասնագետը կկապվի Ձեզ հետ։",
        channel: "email",
        errors: [{ messageId: 'noTimeframe', line: 1, column: 8, endLine: 1, endColumn: 28 }],
      },
    ],
  });
  tester.run('missing-follow-up', missingFollowUp, {
    valid: [
      {
        name: "ժամկետով",
        code: "Customer: Պատվերս չի եկել։\nAgent: Ներողություն։ Ձեր հարցը փոխանցել եմ պահեստին, պատասխան կստանաք 24 ժամվա ընթացքում։",
      },
      {
        name: "հաճախորդը շնորհակալություն է հայտնում",
        code: "Customer: Որտեղ է պատվերս։\nAgent: Այն կհասնի վաղը։\nCustomer: Լավ, շնորհակալություն։",
      },
    ],
    invalid: [
      {
        name: "բաց գործողություն",
        code: "Customer: Պատվերս չի եկել։\nAgent: Ներողություն։ Ձեր հարցը փոխանցել եմ պահեստին։",
        errors: [{ messageId: 'openAction', line: 2, column: 22, endLine: 2, endColumn: 43 }],
      },
      {
        name: "անպատասխան հարց",
        code: "Customer: Պատվերս չի եկել։\nAgent: Տեսնում եմ, այն ճանապարհին է։\nCustomer: Իսկ ե՞րբ կհասնի։",
        errors: [{ messageId: 'unanswered', line: 3, column: 11, endLine: 3, endColumn: 27 }],
      },
    ],
  });
  tester.run('missing-thanks', missingThanks, {
    valid: [
      {
        name: "շնորհակալություն",
        code: "Customer: Որտեղ է պատվերս։\nAgent: Շնորհակալություն սպասելու համար, այն կհասնի վաղը։",
      },
      {
        name: "«ապրեք»",
        code: "Customer: Որտեղ է պատվերս։\nAgent: Ապրեք, որ գրեցիք, այն կհասնի վաղը։",
      },
    ],
    invalid: [
      {
        name: "ոչ մի շնորհակալություն",
        code: "Customer: Որտեղ է պատվերս։\nAgent: Այն կհասնի վաղը։",
        errors: [{ messageId: 'missing', line: 2, column: 8, endLine: 2, endColumn: 24 }],
      },
    ],
  });
  tester.run('missing-confirmation', missingConfirmation, {
    valid: [
      {
        name: "լուծում + ստուգում",
        code: "Customer: Չեմ կարողանում մուտք գործել։\nAgent: Վերականգնել եմ Ձեր գաղտնաբառը։ Տեղեկացրեք, եթե չստացվի։",
      },
      {
        name: "լուծում + հարց",
        code: "Customer: Չեմ կարողանում մուտք գործել։\nAgent: Վերականգնել եմ Ձեր գաղտնաբառը։ Ստացվե՞ց։",
      },
    ],
    invalid: [
      {
        name: "լուծում առանց ստուգման",
        code: "Customer: Չեմ կարողանում մուտք գործել։\nAgent: Վերականգնել եմ Ձեր գաղտնաբառը։",
        errors: [{ messageId: 'unconfirmed', line: 2, column: 8, endLine: 2, endColumn: 22 }],
      },
      {
        name: "հրահանգ՝ բայը վերջում",
        code: "Customer: Ինտերնետը դանդաղ է։\nAgent: Ռոուտերը վերագործարկեք։",
        errors: [{ messageId: 'unconfirmed', line: 2, column: 8, endLine: 2, endColumn: 30 }],
      },
    ],
  });
  tester.run('assumption', assumption, {
    valid: [
      {
        name: "նախ ճշտող հարց",
        code: "Customer: Հավելվածը չի աշխատում։\nAgent: Ճշտելու համար՝ ի՞նչ եք տեսնում էկրանին։\nCustomer: Սև էկրան։\nAgent: Թարմացրեք հավելվածը։",
      },
      {
        name: "խնդիրը կոնկրետ է",
        code: "Customer: Թարմացումից հետո հավելվածը փակվում է։\nAgent: Վերատեղադրեք հավելվածը։",
      },
    ],
    invalid: [
      {
        name: "անորոշ խնդիր, միանգամից լուծում",
        code: "Customer: Հավելվածը չի աշխատում։\nAgent: Ջնջեք հավելվածը և նորից տեղադրեք։",
        errors: [{ messageId: 'assumed', line: 2, column: 8, endLine: 2, endColumn: 40 }],
      },
      {
        name: "ինչ-որ խնդիր",
        code: "Customer: Ինտերնետի հետ ինչ-որ խնդիր կա։\nAgent: Վերագործարկել եմ Ձեր ռոուտերը։",
        errors: [{ messageId: 'assumed', line: 2, column: 8, endLine: 2, endColumn: 24 }],
      },
    ],
  });
  tester.run('no-alternative', noAlternative, {
    valid: [
      {
        name: "մերժում + «բայց»",
        code: "Agent: Ամսական վճարը չենք կարող վերադարձնել, բայց կարող եմ սառեցնել բաժանորդագրությունը մեկ ամսով։",
      },
      {
        name: "պայմանական մերժում",
        code: "Agent: Չենք կարող առաքել պատվերը, մինչև բանկը չհաստատի վճարումը։",
      },
      {
        name: "մերժում հարցում",
        code: "Agent: Չե՞ք կարող մուտք գործել հավելված։",
      },
    ],
    invalid: [
      {
        name: "չենք կարող վերադարձնել",
        code: "Agent: Ցավոք, գումարը չենք կարող վերադարձնել։",
        errors: [{ messageId: 'refusal', line: 1, column: 23, endLine: 1, endColumn: 45 }],
      },
      {
        name: "հնարավոր չէ",
        code: "Agent: Դա հնարավոր չէ։",
        errors: [{ messageId: 'refusal', line: 1, column: 8, endLine: 1, endColumn: 22 }],
      },
      {
        name: "չենք տրամադրում",
        code: "Agent: Գնային տարբերության փոխհատուցում մենք չենք տրամադրում։",
        errors: [{ messageId: 'refusal', line: 1, column: 41, endLine: 1, endColumn: 61 }],
      },
    ],
  });
  tester.run('interruption', interruption, {
    valid: [
      {
        name: "օպերատորը սպասում է",
        code: "[10:00:00] Customer: Բարև, ռոուտերը կարմիր է վառվում։\n[10:00:40] Agent: Ներողություն, ստուգում եմ։",
        filename: "chat.txt",
      },
    ],
    invalid: [
      {
        name: "«սպասեք, դեռ չեմ ավարտել»",
        code: "{\"channel\": \"chat\", \"messages\": [{\"role\": \"customer\", \"text\": \"Բարև, ռոուտերի լույսը կարմիր է վառվում, և\", \"timestamp\": \"2026-03-02T10:00:10Z\"}, {\"role\": \"agent\", \"text\": \"Վերագործարկեք ռոուտերը։\", \"timestamp\": \"2026-03-02T10:00:14Z\"}, {\"role\": \"customer\", \"text\": \"սպասեք, դեռ չեմ ավարտել\", \"timestamp\": \"2026-03-02T10:00:19Z\"}]}",
        errors: [{ messageId: 'chat', line: 1, column: 173, endLine: 1, endColumn: 196 }],
      },
    ],
  });
  tester.run('slow-response', slowResponse, {
    valid: [
      {
        name: "սպասման հաղորդագրություն ժամանակին",
        code: "[10:00:00] Customer: Որտեղ է պատվերս։\n[10:01:00] Agent: Մի պահ, ստուգում եմ։\n[10:03:30] Agent: Այն կհասնի այսօր։",
        filename: "chat.txt",
      },
      {
        name: "հաճախորդի «լավ, մերսի»-ն ժամացույց չի սկսում",
        code: "[10:00:00] Customer: Որտեղ է պատվերս։\n[10:00:30] Agent: Այն կհասնի այսօր։\n[10:00:40] Customer: լավ, մերսի\n[10:20:00] Agent: Էլ ինչո՞վ կարող եմ օգնել։",
        filename: "chat.txt",
      },
    ],
    invalid: [
      {
        name: "առաջին պատասխանը՝ 5 րոպե անց",
        code: "[10:00:00] Customer: Որտեղ է պատվերս։\n[10:05:00] Agent: Այն կհասնի այսօր։",
        filename: "chat.txt",
        errors: [{ messageId: 'firstReply', line: 2, column: 19, endLine: 2, endColumn: 36 }],
      },
    ],
  });
  tester.run('undocumented', undocumented, {
    valid: [
      {
        name: "ամփոփման տող",
        code: "{\"channel\": \"chat\", \"metadata\": {\"documentation\": \"expected\"}, \"messages\": [{\"role\": \"customer\", \"text\": \"Քարտս արգելափակված է։\"}, {\"role\": \"agent\", \"text\": \"Ապաարգելափակել եմ այն։\"}, {\"role\": \"system\", \"text\": \"Ամփոփում: քարտը ապաարգելափակվել է։\"}]}",
      },
    ],
    invalid: [
      {
        name: "նշում չկա",
        code: "{\"channel\": \"chat\", \"metadata\": {\"documentation\": \"expected\"}, \"messages\": [{\"role\": \"customer\", \"text\": \"Քարտս արգելափակված է։\"}, {\"role\": \"agent\", \"text\": \"Ապաարգելափակել եմ այն։\"}]}",
        errors: [{ messageId: 'missing', line: 1, column: 159, endLine: 1, endColumn: 181 }],
      },
    ],
  });
  tester.run('unprofessional-tone', unprofessionalTone, {
    valid: [
      {
        name: "քաղաքավարի",
        code: "Agent: Ներողություն, համակարգը դանդաղ է աշխատում, մի պահ։",
      },
    ],
    invalid: [
      {
        name: "հայհոյանք",
        code: "Agent: Էս ինչ քաք ծրագիր է։",
        errors: [{ messageId: 'profanity', line: 1, column: 15, endLine: 1, endColumn: 18 }],
      },
      {
        name: "ժարգոն",
        code: "Agent: Ախպեր ջան, մի րոպե։",
        errors: [{ messageId: 'slangRemove', line: 1, column: 8, endLine: 1, endColumn: 13 }],
      },
    ],
  });
  tester.run('unfilled-placeholder', unfilledPlaceholder, {
    valid: [
      {
        name: "լրացված անուն",
        code: "Agent: Հարգելի Աննա, Ձեր պատվերը կառաքվի ուրբաթ։",
      },
    ],
    invalid: [
      {
        name: "[Հաճախորդի անուն]",
        code: "Agent: Հարգելի [Հաճախորդի անուն], Ձեր պատվերը կառաքվի ուրբաթ։",
        errors: [{ messageId: 'placeholder', line: 1, column: 16, endLine: 1, endColumn: 33 }],
      },
      {
        name: "<մուտքագրեք հղումը>",
        code: "Agent: Ներբեռնեք այստեղից՝ <մուտքագրեք հղումը>։",
        errors: [{ messageId: 'placeholder', line: 1, column: 28, endLine: 1, endColumn: 47 }],
      },
    ],
  });
});

describe("hy: seed 001, best practices («Հաճախորդների սպասարկման լավագույն պրակտիկա»)", () => {
  tester.run('apathy', apathy, {
    valid: [
      {
        name: "«Ակտիվ լսեք»՝ պահպանված",
        code: "Customer: Ես շատ զայրացած եմ, երկու անգամ եք գանձել։\nAgent: Հասկանում եմ Ձեր դժգոհությունը, ներողություն։ Երկրորդ գանձումը արդեն վերադարձրել եմ։",
      },
    ],
    invalid: [
      {
        name: "«Եթե նրանք զայրացած են, ակտիվ լսեք»՝ խախտված",
        code: "Customer: Ես շատ զայրացած եմ, երկու անգամ եք գանձել։\nAgent: Ձեր հաշվի մնացորդը 12000 դրամ է։",
        errors: [{ messageId: 'unacknowledged', line: 2, column: 8, endLine: 2, endColumn: 40 }],
      },
    ],
  });
  tester.run('unset-expectations', unsetExpectations, {
    valid: [
      {
        name: "«Սահմանեք ակնկալիքները»՝ պահպանված. հստակ խոստում",
        code: "Agent: Կզանգահարենք Ձեզ վաղը ժամը 11:00-ին, իսկ եթե պատասխանը պատրաստ լինի ավելի շուտ, կգրենք այսօր։",
      },
    ],
    invalid: [
      {
        name: "«Սահմանեք ակնկալիքները»՝ խախտված. խոստում առանց ժամկետի",
        code: "Agent: Կզանգահարենք Ձեզ շուտով։",
        errors: [{ messageId: 'noTimeframe', line: 1, column: 25, endLine: 1, endColumn: 31 }],
      },
    ],
  });
  tester.run('missing-follow-up', missingFollowUp, {
    valid: [
      {
        name: "«Հետևեք նրանց հետ»՝ պահպանված",
        code: "Customer: Նոր հեռախոսը տաքանում է։\nAgent: Շնորհակալություն, որ տեղեկացրիք։ Հարցը փոխանցել եմ երաշխիքային բաժնին, և վաղը կզանգահարեմ Ձեզ՝ ստուգելու, թե ինչպես է հեռախոսը։",
      },
    ],
    invalid: [
      {
        name: "«Հետևեք նրանց հետ»՝ խախտված. փոխանցում առանց ժամկետի",
        code: "Customer: Նոր հեռախոսը տաքանում է։\nAgent: Շնորհակալություն, որ տեղեկացրիք։ Հարցը փոխանցել եմ երաշխիքային բաժնին։",
        errors: [{ messageId: 'openAction', line: 2, column: 41, endLine: 2, endColumn: 58 }],
      },
    ],
  });
  tester.run('missing-thanks', missingThanks, {
    valid: [
      {
        name: "«Շնորհակալություն նրանց բիզնեսի համար»՝ պահպանված",
        code: "Customer: Ստացա նոր հեռախոսը։\nAgent: Շնորհակալություն, որ ընտրեցիք մեզ։ Վայելեք։",
      },
    ],
    invalid: [
      {
        name: "«Շնորհակալություն նրանց բիզնեսի համար»՝ խախտված",
        code: "Customer: Ստացա նոր հեռախոսը։\nAgent: Լավ, վայելեք։",
        errors: [{ messageId: 'missing', line: 2, column: 8, endLine: 2, endColumn: 21 }],
      },
    ],
  });
  tester.run('assumption', assumption, {
    valid: [
      {
        name: "«Հարցեր տվեք, հասեք խնդրի արմատին»՝ պահպանված",
        code: "Customer: Բարև, ինչ-որ բան այն չէ հաշվիս հետ։\nAgent: Ճշտելու համար՝ կոնկրետ ի՞նչ է կատարվում, երբ մուտք եք գործում։",
      },
    ],
    invalid: [
      {
        name: "«Լսեք առաջինը»՝ խախտված. լուծում առանց հարցի",
        code: "Customer: Բարև, ինչ-որ բան այն չէ հաշվիս հետ։\nAgent: Զրոյացրել եմ Ձեր գաղտնաբառը։",
        errors: [{ messageId: 'assumed', line: 2, column: 8, endLine: 2, endColumn: 20 }],
      },
    ],
  });
  tester.run('interruption', interruption, {
    valid: [
      {
        name: "«Լսեք առաջինը»՝ պահպանված. օպերատորը սպասում է, մինչև հաճախորդն ավարտի",
        code: "{\"channel\": \"chat\", \"messages\": [{\"role\": \"customer\", \"text\": \"Բարև, վճարել եմ հաշիվը, բայց\", \"timestamp\": \"2026-03-02T10:00:10Z\"}, {\"role\": \"customer\", \"text\": \"գումարը երկու անգամ է գանձվել, և ուզում եմ, որ երկրորդը վերադարձնեք\", \"timestamp\": \"2026-03-02T10:00:18Z\"}, {\"role\": \"agent\", \"text\": \"Շնորհակալություն, որ տեղեկացրիք, և ներողություն։ Երկրորդ գանձումը վերադարձրել եմ։\", \"timestamp\": \"2026-03-02T10:00:55Z\"}]}",
      },
    ],
    invalid: [
      {
        name: "«Լսեք առաջինը»՝ խախտված. պատասխան, մինչ հաճախորդը դեռ գրում է",
        code: "{\"channel\": \"chat\", \"messages\": [{\"role\": \"customer\", \"text\": \"Բարև, վճարել եմ հաշիվը, բայց\", \"timestamp\": \"2026-03-02T10:00:10Z\"}, {\"role\": \"agent\", \"text\": \"Վճարը ստացել ենք, շնորհակալություն։\", \"timestamp\": \"2026-03-02T10:00:13Z\"}, {\"role\": \"customer\", \"text\": \"բայց գումարը երկու անգամ է գանձվել, և ուզում եմ, որ երկրորդը վերադարձնեք\", \"timestamp\": \"2026-03-02T10:00:18Z\"}]}",
        errors: [{ messageId: 'chat', line: 1, column: 160, endLine: 1, endColumn: 195 }],
      },
    ],
  });
  tester.run('slow-response', slowResponse, {
    valid: [
      {
        name: "«Չափելի ստանդարտներ»՝ պահպանված. սպասման հաղորդագրություն",
        code: "[10:00:00] Customer: Քարտս արգելափակվել է։\n[10:00:50] Agent: Շնորհակալություն, թույլ տվեք ստուգել։\n[10:03:00] Agent: Ապաարգելափակել եմ։",
        filename: "chat.txt",
      },
    ],
    invalid: [
      {
        name: "«Չափելի ստանդարտներ»՝ խախտված. պատասխան 4 րոպե անց",
        code: "[10:00:00] Customer: Քարտս արգելափակվել է։\n[10:04:00] Agent: Ներողություն սպասեցնելու համար, ապաարգելափակել եմ։",
        filename: "chat.txt",
        errors: [{ messageId: 'firstReply', line: 2, column: 19, endLine: 2, endColumn: 69 }],
      },
    ],
  });
});
