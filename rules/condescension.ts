import { defineRule } from '../src/linter/rule.js';
import type { Turn } from '../src/model.js';
import type { PhraseHit } from '../src/text/phrases.js';

/**
 * Seven sins #4 — condescension: talking down to the customer or blaming them.
 *
 * - talking down: "obviously you…", "as you should know", "it's very simple",
 *   "as clearly stated", "any child could do it", "did you even read…";
 * - blame: "you should have read…", "why didn't you…" (a question, and still a
 *   jab), "it's your own fault".
 *
 * "Obviously" counts only in a sentence about the customer ("obviously you need
 * to…"), not as emphasis of the agent's own good news ("obviously we'll refund
 * you") or about a third party ("it was obviously damaged in transit").
 * "It's really easy" followed by the agent doing it ("…, I'll do it now") is
 * reassurance. Negated and quoted phrases do not count. Presumptive phrases
 * that are often meant politely ("as I'm sure you know", "as you can see") are
 * reported only with `includeBorderline`.
 */
export default defineRule<{ includeBorderline: boolean }>({
  meta: {
    id: 'condescension',
    kind: 'sin',
    docs: {
      description: 'Agent talks down to or blames the customer: "obviously", "as you should know", "you should have…", "why didn\'t you…"',
      seed: 'seven sins #4 (000)',
      url: 'docs/rules/condescension.md',
    },
    channels: ['chat', 'email', 'voice', 'social', 'macro'],
    defaultSeverity: 'error',
    schema: {
      type: 'object',
      properties: {
        includeBorderline: {
          type: 'boolean',
          description: 'Also report presumptive phrases that are often meant politely: "as I\'m sure you know", "as you can see", "all you need to do is".',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { includeBorderline: false },
    messages: {
      talkingDown: 'Talks down to the customer ("{{phrase}}"); explain it plainly, as you would to a colleague, without implying they should have known.',
      blame: 'Blames the customer ("{{phrase}}"); say what can be done now instead of what they should have done.',
    },
  },
  create(context) {
    function counts(turn: Turn, hit: PhraseHit, category: string): boolean {
      const analysis = context.analyze(turn);
      const sentence = hit.sentence ?? { start: 0, end: turn.text.length };
      const text = analysis.normalized;
      if (category === 'talking-down' && /^obviously$/i.test(hit.text)) {
        // Only a jab when it is about the customer ("obviously you…", "you'd obviously…"),
        // not the agent's own good news ("obviously we'll refund you").
        const aboutYou = /^[\s,]+(?:[\p{L}']+\s+)?you(?:r|'re|'ve|'d|'ll)?\b/iu.test(text.slice(hit.end, sentence.end)) || /\byou(?:'d|'ll| would| will)?\s+$/i.test(text.slice(sentence.start, hit.start));
        if (!aboutYou) return false;
        const next = context.find(turn, 'self-good-news').find((h) => h.start >= hit.end && h.start - hit.end <= 3);
        if (next) return false;
      }
      if (category === 'simple') {
        // "It's really easy — I'll do it for you now" reassures.
        if (context.find(turn, 'self-action', { includeNegated: true }).some((h) => h.start >= sentence.start && h.start < sentence.end)) return false;
      }
      return true;
    }

    return {
      agentTurn(turn) {
        const categories: Array<[string, 'talkingDown' | 'blame']> = [
          ['talking-down', 'talkingDown'],
          ['simple', 'talkingDown'],
          ['blame', 'blame'],
        ];
        if (context.options.includeBorderline) categories.push(['borderline', 'talkingDown']);
        const found: Array<{ hit: PhraseHit; messageId: 'talkingDown' | 'blame' }> = [];
        for (const [category, messageId] of categories) {
          for (const hit of context.find(turn, category)) if (counts(turn, hit, category)) found.push({ hit, messageId });
        }
        found.sort((a, b) => a.hit.start - b.hit.start || b.hit.end - a.hit.end);
        // One finding per sentence: "Obviously, you should have read it" is one jab.
        const sentences = new Set<number>();
        for (const { hit, messageId } of found) {
          const key = hit.sentence?.start ?? -1;
          if (sentences.has(key)) continue;
          sentences.add(key);
          // ", sweetie": the comma only anchors the match.
          const lead = /^,\s*/.exec(hit.text)?.[0].length ?? 0;
          context.report({ turn, range: [hit.start + lead, hit.end], messageId, data: { phrase: hit.text.slice(lead) } });
        }
      },
    };
  },
});
