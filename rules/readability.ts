import { defineRule } from '../src/linter/rule.js';
import type { Channel, Turn } from '../src/model.js';
import { inSkippedSpan, type TurnAnalysis } from '../src/text/analysis.js';

/**
 * Handling a query: "be clear and concise" (002). Two checks on each agent
 * message: the message is longer than its channel allows, and a sentence runs
 * past `maxSentenceWords`.
 *
 * Length is counted per message, not per reply: splitting a long answer into
 * several short chat messages is what this rule asks for. Words in URLs, e-mail
 * addresses, @handles, quoted text, `>` quote lines, the quoted history of an
 * e-mail ("On … wrote:" and below) and its signature (from "-- " or the sign-off
 * line down) are not counted.
 */

type PerChannel = Partial<Record<Channel, number>>;

interface Options {
  maxWords: number | PerChannel;
  maxSentenceWords: number | PerChannel;
}

const WORD = /[\p{L}\p{N}]+(?:['\u2019.,:/-][\p{L}\p{N}]+)*/gu;

function limitFor(value: number | PerChannel, channel: Channel): number | undefined {
  const limit = typeof value === 'number' ? value : value[channel];
  return limit && limit > 0 ? limit : undefined;
}

function countWords(text: string, analysis: TurnAnalysis, from: number, to: number): number {
  let count = 0;
  WORD.lastIndex = 0;
  for (const m of text.slice(from, to).matchAll(WORD)) {
    const start = from + m.index!;
    if (!inSkippedSpan(analysis, start, start + m[0].length)) count++;
  }
  return count;
}

const perChannelSchema = {
  oneOf: [
    { type: 'integer', minimum: 0 },
    {
      type: 'object',
      properties: Object.fromEntries(['chat', 'email', 'voice', 'social', 'macro'].map((c) => [c, { type: 'integer', minimum: 0 }])),
      additionalProperties: false,
    },
  ],
};

export default defineRule<Options>({
  meta: {
    id: 'readability',
    kind: 'style',
    docs: {
      description: 'Agent message longer than its channel allows, or a sentence too long to read in one go',
      seed: 'handling a query: "be clear and concise" (002)',
      url: 'docs/rules/readability.md',
    },
    channels: ['chat', 'email', 'voice', 'social', 'macro'],
    defaultSeverity: 'warn',
    fixable: false,
    schema: {
      type: 'object',
      properties: {
        maxWords: { ...perChannelSchema, description: 'Longest message in words: one number, or one per channel. 0 turns the check off.' },
        maxSentenceWords: { ...perChannelSchema, description: 'Longest sentence in words: one number, or one per channel. 0 turns the check off.' },
      },
      additionalProperties: false,
    },
    defaultOptions: {
      maxWords: { chat: 80, social: 50, email: 250, voice: 120, macro: 200 },
      maxSentenceWords: { chat: 40, social: 40, email: 40, voice: 40, macro: 40 },
    },
    messages: {
      longMessage: 'This message is {{count}} words long (limit {{max}} on {{channel}}); keep to what the customer needs now, or split it into shorter messages.',
      longMessageEmail: 'This e-mail is {{count}} words long (limit {{max}}); keep to what the customer needs now and put steps in a short list.',
      longSentence: 'This sentence is {{count}} words long (limit {{max}}); split it into shorter sentences.',
    },
  },
  create(context) {
    const { channel } = context;
    const maxWords = limitFor(context.options.maxWords, channel);
    const maxSentence = limitFor(context.options.maxSentenceWords, channel);

    function check(turn: Turn): void {
      const analysis = context.analyze(turn);
      const text = turn.text;
      // Before quoted history and signature: worked out once per turn by the shared analysis.
      const end = analysis.bodyEnd;
      const start = text.length - text.trimStart().length;

      if (maxWords) {
        const count = countWords(text, analysis, start, end);
        if (count > maxWords) {
          const trimmedEnd = start + text.slice(start, end).trimEnd().length;
          context.report({
            turn,
            range: [start, Math.max(trimmedEnd, start + 1)],
            messageId: channel === 'email' ? 'longMessageEmail' : 'longMessage',
            data: { count, max: maxWords, channel },
          });
        }
      }

      if (maxSentence) {
        // Speech-to-text without punctuation has no sentences to measure.
        if (channel === 'voice' && !/[.!?]/.test(text)) return;
        for (const sentence of analysis.sentences) {
          if (sentence.start >= end) break;
          const count = countWords(text, analysis, sentence.start, Math.min(sentence.end, end));
          if (count > maxSentence) {
            context.report({ turn, range: [sentence.start, Math.min(sentence.end, end)], messageId: 'longSentence', data: { count, max: maxSentence } });
          }
        }
      }
    }

    return { agentTurn: check };
  },
});
