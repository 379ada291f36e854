import { defineRule } from '../src/linter/rule.js';
import type { Turn } from '../src/model.js';
import { inSkippedSpan } from '../src/text/analysis.js';

/**
 * Template placeholders left in a message that was sent: "Hi {{first_name}}",
 * "Dear [CUSTOMER NAME]", "your refund of £XX.XX". The customer sees that the
 * reply was canned, and the detail they needed is missing.
 *
 * Not for macros: a macro is a template, and its placeholders are the point
 * (the engine masks `{{…}}` in them anyway). Not for voice: call transcripts put
 * redactions and sound notes in brackets, and nobody reads "[NAME]" aloud.
 */

interface Options {
  /** Placeholder texts that are not template leftovers (e.g. the redaction tokens of an export tool). */
  ignore: string[];
}

interface Hit {
  start: number;
  end: number;
  /** Found by a lexicon entry (a worded field such as «όνομα πελάτη» after a salutation), not by template syntax. */
  worded?: boolean;
}

/**
 * Template syntax that needs no English words. Each needs identifier-like content,
 * so JSON ({"a": 1}), CSS and prose in braces do not match.
 */
const TEMPLATE_SYNTAX: RegExp[] = [
  // {{first_name}}, {{ ticket.requester.name }}, {{name | capitalize}}, {{{raw}}}, {{#if vip}}
  /\{\{\{?[#/^&]?\s*[A-Za-z_$][\w.$\[\]'"-]*(?:\s+[\w.$'"-]+)*\s*(?:\|[^{}\n]{0,60})?\}\}\}?/g,
  // {% if customer.vip %}
  /\{%-?\s*[A-Za-z_]\w*[^%\n]{0,80}?-?%\}/g,
  // ${name}, %{name}, #{name}
  /[$%#]\{[A-Za-z_][\w.]{0,80}\}/g,
  // {name}, {first_name}, {customer.email}, {0}
  /(?<![{$%#\w])\{(?:[A-Za-z_][\w.-]{1,40}|\d{1,2})\}(?!\})/g,
  // %NAME%, %first_name%, %%NAME%%
  /(?<![\w%\\/])%%?[A-Za-z_][\w.]{0,40}%%?(?![\w%\\/])/g,
  // <<NAME>>, <<first name>>
  /<<\s*[A-Za-z_][\w .-]{0,40}?\s*>>/g,
  // «FirstName» (Word mail merge fields are Latin identifiers without spaces; see guillemetsQuote for Greek and Armenian)
  /«[A-Za-z_][A-Za-z0-9_]{0,40}»/g,
  // [FIRST_NAME], [customer_name]
  /\[[A-Za-z]+(?:_[A-Za-z]+)+\]/g,
];

/** Dummy values standing in for a detail: dates, times, amounts, numbers. */
const DUMMY_VALUES: RegExp[] = [
  // xx/xx/xxxx, XX.XX.XXXX, XX:XX
  /(?<![\w/.-])[xX]{1,2}([/.-])[xX]{1,2}\1[xX]{2,4}(?![\w/-]|\.\w)/g,
  /(?<![\w:])[xX]{2}:[xX]{2}(?![\w:])/g,
  // £XX.XX, $XX, €xx,xx
  /[£$€][xX]{2,}(?:[.,][xX]{2})?(?![\w])/g,
  // XX days, XX%
  /(?<![\w-])XX(?=\s?%|\s+(?:business |working )?(?:days?|hours?|minutes?|weeks?|months?)\b)/g,
  // XXX, XXXX (in capitals: "xxx" is a sign-off kiss)
  /(?<![\w-])X{3,}(?![\w-])/g,
];

/** The message asks the customer for details… */
const ASKS_FOR_DETAILS =
  /\b(?:share|provide|send|fill (?:in|out)|complete|confirm|reply with|give us|give me|tell us|tell me|help me with|answer)\b[^.!?\n]{0,80}\b(?:details|information|info|data|following|below|form|template|fields?|questions?)\b|\bas per the (?:template|form)\b/i;
/** …and the placeholder stands after a field label: "Phone number - [phone number]", "Name: [your name]". */
const FORM_LABEL = /[\p{L})]\s*(?:[:=]|\s[-\u2013])\s*(?:[-\u2013]\s*)?(?:Y\/N\s*[-\u2013:]\s*)?$/u;

/** A sentence about template syntax: "the tag should be {{form.total}}". */
const TEMPLATE_TALK = /\b(?:tags?|merge (?:fields?|tags?)|placeholders?|variables?|templates?|syntax|shortcodes?|liquid|handlebars|mustache|field names?)\b/i;

/** Windows environment variables are real paths in tech support, not placeholders. */
const ENV_VARS = new Set(
  'APPDATA LOCALAPPDATA USERPROFILE TEMP TMP PROGRAMFILES PROGRAMDATA WINDIR SYSTEMROOT SYSTEMDRIVE HOMEPATH HOMEDRIVE PATH COMPUTERNAME PUBLIC ALLUSERSPROFILE COMMONPROGRAMFILES'.split(' '),
);

/**
 * Greek and Armenian (and French, Russian…) quote with « »: a writer who puts « » round
 * words that are no field name ("«Ρυθμίσεις»", "«Save changes»") quotes with them, and
 * then «CC» is a quoted label too. Only an unmistakable field name (FIRST_NAME,
 * FirstName) still counts in such a text.
 */
function guillemetsQuote(text: string): boolean {
  for (const m of text.matchAll(/«([^«»\n]{1,80})»/g)) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(m[1])) return true;
  }
  return false;
}
const FIELD_NAME = /^«(?:[A-Za-z0-9]*_[A-Za-z0-9_]*|[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+)»$/;


function isMaskedNumber(text: string, start: number, end: number): boolean {
  // XXXX-XXXX-XXXX-1234, XXXX 1234, 1234XXXX: a masked card or account number, filled in on purpose.
  const before = text.slice(Math.max(0, start - 30), start);
  const after = text.slice(end, end + 30);
  return /^[\s-]*(?:X+[\s-]*)*\d/.test(after) || /\d(?:[\s-]*X+)*[\s-]*$/.test(before) || /(?:ending|ends) (?:in|with)\s*$/i.test(before);
}

export default defineRule<Options>({
  meta: {
    id: 'unfilled-placeholder',
    kind: 'style',
    docs: {
      description: 'A template placeholder ({{first_name}}, [CUSTOMER NAME], <insert date>, XXX) was left in a message sent to the customer',
      seed: 'handling a query: professionalism and accuracy (002); seven sins #5 robotism (000)',
      url: 'docs/rules/unfilled-placeholder.md',
    },
    channels: ['chat', 'email', 'social'],
    defaultSeverity: 'warn',
    fixable: false,
    schema: {
      type: 'object',
      properties: {
        ignore: {
          type: 'array',
          items: { type: 'string' },
          description: 'Placeholder texts to accept, compared case-insensitively (e.g. "[NAME]" when an export tool redacts names that way).',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { ignore: [] },
    messages: {
      placeholder: 'Placeholder "{{placeholder}}" was sent to the customer; fill it in or remove it.',
    },
  },
  create(context) {
    const ignore = new Set(context.options.ignore.map((p) => p.trim().toLowerCase()));

    function check(turn: Turn): void {
      const analysis = context.analyze(turn);
      const text = turn.text;
      const historyAt = analysis.historyStart;
      const hits: Hit[] = [];
      for (const pattern of TEMPLATE_SYNTAX) {
        pattern.lastIndex = 0;
        for (const m of text.matchAll(pattern)) {
          const start = m.index!;
          // Talking about templates: the customer writes template syntax too, or the sentence names it.
          if (aboutTemplates || TEMPLATE_TALK.test(analysis.sentences.find((s) => start >= s.start && start < s.end)?.text ?? '')) continue;
          hits.push({ start, end: start + m[0].length });
        }
      }
      for (const pattern of DUMMY_VALUES) {
        pattern.lastIndex = 0;
        for (const m of text.matchAll(pattern)) hits.push({ start: m.index!, end: m.index! + m[0].length });
      }
      // Worded placeholders ("[Customer Name]"): skipped spans included, so a link counts; quotes are dropped below.
      // A form the customer is asked to fill in ("Please share: Phone number - [phone number]") is meant to be sent.
      const asksForDetails = ASKS_FOR_DETAILS.test(text);
      for (const hit of context.find(turn, 'placeholder', { includeNegated: true, includeSkipped: true })) {
        if (asksForDetails && FORM_LABEL.test(text.slice(Math.max(0, hit.start - 60), hit.start))) continue;
        hits.push({ start: hit.start, end: hit.end, worded: true });
      }

      const quotesWithGuillemets = text.includes('«') && guillemetsQuote(text);
      hits.sort((a, b) => a.start - b.start || b.end - a.end);
      let lastEnd = -1;
      for (const hit of hits) {
        if (hit.start < lastEnd) continue; // inside a longer placeholder already reported
        const placeholder = text.slice(hit.start, hit.end);
        if (hit.start >= historyAt) continue;
        // A placeholder in quotes is being talked about ('use "{name}" in the template'); in a link it was sent.
        // (« » are folded to quotes for matching; a «MergeField» is not a quotation.)
        if (!placeholder.startsWith('«') && inSkippedSpan(analysis, hit.start, hit.end, ['quote'])) continue;
        if (placeholder.startsWith('«') && !hit.worded && quotesWithGuillemets && !FIELD_NAME.test(placeholder)) continue;
        if (ignore.has(placeholder.toLowerCase())) continue;
        if (/^%/.test(placeholder) && ENV_VARS.has(placeholder.replace(/%/g, '').toUpperCase())) continue;
        if (/^X+$/.test(placeholder) && isMaskedNumber(text, hit.start, hit.end)) continue;
        lastEnd = hit.end;
        context.report({ turn, range: [hit.start, hit.end], messageId: 'placeholder', data: { placeholder } });
      }
    }

    let aboutTemplates = false;
    return {
      transcriptStart() {
        aboutTemplates = context.turnsOf('customer').some((t) =>
          TEMPLATE_SYNTAX.some((pattern) => {
            pattern.lastIndex = 0;
            return pattern.test(t.text);
          }),
        );
      },
      agentTurn: check,
      turn(turn) {
        // Bots send canned text too: "Hi {{first_name}}, I'm the virtual assistant."
        if (turn.role === 'bot') check(turn);
      },
    };
  },
});
