import { defineRule } from '../src/linter/rule.js';
import type { Turn } from '../src/model.js';
import type { PhraseHit } from '../src/text/phrases.js';

/**
 * Seven sins #3 — coldness: the customer is treated as a nuisance.
 *
 * - telling them how to feel: "calm down", "relax", "you need to be patient";
 * - reminding them they were told: "as I already told you", "like I said";
 * - shrinking their problem: "that's not a big deal", "it's not that serious", "whatever";
 * - a bare one-word reply ("Ok.", "Fine.", "No.") to a customer who is upset or
 *   asked something that needs more.
 *
 * Negated and quoted phrases do not count ("I'm not asking you to calm down").
 * "No big deal" after the customer apologises is reassurance, not coldness.
 * In voice transcripts a lone "okay" / "mhm" is a back-channel, not a reply.
 */

/** A reply of one or two bare words; `range` covers them in the first message that has them. */
interface Bare {
  turn: Turn;
  range: [number, number];
  words: Array<{ turn: Turn; hit: PhraseHit }>;
}

type Group = 'settle' | 'told' | 'minimize';
const GROUPS: Array<[Group, string]> = [
  ['settle', 'settle-down'],
  ['settle', 'settle-down-addressed'],
  ['told', 'already-told'],
  ['minimize', 'minimizing'],
];
/** Agent messages further apart than this are separate replies, even with no customer message between. */
const FOLLOW_UP_MS = 10 * 60 * 1000;

export default defineRule<{ bareReplies: boolean }>({
  meta: {
    id: 'coldness',
    kind: 'sin',
    docs: {
      description: 'Dismissive or curt treatment: "calm down", "as I already told you", "that\'s not a big deal", one-word replies to an upset customer',
      seed: 'seven sins #3 (000)',
      url: 'docs/rules/coldness.md',
    },
    channels: ['chat', 'email', 'voice', 'social', 'macro'],
    defaultSeverity: 'error',
    schema: {
      type: 'object',
      properties: {
        bareReplies: {
          type: 'boolean',
          description: 'Report one-word replies ("Ok.", "Fine.", "No.") to a customer who is upset or asked an open question.',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { bareReplies: true },
    messages: {
      settle:
        'Tells the customer how to feel ("{{phrase}}"); acknowledge why they are upset instead ("I understand why this is frustrating") and say what you will do.',
      told: 'Reminds the customer they were already told ("{{phrase}}"); explain it again a different way, without the reproach.',
      minimize: 'Plays down the customer\'s problem ("{{phrase}}"); take it as seriously as they do and say how you will fix it.',
      bare: 'A bare "{{reply}}" to a customer who {{reason}}; answer in a full sentence that acknowledges them and says what happens next.',
    },
  },
  create(context) {
    let reply: Turn[] = [];
    let customerBlock: Turn[] = [];

    /** Only lead words ("please", the lexicon's `lead-in`: "look", "listen") before `hit` in its clause. */
    const startsClause = (turn: Turn, hit: PhraseHit) => context.atClauseStart(turn, hit, { leadIns: 'lead-in' });

    /** The text of a reply made only of one or two bare words ("Ok.", "Fine, done."), else undefined. */
    function bareText(turns: Turn[]): Bare | undefined {
      let words: Bare['words'] = [];
      let first: { turn: Turn; hits: PhraseHit[] } | undefined;
      for (const turn of turns) {
        const analysis = context.analyze(turn);
        const found = context.find(turn, 'bare', { includeNegated: true });
        const rest = turn.text.split('');
        for (const span of [...found, ...analysis.skipped]) for (let i = span.start; i < span.end; i++) rest[i] = ' ';
        if (/[\p{L}\p{N}]/u.test(rest.join(''))) return undefined;
        if (found.length > 0) first ??= { turn, hits: found };
        words = words.concat(found.map((hit) => ({ turn, hit })));
      }
      if (!first || words.length > 2) return undefined;
      return { turn: first.turn, range: [first.hits[0].start, first.hits[first.hits.length - 1].end], words };
    }

    function checkBare(turns: Turn[], customers: Turn[]): boolean {
      if (!context.options.bareReplies || customers.length === 0) return false;
      // Does every bare word, taken whole, belong to `category`?
      const every = (words: Bare['words'], category: string) =>
        words.every(({ turn, hit }) =>
          context
            .phrases(category)
            .find(turn.text, context.analyze(turn), { includeNegated: true, includeSkipped: true })
            .some((h) => h.start === hit.start && h.end === hit.end),
        );
      const said = (bare: Bare) => bare.words.map((w) => w.hit.text).join(' ');
      const upset = customers.some((t) => context.find(t, 'frustration', { group: 'apathy' }).length > 0);
      if (upset) {
        // "Fine." sent on its own to an upset customer is curt even if more follows,
        // unless the follow-up acknowledges them.
        const bare = bareText(turns.slice(0, 1));
        if (!bare || (context.channel === 'voice' && every(bare.words, 'backchannel'))) return false;
        // Only what follows at once counts: a message hours later is another reply.
        const followUp: Turn[] = [];
        for (let i = 1; i < turns.length; i++) {
          const gap = (turns[i].timestamp?.getTime() ?? 0) - (turns[i - 1].timestamp?.getTime() ?? 0);
          if (turns[i].timestamp && turns[i - 1].timestamp && gap > FOLLOW_UP_MS) break;
          followUp.push(turns[i]);
        }
        if (followUp.some((t) => context.find(t, 'acknowledgement', { group: 'apathy' }).length > 0)) return false;
        context.report({ turn: bare.turn, range: bare.range, messageId: 'bare', data: { reply: said(bare), reason: 'is upset' } });
        return true;
      }
      const bare = bareText(turns);
      if (!bare || (context.channel === 'voice' && every(bare.words, 'backchannel'))) return false;
      const questions = customers.flatMap((t) => context.analyze(t).sentences.filter((s) => s.isQuestion).map((s) => ({ t, s })));
      if (questions.length === 0) return false;
      // "Why…?", "And how…?": the question word leads the sentence.
      const open = questions.some(({ t, s }) =>
        context
          .phrases('open-question')
          .find(t.text, context.analyze(t), { includeNegated: true })
          .some((h) => h.start >= s.start && h.end <= s.end && /^\W*(?:(?:and|but|so|ok|okay|then)\W+)?$/i.test(t.text.slice(s.start, h.start))),
      );
      // A bare "Yes." / "Done." answers a yes/no question; "Ok." does not.
      if (!open && every(bare.words, 'answers')) return false;
      context.report({ turn: bare.turn, range: bare.range, messageId: 'bare', data: { reply: said(bare), reason: 'asked a question that needs a real answer' } });
      return true;
    }

    function checkPhrases(turns: Turn[], customers: Turn[]): void {
      const apologised = customers.some((t) => context.find(t, 'customer-apology').length > 0);
      const done = new Set<Group>();
      for (const turn of turns) {
        const candidates: Array<{ hit: PhraseHit; group: Group }> = [];
        for (const [group, category] of GROUPS) {
          for (const hit of context.find(turn, category)) {
            if (category === 'settle-down' && !startsClause(turn, hit)) continue;
            if (group === 'minimize' && apologised && /big deal|worry/i.test(hit.text)) continue;
            candidates.push({ hit, group });
          }
        }
        candidates.sort((a, b) => a.hit.start - b.hit.start || b.hit.end - a.hit.end);
        for (const { hit, group } of candidates) {
          if (done.has(group)) continue;
          done.add(group);
          context.report({ turn, range: [hit.start, hit.end], messageId: group, data: { phrase: hit.text } });
        }
      }
    }

    function flush(): void {
      if (reply.length > 0) {
        if (!checkBare(reply, customerBlock)) checkPhrases(reply, customerBlock);
        customerBlock = [];
      }
      reply = [];
    }

    return {
      customerTurn(turn) {
        if (reply.length > 0) flush();
        customerBlock.push(turn);
      },
      agentTurn(turn) {
        reply.push(turn);
      },
      transcriptEnd() {
        flush();
      },
    };
  },
});
