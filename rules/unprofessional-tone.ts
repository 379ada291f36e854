import { defineRule, type ReportDescriptor } from '../src/linter/rule.js';
import type { Turn } from '../src/model.js';
import { EMAIL_HISTORY, inSkippedSpan, type TurnAnalysis } from '../src/text/analysis.js';

/**
 * Handling a query, key principles: professionalism — "keep a polite and respectful
 * tone" (002). Four things a QA reviewer marks down in an agent's written reply:
 * profanity, shouting in capitals, runs of `!!!` / `???`, and chat slang.
 *
 * Every occurrence is reported at its own range. Quoted text (the customer's own
 * words quoted back), URLs, @handles and e-mail quote lines are skipped. On the
 * `voice` channel only profanity is checked: capitals, punctuation and spellings
 * like "gonna" are the transcriber's, not the agent's.
 */

interface Options {
  /** Slang words not to report on any channel. */
  allowSlang: string[];
  /** Short forms accepted on `social`, where replies are tweet-length. */
  socialShortForms: string[];
  /** Words in capitals that are not shouting (added to the built-in acronyms). */
  allowCaps: string[];
  /** How many consecutive words in capitals count as shouting. */
  minCapsWords: number;
}

/** Acronyms and initialisms that are written in capitals anyway. */
const ACRONYMS = new Set(
  (
    'ID PDF OK FAQ FAQS USB URL PIN SMS MMS VAT UK USA EU CEO TV PC ETA ASAP FYI PS GMT UTC BST CET CEST EST EDT PST PDT ' +
    'IBAN BIC SWIFT API SSL VPN DNS IP ISP ATM CVV CVC SIM GPS HTML CSV JPG JPEG PNG GIF DM NB RMA SKU QR NFC MFA OTP HR TBC TBD ' +
    'UPS DHL USPS TNT DPD GLS IOS IMEI ISBN EAN UPC KYC AML GDPR POS DOB SSN NHS IRS HMRC LLC LTD PLC ' +
    // Greek: tax and social-security numbers, VAT, tax office, post, vehicle tests, power company, Greek IBAN spelling, transport.
    'ΑΦΜ ΑΜΚΑ ΦΠΑ ΔΟΥ ΕΛΤΑ ΙΒΑΝ ΚΤΕΟ ΔΕΗ ΔΕΔΔΗΕ ΕΦΚΑ ΟΤΕ ΚΕΠ ΑΑΔΕ ΕΥΔΑΠ ΟΑΣΑ ΚΤΕΛ ΜΜΜ ΕΟΠΥΥ ΙΚΑ ΑΔΤ ΤΚ ΑΕ ΕΠΕ ΙΚΕ ' +
    // Armenian and Georgian counterparts of the common ones.
    'ՀՎՀՀ ԱԱՀ ՀՀ ՍՊԸ ԲԲԸ ՀՏՀ ԱԴ სკ დღგ შპს სს'
  ).split(' '),
);

/** Written-out forms of slang; several where the short form is ambiguous ("ur" = your / you're). */
const EXPANSIONS: Record<string, string[]> = {
  // Greek chat short forms.
  πλζ: ['παρακαλώ'],
  πλιζ: ['παρακαλώ'],
  ευχ: ['ευχαριστώ'],
  τπτ: ['τίποτα'],
  δλδ: ['δηλαδή'],
  σόρι: ['συγγνώμη'],
  σορι: ['συγγνώμη'],
  θενξ: ['ευχαριστώ'],
  θενκς: ['ευχαριστώ'],
  u: ['you'],
  ur: ['your', "you're"],
  pls: ['please'],
  plz: ['please'],
  gonna: ['going to'],
  wanna: ['want to'],
  gotta: ['have to'],
  idk: ["I don't know"],
  btw: ['by the way'],
  thx: ['thanks'],
  thnx: ['thanks'],
  tnx: ['thanks'],
  tho: ['though'],
  cuz: ['because'],
  coz: ['because'],
  tbh: ['to be honest'],
  imo: ['in my opinion'],
  imho: ['in my opinion'],
  brb: ["I'll be right back"],
  np: ['no problem'],
  nvm: ['never mind'],
  nah: ['no'],
  dunno: ["don't know"],
  gimme: ['give me'],
  lemme: ['let me'],
  ya: ['you', 'yes'],
  b4: ['before'],
  '2day': ['today'],
  '2moro': ['tomorrow'],
  tmrw: ['tomorrow'],
  ppl: ['people'],
};

const TOKEN = /[\p{L}\p{N}]+(?:['\u2019][\p{L}]+|-[\p{L}\p{N}]+)*/gu;
const TOKEN_MARK = /[_#[\]{}<>%@$]/;
const RUN_BREAK = /[\n>/|,;:()[\]{}<>\u2192\u00bb]/;
const LABEL_BEFORE =
  /\b(?:ref(?:erence)?|code|number|no\.?|id|pnr|booking|voucher|coupon|promo|password|passcode|serial|sku|tracking|plan|tariff|bundle|package|product|model|status|option|button|tab|menu|field|called|named|labell?ed|titled|select|choose|tap|click|press)\s*(?:is|was|:|#)?\s*[:#"'\u201c]?\s*$/i;
const LABEL_AFTER = /^\s*["'\u201d]?\s*(?:button|tab|menu|option|link|field|screen|page|plan|bundle|package|tariff|setting|toggle|box)\b/i;
const HEADER_LINE = /^\s*(?:re|fwd?|subject)\s*:/i;
const PUNCTUATION_RUN = /[!?]{2,}/g;
const TERMINAL = /[.!?\u2026]\s*[\p{Pe}\p{Pf}"'\p{Extended_Pictographic}\u200d\ufe0f\s]*$/u;

type TokenKind = 'caps' | 'neutral' | 'break';

/** Where the quoted history of an e-mail starts ("On Mon, … wrote:", "-----Original Message-----"). */
function historyStart(text: string): number {
  const m = EMAIL_HISTORY.exec(text);
  return m ? m.index : text.length;
}

function matchCase(replacement: string, original: string): string {
  return /^\p{Lu}/u.test(original) ? replacement[0].toUpperCase() + replacement.slice(1) : replacement;
}

function shorten(text: string, max = 40): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

export default defineRule<Options>({
  meta: {
    id: 'unprofessional-tone',
    kind: 'style',
    docs: {
      description: 'Profanity, shouting in capitals, runs of "!!!" or "???", and chat slang in an agent reply',
      seed: 'handling a query: key principles, professionalism (002)',
      url: 'docs/rules/unprofessional-tone.md',
    },
    channels: ['chat', 'email', 'voice', 'social', 'macro'],
    defaultSeverity: 'error',
    fixable: true,
    hasSuggestions: true,
    schema: {
      type: 'object',
      properties: {
        allowSlang: { type: 'array', items: { type: 'string' }, description: 'Slang words not to report on any channel (case-insensitive).' },
        socialShortForms: { type: 'array', items: { type: 'string' }, description: 'Short forms accepted on the social channel.' },
        allowCaps: { type: 'array', items: { type: 'string' }, description: 'Words in capitals that are not shouting (brand names, product codes).' },
        minCapsWords: { type: 'integer', minimum: 2, description: 'Consecutive words in capitals that count as shouting.' },
      },
      additionalProperties: false,
    },
    defaultOptions: { allowSlang: [], socialShortForms: ['pls', 'plz', 'thx', 'btw'], allowCaps: [], minCapsWords: 3 },
    messages: {
      profanity: 'Profanity ("{{word}}") has no place in a reply to a customer; rephrase without it.',
      shouting: 'Capitals read as shouting ("{{text}}"); write it in sentence case.',
      punctuation: 'Repeated "{{text}}" reads as shouting or exasperation; use a single "{{replacement}}".',
      slang: 'Chat slang "{{word}}" reads as unprofessional; write "{{replacement}}".',
      slangRemove: 'Chat slang "{{word}}" reads as unprofessional; leave it out.',
      replaceWith: 'Replace "{{word}}" with "{{replacement}}".',
    },
  },
  create(context) {
    const options = context.options;
    const allowCaps = new Set([...ACRONYMS, ...options.allowCaps.map((w) => w.toUpperCase())]);
    const allowSlang = new Set(options.allowSlang.map((w) => w.toLowerCase()));
    if (context.channel === 'social') for (const w of options.socialShortForms) allowSlang.add(w.toLowerCase());
    const spokenOnly = context.channel === 'voice';

    /** A word wrapped in single quotes is being quoted ('crap', he said), not said. */
    const singleQuoted = (a: TurnAnalysis, start: number, end: number) => a.normalized[start - 1] === "'" && a.normalized[end] === "'";

    function profanity(turn: Turn, a: TurnAnalysis): ReportDescriptor[] {
      return context
        .find(turn, 'profanity', { includeNegated: true })
        .filter((hit) => !singleQuoted(a, hit.start, hit.end))
        .map((hit) => ({ turn, range: [hit.start, hit.end], messageId: 'profanity', data: { word: hit.text } }));
    }

    function slang(turn: Turn, a: TurnAnalysis): ReportDescriptor[] {
      const out: ReportDescriptor[] = [];
      for (const hit of context.find(turn, 'slang', { includeNegated: true })) {
        const word = hit.text;
        const lower = word.toLowerCase();
        if (allowSlang.has(lower) || singleQuoted(a, hit.start, hit.end)) continue;
        // "U", "UR", "NP" in capitals are letters or initialisms (U-turn, NP = nurse practitioner).
        if (word.length <= 2 && word === word.toUpperCase() && /\p{L}/u.test(word)) continue;
        // Looked up without accents: «σόρι» and «σορι» are the same short form.
        const expansions = EXPANSIONS[lower] ?? EXPANSIONS[lower.normalize('NFD').replace(/\p{M}+/gu, '')];
        if (!expansions) {
          out.push({ turn, range: [hit.start, hit.end], messageId: 'slangRemove', data: { word } });
          continue;
        }
        const replacements = expansions.map((e) => matchCase(e, word));
        out.push({
          turn,
          range: [hit.start, hit.end],
          messageId: 'slang',
          data: { word, replacement: replacements.join('" or "') },
          suggest: replacements.map((replacement) => ({
            messageId: 'replaceWith',
            data: { word, replacement },
            fix: { range: [hit.start, hit.end], text: replacement },
          })),
        });
      }
      return out;
    }

    function punctuation(turn: Turn, a: TurnAnalysis): ReportDescriptor[] {
      const out: ReportDescriptor[] = [];
      const text = a.normalized;
      PUNCTUATION_RUN.lastIndex = 0;
      for (const m of text.matchAll(PUNCTUATION_RUN)) {
        const run = m[0];
        const start = m.index!;
        const end = start + run.length;
        // "?!" and "!?" are one mark; "!!", "??" and anything longer are a run.
        if (run.length < 3 && !/!!|\?\?/.test(run)) continue;
        if (inSkippedSpan(a, start, end)) continue;
        // `!!value` in a code snippet: the run opens a word instead of closing one.
        if (!/[\p{L}\p{N}_]/u.test(text[start - 1] ?? '') && /[\p{L}\p{N}_]/u.test(text[end] ?? '')) continue;
        const replacement = run.includes('?') ? '?' : '!';
        out.push({
          turn,
          range: [start, end],
          messageId: 'punctuation',
          data: { text: run, replacement },
          fix: { range: [start, end], text: replacement },
        });
      }
      return out;
    }

    function shouting(turn: Turn, a: TurnAnalysis): ReportDescriptor[] {
      const out: ReportDescriptor[] = [];
      const text = turn.text;
      interface Tok { start: number; end: number; kind: TokenKind }
      const tokens: Tok[] = [];
      for (const m of text.matchAll(TOKEN)) {
        const word = m[0];
        const start = m.index!;
        const end = start + word.length;
        let kind: TokenKind;
        // Digits, links, and template or redaction tokens (#NAME#, [PRS_ORG], {{NAME}}) are not words.
        if (/\p{N}/u.test(word) || inSkippedSpan(a, start, end) || TOKEN_MARK.test(text[start - 1] ?? '') || TOKEN_MARK.test(text[end] ?? '')) kind = 'break';
        else if (word !== word.toUpperCase() || word === word.toLowerCase()) kind = 'break';
        else if ((word.match(/\p{L}/gu) ?? []).length < 2 || allowCaps.has(word.replace(/['\u2019]S$/, ''))) kind = 'neutral';
        // 9 AM, 5.30 PM: a time, not a shout.
        else if ((word === 'AM' || word === 'PM') && /\d\s?$/.test(text.slice(Math.max(0, start - 2), start))) kind = 'neutral';
        else kind = 'caps';
        tokens.push({ start, end, kind });
      }
      const minWords = Math.max(2, options.minCapsWords);
      // Where the line of a run starts, found moving forward (a backward search per run is quadratic on a long line).
      let lineStart = 0;
      let nextLineBreak = text.indexOf('\n');
      let i = 0;
      while (i < tokens.length) {
        if (tokens[i].kind === 'break') {
          i++;
          continue;
        }
        let j = i;
        // A run is words in a row: it stops at a line break, a list comma, a label colon, brackets or a menu path ("Settings > PRIVACY").
        while (j + 1 < tokens.length && tokens[j + 1].kind !== 'break' && !RUN_BREAK.test(text.slice(tokens[j].end, tokens[j + 1].start))) j++;
        const run = tokens.slice(i, j + 1);
        // A code or a label, written in capitals where it comes from: "booking ref ABC DEF GHI",
        // "your plan: UNLIMITED DATA PLUS", "tap the SAVE CHANGES button", "RE: YOUR ORDER".
        while (nextLineBreak !== -1 && nextLineBreak < run[0].start) {
          lineStart = nextLineBreak + 1;
          nextLineBreak = text.indexOf('\n', lineStart);
        }
        const label =
          /(?:[>\u2192\u00bb]|&gt;)\s*$/.test(text.slice(Math.max(0, run[0].start - 5), run[0].start)) ||
          /^\s*[>\u2192\u00bb]/.test(text.slice(run[run.length - 1].end)) ||
          LABEL_BEFORE.test(text.slice(Math.max(0, run[0].start - 30), run[0].start)) ||
          LABEL_AFTER.test(text.slice(run[run.length - 1].end, run[run.length - 1].end + 20)) ||
          HEADER_LINE.test(text.slice(lineStart, run[0].start + 4));
        if (!label && run.filter((t) => t.kind === 'caps').length >= minWords) {
          out.push({ turn, range: [run[0].start, run[run.length - 1].end], messageId: 'shouting', data: { text: shorten(text.slice(run[0].start, run[run.length - 1].end)) } });
        }
        i = j + 1;
      }
      // A whole sentence in capitals: "THANK YOU." — but not a heading with no full stop.
      // Sentences, tokens and the runs found above are all in text order: one sweep, not sentences × tokens.
      const runs = out.length;
      let first = 0;
      let overlapping = 0;
      for (const sentence of a.sentences) {
        while (first < tokens.length && tokens[first].start < sentence.start) first++;
        if (!TERMINAL.test(sentence.text)) continue;
        let last = first;
        while (last < tokens.length && tokens[last].end <= sentence.end) last++;
        const inSentence = tokens.slice(first, last);
        if (inSentence.length === 0 || inSentence.some((t) => t.kind === 'break')) continue;
        if (inSentence.filter((t) => t.kind === 'caps').length < 2) continue;
        const start = inSentence[0].start;
        const end = inSentence[inSentence.length - 1].end;
        while (overlapping < runs && out[overlapping].range![1] <= start) overlapping++;
        if (overlapping < runs && out[overlapping].range![0] < end) continue;
        out.push({ turn, range: [start, end], messageId: 'shouting', data: { text: shorten(text.slice(start, end)) } });
      }
      return out;
    }

    return {
      agentTurn(turn) {
        const a = context.analyze(turn);
        const findings = spokenOnly ? profanity(turn, a) : [...profanity(turn, a), ...shouting(turn, a), ...punctuation(turn, a), ...slang(turn, a)];
        // A word that is both profanity and slang ("wtf" if a team adds it) is one problem.
        const seen = new Set<string>();
        const history = historyStart(turn.text);
        for (const f of findings.sort((x, y) => x.range![0] - y.range![0])) {
          if (f.range![0] >= history) continue;
          const key = `${f.range![0]}:${f.range![1]}`;
          if (seen.has(key)) continue;
          seen.add(key);
          context.report(f);
        }
      },
    };
  },
});
