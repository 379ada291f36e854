import { defineRule } from '../src/linter/rule.js';
import type { Turn } from '../src/model.js';
import type { PhraseHit } from '../src/text/phrases.js';

/**
 * Seven sins #2 — the brush-off: the customer is passed on instead of helped.
 *
 * - disowning the problem: "not my department", "that's not something we handle";
 * - sending the customer to someone else: "you'll have to contact the courier",
 *   "talk to your bank" (a website, form or phone number is the runaround's);
 * - a transfer with no warm hand-off: nothing on who will help or why, no
 *   briefing of the next person, no "I'll stay on the line".
 *
 * A reply (every agent message before the customer speaks again) in which the
 * agent keeps hold of the problem — "I've already contacted the courier for
 * you", "on your behalf" — is no brush-off. Questions ("Would you like me to
 * transfer you to billing?") offer, they do not announce. One finding per reply.
 */

interface Candidate {
  turn: Turn;
  range: [number, number];
  messageId: 'passOff' | 'referral' | 'transfer' | 'handover';
  data: Record<string, string>;
}

const CALL_VERB = /\b(?:call|ring|phone|e-?mail|write to|calling|ringing|phoning|e-?mailing|writing to)(?:\s+directly)?$/i;
// "contact Verizon", "talk to Sam": a proper name right after the verb.
const NOT_A_NAME = "(?:I|Us|Our|Me|My|The|This|That|It|Its|Them|They|We|You|Your|A|An|Another|Someone|Somebody|Anyone|Please|Thanks?|If|For|To|And|Or|URL|EMAIL|Link|Here)\\b";
const PROPER_NAME = new RegExp(`^(?!${NOT_A_NAME})[A-Z][\\p{L}\\p{N}&;'-]*(?:\\s+(?!${NOT_A_NAME})[A-Z][\\p{L}\\p{N}&;'-]*){0,3}`, 'u');
const GENERIC_INTERNAL = /^(?:another|a different|a separate|the (?:right|correct|relevant|appropriate|other|responsible|proper))\b/i;
const AFTER_TRANSFER = /^\s*(?:(?:over|on|across|through|back|along)\s+)?(?:(?:to|with)\s+)?/i;

export default defineRule<{ requireReason: boolean }>({
  meta: {
    id: 'brush-off',
    kind: 'sin',
    docs: {
      description: 'Agent passes the customer on ("not my department", "you\'ll have to contact the courier") or transfers them without a warm hand-off',
      seed: 'seven sins #2 (000)',
      url: 'docs/rules/brush-off.md',
    },
    channels: ['chat', 'email', 'voice', 'social', 'macro'],
    defaultSeverity: 'warn',
    schema: {
      type: 'object',
      properties: {
        requireReason: {
          type: 'boolean',
          description:
            'A transfer that names where the customer goes ("to our billing team") is not enough on its own: the reply must also say why, brief the next person, or keep the agent involved.',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { requireReason: false },
    messages: {
      passOff: 'Disowns the problem ("{{phrase}}"); own it: find the answer, or hand it over yourself and tell the customer what happens next.',
      referral:
        'Sends the customer to {{target}} ("{{phrase}}"); contact them on the customer\'s behalf, or say exactly what you have arranged and what the customer still needs to do.',
      transfer:
        'Transfers the customer with no warm hand-off ("{{phrase}}"); say who will help and why, brief them so the customer need not repeat themselves, or stay with the customer.',
      handover:
        'Hands the case on ("{{phrase}}") without owning it; say why, what the other team will do and when the customer will hear back, or follow it up yourself.',
    },
  },
  create(context) {
    const reported = new Set<number>();
    const turns = context.transcript.turns;

    /** Every agent message between two customer messages: one reply. */
    const replyOf = (turn: Turn): Turn[] => {
      let a = turn.index;
      let b = turn.index;
      while (a > 0 && turns[a - 1].role !== 'customer') a--;
      while (b < turns.length - 1 && turns[b + 1].role !== 'customer') b++;
      return turns.slice(a, b + 1).filter((t) => t.role === 'agent');
    };
    const customerBefore = (turn: Turn): Turn[] => {
      const out: Turn[] = [];
      for (let i = turn.index - 1; i >= 0 && turns[i].role !== 'agent'; i--) if (turns[i].role === 'customer') out.push(turns[i]);
      return out;
    };
    const asks = (hit: PhraseHit) => hit.sentence?.isQuestion === true;
    const any = (reply: Turn[], category: string) => reply.some((t) => context.find(t, category).length > 0);

    /** The target right after a referral verb, if it is someone other than us. */
    function targetAfter(turn: Turn, end: number, externalOnly: boolean): [number, number] | undefined {
      const analysis = context.analyze(turn);
      const gap = /^\s+/.exec(turn.text.slice(end))?.[0].length ?? 0;
      if (gap === 0) return undefined;
      const at = end + gap;
      const categories = externalOnly ? ['external'] : ['external', 'internal'];
      for (const category of categories) {
        const hit = context.phrases(category).find(turn.text, analysis, { includeNegated: true }).find((h) => h.start === at);
        if (hit) return [hit.start, hit.end];
      }
      const name = PROPER_NAME.exec(turn.text.slice(at));
      if (name && !/^(?:Support|Customer|Help)\b/.test(name[0])) return [at, at + name[0].length];
      return undefined;
    }

    /** True when only lead words ("please", "so", the lexicon's `lead-in`: "alternatively", "sir") stand before `hit` in its clause. */
    const startsClause = (turn: Turn, hit: PhraseHit) => context.atClauseStart(turn, hit, { leadIns: 'lead-in' });

    function referrals(turn: Turn): Candidate[] {
      const out: Candidate[] = [];
      const leads = [
        ...context.find(turn, 'referral'),
        ...context.find(turn, 'referral-verb').filter((hit) => startsClause(turn, hit)),
      ].filter((hit) => !asks(hit));
      for (const lead of leads) {
        const target = targetAfter(turn, lead.end, CALL_VERB.test(lead.text));
        if (!target) continue;
        if (out.some((c) => c.range[0] <= lead.start && lead.start < c.range[1])) continue;
        out.push({
          turn,
          range: [lead.start, target[1]],
          messageId: 'referral',
          data: { phrase: turn.text.slice(lead.start, target[1]), target: turn.text.slice(target[0], target[1]) },
        });
      }
      return out;
    }

    function namesDestination(turn: Turn, hit: PhraseHit): boolean {
      const rest = turn.text.slice(hit.end);
      const skip = AFTER_TRANSFER.exec(rest)?.[0].length ?? 0;
      const at = hit.end + skip;
      if (at === hit.end && !/\b(?:to|with)$/i.test(hit.text)) return false;
      const tail = turn.text.slice(at);
      if (GENERIC_INTERNAL.test(tail)) return false;
      const analysis = context.analyze(turn);
      for (const category of ['internal', 'destination']) {
        if (context.phrases(category).find(turn.text, analysis, { includeNegated: true }).some((h) => h.start === at)) return true;
      }
      return /^(?:my colleague\s+|our\s+)?[A-Z][a-z]+/.test(tail) && PROPER_NAME.test(tail.replace(/^(?:my colleague|our)\s+/, ''));
    }

    function transfers(turn: Turn, reply: Turn[]): Candidate[] {
      const hits = context.find(turn, 'transfer').filter((hit) => !asks(hit));
      if (hits.length === 0) return [];
      // The customer asked for someone else: putting them through is what they wanted.
      if (customerBefore(reply[0]).some((t) => context.find(t, 'customer-request').length > 0)) return [];
      if (any(reply, 'warm-reason') || any(reply, 'warm-brief')) return [];
      const cold = hits.filter((hit) => context.options.requireReason || !namesDestination(turn, hit));
      return cold.map((hit) => ({ turn, range: [hit.start, hit.end], messageId: 'transfer', data: { phrase: hit.text } }));
    }

    /** The case (an e-mail, a ticket) handed to another team: naming the team is not enough. */
    function handovers(turn: Turn, reply: Turn[]): Candidate[] {
      const hits = context.find(turn, 'handover').filter((hit) => !asks(hit));
      if (hits.length === 0 || any(reply, 'warm-reason') || any(reply, 'warm-brief')) return [];
      return hits.map((hit) => {
        const end = targetAfter(turn, hit.end, false)?.[1] ?? hit.end;
        return { turn, range: [hit.start, end] as [number, number], messageId: 'handover' as const, data: { phrase: turn.text.slice(hit.start, end) } };
      });
    }

    return {
      agentTurn(turn) {
        const reply = replyOf(turn);
        if (reported.has(reply[0].index)) return;
        // The agent keeps hold of the problem: "I've already contacted the courier for you".
        const owned = any(reply, 'ownership');
        const candidates: Candidate[] = [];
        if (!owned) {
          for (const hit of context.find(turn, 'pass-off')) {
            if (!asks(hit)) candidates.push({ turn, range: [hit.start, hit.end], messageId: 'passOff', data: { phrase: hit.text } });
          }
          for (const c of referrals(turn)) candidates.push(c);
        }
        if (!owned) for (const c of [transfers(turn, reply), handovers(turn, reply)].flat()) candidates.push(c);
        if (candidates.length === 0) return;
        candidates.sort((a, b) => a.range[0] - b.range[0]);
        reported.add(reply[0].index);
        context.report(candidates[0]);
      },
    };
  },
});
