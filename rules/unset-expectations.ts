import { defineRule, type ReportDescriptor } from '../src/linter/rule.js';
import type { Turn } from '../src/model.js';
import { inSkippedSpan, type Sentence, type TurnAnalysis } from '../src/text/analysis.js';
import type { PhraseHit } from '../src/text/phrases.js';

/**
 * Best practices: set expectations — promise, then over-deliver (001); handling
 * a query: "if you must research, say so and give a timeframe", "tell the
 * customer when to expect an update" (002).
 *
 * A promise to act later ("I'll look into it", "we'll get back to you",
 * "someone will contact you", "we are working on it") or a vague timing ("as
 * soon as possible", "shortly") with no concrete time frame ("within 24 hours",
 * "by 5pm", "tomorrow", "on Friday") in the same sentence, the sentence after
 * it, or — when the promise ends its message — the next message of the same
 * reply. One finding per reply, at the vague timing when there is one (that is
 * what to replace), else at the promise; a suggestion puts a time frame in.
 *
 * Not reported: questions ("Shall I look into it?"), negated promises,
 * conditional ones ("we'll let you know if we need anything"), a vague timing
 * asked of the customer ("please reply as soon as possible"), quoted text, and
 * in a live chat or call research the agent does on the spot (they speak again).
 */

interface Options {
  /** The time frame the suggestion puts in. */
  timeframe: string;
}

const DEFAULT_TIMEFRAME = 'within 24 hours';

/** Vague timings a suggestion can swap for a time frame outright. */
const REPLACEABLE = /^(?:as soon as (?:possible|we can|I can|practical|practicable|we're able|I'm able)|asap|a\.s\.a\.p\.?|at (?:the|our|my) earliest (?:convenience|opportunity)|in (?:due course|the near future)|shortly|(?:very )?soon)$/i;

/** A promise that reads as a whole once a time frame follows it: "get back to you", "be in touch". */
const COMPLETE = /\b(?:you|touch|follow(?:ing)? up|back|know|posted|updated|informed|loop|us|me|them|team|update|reply|response|call|callback|follow-up|reach(?:ing)? out|revert)$/i;


/** Letters of a sentence outside URLs, handles, quotes and signatures. */
function ownLetters(analysis: TurnAnalysis, sentence: Sentence): number {
  let count = 0;
  for (let i = sentence.start; i < sentence.end; i++) {
    if (/\p{L}/u.test(analysis.normalized[i]) && !inSkippedSpan(analysis, i, i + 1)) count++;
  }
  return count;
}

const CLAUSE_BREAK = /[,;:\u2013\u2014]|\b(?:but|and|so|because|while)\b/gi;

/** Channels where the agent and the customer are there at the same time. */
const LIVE = new Set<string>(['chat', 'voice']);

/** Where the quoted history of an e-mail starts ("On Mon, … wrote:", "-----Original Message-----"). */

export default defineRule<Options>({
  meta: {
    id: 'unset-expectations',
    kind: 'practice',
    docs: {
      description: 'Agent promises to act ("I\'ll look into it", "we\'ll get back to you", "as soon as possible") without a concrete time frame',
      seed: 'best practices: set expectations, promise then over-deliver (001); handling a query: "if you must research, say so and give a timeframe" (002)',
      url: 'docs/rules/unset-expectations.md',
    },
    channels: ['chat', 'email', 'voice', 'social', 'macro'],
    defaultSeverity: 'error',
    fixable: false,
    hasSuggestions: true,
    schema: {
      type: 'object',
      properties: {
        timeframe: { type: 'string', minLength: 1, description: 'The time frame the suggestion puts in, e.g. "within 24 hours" or "by the end of the day".' },
      },
      additionalProperties: false,
    },
    defaultOptions: { timeframe: DEFAULT_TIMEFRAME },
    messages: {
      noTimeframe: 'No time frame for "{{phrase}}"; tell the customer when to expect it (e.g. "{{timeframe}}", "by 5pm today").',
      replaceVague: 'Replace "{{vague}}" with "{{timeframe}}".',
      insertTimeframe: 'Add "{{timeframe}}" after "{{after}}".',
      addSentence: 'Add "{{sentence}}".',
    },
  },
  create(context) {
    const timeframe = context.options.timeframe;

    function clauseEnd(text: string, from: number, sentenceEnd: number): number {
      return [...text.slice(0, sentenceEnd).matchAll(CLAUSE_BREAK)].find((m) => m.index! >= from)?.index ?? sentenceEnd;
    }

    function hasTimeframe(turn: Turn, sentences: Sentence[]): boolean {
      if (sentences.length === 0) return false;
      return context
        .find(turn, 'timeframe', { includeNegated: true })
        .some((hit) => sentences.some((s) => hit.start >= s.start && hit.start < s.end));
    }

    // A suggestion writes into the customer's reply: in English by default; in another language
    // only the configured time frame is put in, and no sentence is composed.
    const english = context.locale.startsWith('en');
    const ownTimeframe = timeframe !== DEFAULT_TIMEFRAME;

    function suggestion(turn: Turn, primary: PhraseHit, promise: PhraseHit | undefined, sentence: Sentence): NonNullable<ReportDescriptor['suggest']> {
      if (!english && !ownTimeframe) return [];
      const text = turn.text;
      if (REPLACEABLE.test(primary.text.trim())) {
        return [{ messageId: 'replaceVague', data: { vague: primary.text, timeframe }, fix: { range: [primary.start, primary.end], text: timeframe } }];
      }
      const hit = promise ?? primary;
      const after = text.slice(hit.end, clauseEnd(text, hit.end, sentence.end));
      if (COMPLETE.test(hit.text) && !/[\p{L}\p{N}]/u.test(after)) {
        const last = hit.text.split(/\s+/).slice(-4).join(' ');
        return [{ messageId: 'insertTimeframe', data: { timeframe, after: last }, fix: { range: [hit.end, hit.end], text: ` ${timeframe}` } }];
      }
      // Otherwise a sentence of its own after this one: "You'll hear from us within 24 hours."
      if (!english) return [];
      const who = /^(?:I\b|let me\b)/i.test(hit.text) ? 'me' : 'us';
      const closed = /[.!?]["')\]]*$/.test(sentence.text);
      const added = `You'll hear from ${who} ${timeframe}.`;
      return [{ messageId: 'addSentence', data: { sentence: added }, fix: { range: [sentence.end, sentence.end], text: closed ? ` ${added}` : `. ${added}` } }];
    }

    interface Candidate {
      turn: Turn;
      sentence: Sentence;
      promise?: PhraseHit;
      vague?: PhraseHit;
    }

    /** Sentences of one message that promise something with no time frame near them. */
    function candidates(turn: Turn, reply: Turn[]): Candidate[] {
      const analysis = context.analyze(turn);
      const text = analysis.normalized;
      const historyAt = analysis.historyStart;
      const usable = (hit: PhraseHit) => hit.sentence !== undefined && !hit.sentence.isQuestion && hit.start < historyAt;

      // The lexicon's `condition` words ("if", "in case"; «αν»): a promise only in case something happens —
      // "if it isn't there by 1pm, message us and we'll chase it", "we'll let you know if we need anything".
      // Looked up (and cached per turn by context.find) only once a promise or a vague timing is there.
      const conditions = () => context.find(turn, 'condition', { includeNegated: true });
      const conditionBefore = (hit: PhraseHit) => {
        const from = hit.sentence!.start + text.slice(hit.sentence!.start, hit.start).lastIndexOf(';') + 1;
        return conditions().some((c) => c.start >= from && c.end <= hit.start);
      };
      const conditionAfter = (hit: PhraseHit) =>
        conditions().some((c) => c.start >= hit.end && c.start < hit.sentence!.end && !/[,.;:!?\n]/.test(text.slice(hit.end, c.start)));
      const kept = (hit: PhraseHit) => usable(hit) && !conditionAfter(hit) && !conditionBefore(hit);
      // A vague timing asked of the customer: "please send it as soon as possible" (lexicon `asked-of-customer`).
      const askedOfCustomer = () => context.find(turn, 'asked-of-customer', { includeNegated: true });
      // Research in a live chat or call is often done on the spot: it counts only when the agent never speaks again.
      const doneOnTheSpot = LIVE.has(context.channel) && context.nextTurn(reply[reply.length - 1], 'agent') !== undefined;
      const promises = [...context.find(turn, 'promise').filter(kept), ...(doneOnTheSpot ? [] : context.find(turn, 'research').filter(kept))];
      const vague = context.find(turn, 'vague').filter((hit) => {
        if (!usable(hit) || conditionBefore(hit)) return false;
        const sentence = hit.sentence!;
        if (/soon$/i.test(hit.text) && !/^as soon as/i.test(hit.text)) {
          // "soon" on its own ("get well soon", "see you soon") promises nothing.
          if (/\bas\s+$/i.test(text.slice(Math.max(0, hit.start - 4), hit.start))) return false;
          // With a promise, or a future of its own ("it will be dispatched soon"), it is the vague part.
          const before = text.slice(sentence.start, hit.start);
          const future = /(?:\bwill|'ll|\bshall|\bgoing to)\b/i.test(before) && !/\b(?:hope|hopefully|wish|fingers crossed|with any luck)\b/i.test(before);
          if (!future && !promises.some((p) => p.sentence === sentence)) return false;
        }
        // "Please reply as soon as possible" asks the customer; it promises nothing.
        const clauseStart = Math.max(sentence.start, ...[...text.slice(sentence.start, hit.start).matchAll(/[,;:]/g)].map((m) => sentence.start + m.index! + 1));
        return !askedOfCustomer().some((a) => a.start >= clauseStart && a.end <= hit.start);
      });

      const sentences = analysis.sentences;
      // A signature ("^AB") or a sign-off after the promise is not a sentence that could give a time frame.
      const real = sentences.filter((s) => !/^(?:(?:kind |best |warm )?regards|thanks|thank you|cheers|best wishes|many thanks)\b[^.!?]{0,40}$/i.test(s.text) && ownLetters(analysis, s) >= 3);
      const lastReal = real[real.length - 1];
      const out: Candidate[] = [];
      sentences.forEach((sentence, i) => {
        const promise = promises.find((h) => h.sentence === sentence);
        const vagueHit = vague.find((h) => h.sentence === sentence);
        if (!promise && !vagueHit) return;
        // The time frame may be in the promise's sentence or the one after it.
        if (hasTimeframe(turn, sentences.slice(i, i + 2))) return;
        if (!lastReal || sentence.start >= lastReal.start) {
          // The promise closes this message: the reply's next message may give the time frame.
          const next = reply[reply.indexOf(turn) + 1];
          if (next && hasTimeframe(next, context.analyze(next).sentences)) return;
        }
        out.push({ turn, sentence, promise, vague: vagueHit });
      });
      return out;
    }

    const done = new Set<number>();
    return {
      agentTurn(turn) {
        // One finding per reply (all the messages the agent sends in one go): one expectation left open.
        const reply = context.burst(turn);
        if (done.has(reply[0].index)) return;
        done.add(reply[0].index);
        const found = reply.flatMap((t) => candidates(t, reply));
        if (found.length === 0) return;
        // The vague timing is the thing to replace, so it is the better place to point at.
        const chosen = found.find((c) => c.vague) ?? found[0];
        const primary = chosen.vague ?? chosen.promise!;
        context.report({
          turn: chosen.turn,
          range: [primary.start, primary.end],
          messageId: 'noTimeframe',
          data: { phrase: primary.text, timeframe },
          suggest: suggestion(chosen.turn, primary, chosen.promise, chosen.sentence),
        });
      },
    };
  },
});
