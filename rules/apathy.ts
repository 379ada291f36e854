import { defineRule } from '../src/linter/rule.js';
import type { Turn } from '../src/model.js';
import type { PhraseHit } from '../src/text/phrases.js';

/**
 * Seven sins #1 — apathy: the customer's problem matters to them, and the agent
 * shows it does not matter to the agent.
 *
 * (a) The customer voices frustration or distress ("this is ridiculous", "I'm
 *     really scared"), a grievance ("charged twice", "arrived damaged") or what
 *     is at stake ("I need the money for rent on Friday"), and
 *     the agent's reply — every agent message sent before the customer speaks
 *     again — does not acknowledge it, nor does the reply after that
 *     (`replies`, default 2). Reported on the first reply that should have.
 * (b) An indifferent line ("I don't know", "there's nothing I can do", "it is
 *     what it is") with no next step anywhere in the same reply.
 *
 * A reply that only greets or asks the customer to hold ("Hi Ana, you're through
 * to Sam", "one moment please") is not yet the answer: the customer's words
 * carry over to the next reply. In macros (no customer side) only (b) applies.
 */

interface Options {
  replies: number;
  problems: boolean;
}

interface Pending {
  turn: Turn;
  phrase: string;
  left: number;
}

export default defineRule<Options>({
  meta: {
    id: 'apathy',
    kind: 'sin',
    docs: {
      description: "The agent's replies ignore the frustration or grievance the customer voiced, or shrug the problem off with no next step",
      seed: 'seven sins #1 (000); handling a query: empathize (002)',
      url: 'docs/rules/apathy.md',
    },
    channels: ['chat', 'email', 'voice', 'social', 'macro'],
    defaultSeverity: 'warn',
    schema: {
      type: 'object',
      properties: {
        replies: {
          type: 'integer',
          minimum: 1,
          description: 'How many agent replies after the customer voices frustration may pass before it must have been acknowledged (1 = the very next reply).',
        },
        problems: {
          type: 'boolean',
          description:
            'Also require an acknowledgement of plain technical problems ("it isn\'t working", "I can\'t log in"), not only of frustration and grievances. Once the agent has acknowledged one problem, later ones do not need another.',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { replies: 2, problems: false },
    messages: {
      unacknowledged:
        'The customer said "{{phrase}}", but the reply does not acknowledge it; open with empathy ("I\'m sorry about this", "I can see why that\'s frustrating") before moving on.',
      indifferent:
        'Says "{{phrase}}" and leaves it there; tell the customer what you will do next instead ("I\'ll find out and get back to you by…").',
    },
  },
  create(context) {
    const window = Math.max(1, context.options.replies ?? 2);
    let acknowledgedBefore = false;
    let customerBlock: Turn[] = [];
    let reply: Turn[] = [];
    let pending: Pending | undefined;

    const hitsIn = (turns: Turn[], category: string): PhraseHit[] => turns.flatMap((t) => context.find(t, category));
    const firstSentence = (turn: Turn): [number, number] | undefined => {
      const sentence = context.analyze(turn).sentences[0];
      return sentence ? [sentence.start, sentence.end] : undefined;
    };

    /** (b): one finding per reply, on its first indifferent line, unless a next step follows anywhere in it. */
    function checkIndifference(turns: Turn[]): boolean {
      const shrugs = turns.map((turn) => ({ turn, hits: context.find(turn, 'indifferent') }));
      const first = shrugs.find((s) => s.hits.length > 0);
      if (!first) return false;
      // "…nothing we can do" holds a "we can" of its own: only steps outside the shrug count.
      const planned = shrugs.some(({ turn, hits }) =>
        context.find(turn, 'next-step').some((step) => !hits.some((h) => step.start < h.end && step.end > h.start)),
      );
      if (planned) return false;
      const hit = first.hits[0];
      context.report({ turn: first.turn, range: [hit.start, hit.end], messageId: 'indifferent', data: { phrase: hit.text } });
      return true;
    }

    /** What in the customer's words asks for an acknowledgement, if anything. */
    function trigger(customers: Turn[]): PhraseHit | undefined {
      if (customers.length === 0 || hitsIn(customers, 'resolved').length > 0) return undefined;
      const voiced = hitsIn(customers, 'frustration')[0] ?? hitsIn(customers, 'grievance')[0] ?? hitsIn(customers, 'stakes')[0];
      if (voiced) return voiced;
      if (context.options.problems && !acknowledgedBefore) return hitsIn(customers, 'problem')[0];
      return undefined;
    }

    /**
     * A reply that only greets, introduces the agent or asks the customer to hold
     * ("Hi Ana, you're through to Sam", "One moment please") is not the answer yet.
     */
    function phaticOnly(turns: Turn[]): boolean {
      let leftover = 0;
      let phatic = 0;
      for (const turn of turns) {
        const covered = turn.text.split('');
        const blank = (start: number, end: number) => {
          for (let i = start; i < end; i++) covered[i] = ' ';
        };
        for (const hit of context.find(turn, 'phatic', { includeNegated: true, includeSkipped: true })) {
          phatic++;
          blank(hit.start, hit.end);
        }
        for (const span of context.analyze(turn).skipped) blank(span.start, span.end);
        // Anonymised or template names: #NAME#, {{ name }}, [NAME].
        for (const m of turn.text.matchAll(/#[A-Z_]+#|\{\{[^}]*\}\}|\[[A-Z _]+\]/g)) blank(m.index!, m.index! + m[0].length);
        leftover += (covered.join('').match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu) ?? []).length;
      }
      // A name or two may remain: "Hi Ana", "you're through to Sam Lee".
      return phatic > 0 && leftover <= 3;
    }

    function reportPending(): void {
      if (!pending) return;
      context.report({ turn: pending.turn, range: firstSentence(pending.turn), messageId: 'unacknowledged', data: { phrase: pending.phrase } });
      pending = undefined;
    }

    function flush(): void {
      if (reply.length === 0) return;
      const shrugged = checkIndifference(reply);
      const acknowledged = hitsIn(reply, 'acknowledgement').length > 0;
      const holding = !shrugged && !acknowledged && phaticOnly(reply);
      if (acknowledged) {
        acknowledgedBefore = true;
        pending = undefined;
      } else if (shrugged) {
        // The shrug is the finding for this stretch of the conversation.
        pending = undefined;
      } else if (!holding) {
        if (pending) {
          pending.left--;
          if (pending.left <= 0) reportPending();
        } else {
          const hit = trigger(customerBlock);
          if (hit) {
            pending = { turn: reply[0], phrase: hit.text, left: window - 1 };
            if (pending.left <= 0) reportPending();
          }
        }
      }
      // After a greeting or a hold message the customer's words still wait for an answer.
      if (!holding) customerBlock = [];
      reply = [];
    }

    return {
      customerTurn(turn) {
        flush();
        customerBlock.push(turn);
      },
      agentTurn(turn) {
        reply.push(turn);
      },
      transcriptEnd() {
        flush();
        // The conversation ended with the frustration still unacknowledged.
        reportPending();
      },
    };
  },
});
