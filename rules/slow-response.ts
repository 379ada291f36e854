import { defineRule, type RuleContext } from '../src/linter/rule.js';
import type { Channel, Turn } from '../src/model.js';

interface ReplyThresholds {
  firstReply: number;
  reply: number;
}
interface Options {
  thresholds: {
    chat: ReplyThresholds;
    social: ReplyThresholds;
    email: ReplyThresholds;
    voice: { silence: number };
  };
}

/**
 * Best practices (001): "written, measurable service standards" — response time
 * is the standard every contact centre writes down. Needs time stamps.
 *
 * Written channels: the customer's first unanswered message starts a clock; the
 * agent's next message stops it. Over `firstReply` seconds for the agent's first
 * message in the conversation, or `reply` seconds after that, is a finding. A
 * holding message ("one moment", "let me check", "bear with me") answers in time
 * and restarts the clock: the customer is still waiting for the real answer.
 * Bot messages are not the agent's reply; a bot's queue or transfer message
 * ("an agent will be with you shortly") restarts the clock like a holding
 * message, any other bot message answers what came before it. Short
 * acknowledgements from the customer ("ok", "thanks!") start no clock.
 *
 * Voice: the silence between the end of a customer utterance and the start of
 * the agent's next one, over `silence` seconds.
 */
export default defineRule<Options>({
  meta: {
    id: 'slow-response',
    kind: 'practice',
    docs: {
      description: 'The first reply, or a reply gap, is over the channel\'s response-time standard with no holding message',
      seed: 'best practices: written, measurable service standards (001)',
      url: 'docs/rules/slow-response.md',
    },
    channels: ['chat', 'email', 'voice', 'social'],
    defaultSeverity: 'warn',
    requiresTimestamps: true,
    schema: {
      type: 'object',
      properties: {
        thresholds: {
          type: 'object',
          description: 'Response-time standards in seconds, per channel; merged over the defaults.',
          properties: {
            chat: { $ref: '#/$defs/reply' },
            social: { $ref: '#/$defs/reply' },
            email: { $ref: '#/$defs/reply' },
            voice: {
              type: 'object',
              properties: { silence: { type: 'number', exclusiveMinimum: 0, description: 'Longest silence (s) between the caller finishing and the agent speaking.' } },
              additionalProperties: false,
            },
          },
          additionalProperties: false,
        },
      },
      additionalProperties: false,
      $defs: {
        reply: {
          type: 'object',
          properties: {
            firstReply: { type: 'number', exclusiveMinimum: 0, description: 'Longest wait (s) for the agent\'s first reply.' },
            reply: { type: 'number', exclusiveMinimum: 0, description: 'Longest wait (s) for any later reply.' },
          },
          additionalProperties: false,
        },
      },
    },
    defaultOptions: {
      thresholds: {
        chat: { firstReply: 120, reply: 180 },
        social: { firstReply: 3600, reply: 3600 },
        email: { firstReply: 86400, reply: 86400 },
        voice: { silence: 30 },
      },
    },
    messages: {
      firstReply: 'First reply after {{delay}} (standard: {{limit}}); answer sooner, or send a holding message ("thanks, let me check that for you") within {{limit}}.',
      reply: 'Reply after {{delay}} (standard: {{limit}}); answer sooner, or send a holding message ("bear with me, I\'m checking") within {{limit}}.',
      afterHold:
        'Answer came {{delay}} after the holding message (standard: {{limit}}); check back in with the customer at least every {{limit}} while they wait.',
      silence: '{{delay}} of silence before the agent spoke (standard: {{limit}}); tell the caller what you are doing ("I\'m pulling up your account now, one moment").',
    },
  },
  create(context) {
    return {
      transcriptEnd(transcript) {
        if (transcript.channel === 'voice') checkVoice(context, transcript.turns);
        else if (transcript.channel !== 'macro') checkWritten(context, transcript.turns, transcript.channel);
      },
    };
  },
});

/** Seconds in the units a person would say: "45 s", "7 min", "2 h 5 min", "3 days". */
export function humanDuration(totalSeconds: number): string {
  const s = Math.round(totalSeconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) {
    const min = Math.floor(s / 60);
    const sec = s % 60;
    return min < 10 && sec ? `${min} min ${sec} s` : `${Math.round(s / 60)} min`;
  }
  if (s <= 48 * 3600) {
    const h = Math.floor(s / 3600);
    const min = Math.round((s % 3600) / 60);
    return min === 60 ? `${h + 1} h` : min ? `${h} h ${min} min` : `${h} h`;
  }
  const days = Math.floor(s / 86400);
  const h = Math.round((s % 86400) / 3600);
  return h ? `${days} days ${h} h` : `${days} days`;
}

function words(text: string): string[] {
  return text.split(/[^\p{L}\p{N}'’]+/u).filter(Boolean);
}

/** "ok", "thanks!", "great, bye 👍": a customer message that asks for nothing. */
function acknowledgement(context: RuleContext<Options>, turn: Turn): boolean {
  const analysis = context.analyze(turn);
  if (analysis.sentences.some((s) => s.isQuestion)) return false;
  if (words(turn.text).length > 6) return false;
  const chars = analysis.normalized.split('');
  const hits = [
    ...context.find(turn, 'acknowledgement', { includeNegated: true }),
    ...context.find(turn, 'thanks', { group: 'language', includeNegated: true }),
  ];
  for (const hit of hits) for (let k = hit.start; k < hit.end; k++) chars[k] = ' ';
  for (const span of analysis.skipped) for (let k = span.start; k < span.end; k++) chars[k] = ' ';
  const rest = words(chars.join(''));
  // Nothing but emoji, or "ok" / "thanks Sam": no new information, no request.
  if (rest.length === 0) return true;
  return hits.length > 0 && rest.length <= 1 && !/\p{N}/u.test(rest[0]);
}

function holding(context: RuleContext<Options>, turn: Turn): boolean {
  return context.find(turn, 'holding').length > 0 && context.find(turn, 'later').length === 0;
}

function checkWritten(context: RuleContext<Options>, turns: readonly Turn[], channel: Channel): void {
  const limits = context.options.thresholds[channel as 'chat' | 'social' | 'email'];
  if (!limits) return;
  // When the customer started waiting, and whether that wait follows a holding message.
  let pending: { since: number; afterHold: boolean } | undefined;
  let agentReplied = false;
  for (const turn of turns) {
    const at = turn.timestamp?.getTime();
    if (turn.role === 'customer') {
      if (at !== undefined && !pending && !acknowledgement(context, turn)) pending = { since: at, afterHold: false };
    } else if (turn.role === 'bot') {
      if (at !== undefined && pending && holding(context, turn)) pending = { since: at, afterHold: true };
      else pending = undefined;
    } else if (turn.role === 'agent') {
      if (at === undefined) {
        pending = undefined;
        agentReplied = true;
        continue;
      }
      if (pending) {
        const wait = (at - pending.since) / 1000;
        const limit = agentReplied ? limits.reply : limits.firstReply;
        if (wait > limit) {
          const messageId = !agentReplied ? 'firstReply' : pending.afterHold ? 'afterHold' : 'reply';
          context.report({ turn, messageId, data: { delay: humanDuration(wait), limit: humanDuration(limit) } });
        }
      }
      agentReplied = true;
      pending = holding(context, turn) ? { since: at, afterHold: true } : undefined;
    }
  }
}

function checkVoice(context: RuleContext<Options>, turns: readonly Turn[]): void {
  const limit = context.options.thresholds.voice?.silence;
  if (!limit) return;
  for (let i = 1; i < turns.length; i++) {
    const agent = turns[i];
    if (agent.role !== 'agent' || !agent.timestamp) continue;
    let k = i - 1;
    while (k >= 0 && (turns[k].role === 'system' || turns[k].role === 'note')) k--;
    const customer = turns[k];
    if (!customer || customer.role !== 'customer' || !customer.endTimestamp) continue;
    if (acknowledgement(context, customer)) continue;
    const silence = (agent.timestamp.getTime() - customer.endTimestamp.getTime()) / 1000;
    if (silence > limit) context.report({ turn: agent, messageId: 'silence', data: { delay: humanDuration(silence), limit: humanDuration(limit) } });
  }
}
