import { defineRule, type RuleContext } from '../src/linter/rule.js';
import type { Turn } from '../src/model.js';

interface Options {
  burstGapSeconds: number;
  typingCharsPerSecond: number;
  minOverlapMs: number;
}

/**
 * Handling a query (002): "listen actively — do not interrupt; let the customer
 * explain fully"; best practices (001): "listen first, then speak". Needs time
 * stamps.
 *
 * Chat and social: the agent answers within `burstGapSeconds` of a customer
 * message, the customer's next message comes within `burstGapSeconds` of that
 * answer, and the customer was evidently still writing: the next message is
 * longer than anyone could type after the answer arrived (over
 * `typingCharsPerSecond` characters a second since the answer), or it carries on
 * the same thought — it opens with "and…", "but…", "also…", "wait…", says "I
 * wasn't finished", or the message before the answer broke off mid-sentence
 * ("so I tried the reset and…"). Transcripts whose time stamps are whole
 * minutes cannot show this and are left alone.
 *
 * Voice: an agent utterance starts at least `minOverlapMs` before the customer's
 * current utterance ends. Backchannels ("mm-hm", "yeah", "I see": at most three
 * words) are listening, not interrupting.
 */
export default defineRule<Options>({
  meta: {
    id: 'interruption',
    kind: 'practice',
    docs: {
      description: 'The agent replies while the customer is still mid-message, or talks over the caller',
      seed: 'handling a query: listen actively, do not interrupt (002); best practices: listen first, then speak (001)',
      url: 'docs/rules/interruption.md',
    },
    channels: ['chat', 'social', 'voice'],
    defaultSeverity: 'error',
    requiresTimestamps: true,
    schema: {
      type: 'object',
      properties: {
        burstGapSeconds: {
          type: 'number',
          exclusiveMinimum: 0,
          description: 'Chat: messages this close together are one burst; a reply this soon after a customer message, followed this soon by more from the customer, cut in.',
        },
        typingCharsPerSecond: {
          type: 'number',
          exclusiveMinimum: 0,
          description: 'Chat: a next message with more characters per second since the agent\'s answer than this was being typed before the answer arrived.',
        },
        minOverlapMs: { type: 'number', minimum: 0, description: 'Voice: how far (ms) the agent must start before the customer stops speaking to count as talking over them.' },
      },
      additionalProperties: false,
    },
    defaultOptions: { burstGapSeconds: 10, typingCharsPerSecond: 6, minOverlapMs: 500 },
    messages: {
      chat: 'Replied {{gap}} after the customer\'s message while they were still writing (they went on {{next}} later); wait until the customer has finished before answering.',
      voice: 'Starts speaking {{overlap}} before the customer finished; let the customer finish, then answer.',
    },
  },
  create(context) {
    return {
      transcriptEnd(transcript) {
        if (transcript.channel === 'voice') checkVoice(context, transcript.turns);
        else checkChat(context, transcript.turns);
      },
    };
  },
});

function seconds(ms: number): string {
  const s = ms / 1000;
  return s < 10 && !Number.isInteger(s) ? `${s.toFixed(1)} s` : `${Math.round(s)} s`;
}

function words(text: string): string[] {
  return text.split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);
}

/** "mm-hm", "yeah, right", "I see": at most three words, all of them listening noises. */
function backchannel(context: RuleContext<Options>, turn: Turn): boolean {
  if (words(turn.text).length > 3) return false;
  const chars = context.analyze(turn).normalized.split('');
  for (const hit of context.find(turn, 'backchannel', { includeNegated: true })) for (let k = hit.start; k < hit.end; k++) chars[k] = ' ';
  return words(chars.join('')).length === 0;
}

function checkVoice(context: RuleContext<Options>, turns: readonly Turn[]): void {
  const customers = turns.filter((t) => t.role === 'customer' && t.timestamp && t.endTimestamp);
  for (const agent of turns) {
    if (agent.role !== 'agent' || !agent.timestamp) continue;
    const start = agent.timestamp.getTime();
    // The customer utterance under way when the agent starts: the latest one that began before.
    let current: Turn | undefined;
    for (const c of customers) {
      const cs = c.timestamp!.getTime();
      if (cs < start && (!current || cs >= current.timestamp!.getTime())) current = c;
    }
    if (!current) continue;
    const overlap = current.endTimestamp!.getTime() - start;
    if (overlap < context.options.minOverlapMs) continue;
    if (backchannel(context, agent) || backchannel(context, current)) continue;
    context.report({ turn: agent, messageId: 'voice', data: { overlap: seconds(overlap) } });
  }
}

/** A message that stops on a comma, a dash or an ellipsis broke off, in any language; words are the lexicon's (`trailing-word`). */
const BROKEN_OFF = /(?:[,:\u2013\u2014-]|\.\.\.|\u2026)\s*$/;

function checkChat(context: RuleContext<Options>, turns: readonly Turn[]): void {
  const stamped = turns.filter((t) => t.timestamp);
  // Time stamps to the minute cannot tell a 5-second reply from a 50-second one.
  if (stamped.length === 0 || stamped.every((t) => t.timestamp!.getTime() % 60_000 === 0)) return;
  const gapMs = context.options.burstGapSeconds * 1000;
  for (let i = 1; i < turns.length; i++) {
    const agent = turns[i];
    const before = turns[i - 1];
    if (agent.role !== 'agent' || before.role !== 'customer' || !agent.timestamp || !before.timestamp) continue;
    const gap = agent.timestamp.getTime() - before.timestamp.getTime();
    if (gap < 0 || gap > gapMs) continue;
    // The customer's next message, after the agent's reply (one or several messages).
    let j = i + 1;
    while (j < turns.length && turns[j].role === 'agent') j++;
    const after = turns[j];
    if (!after || after.role !== 'customer' || !after.timestamp) continue;
    const next = after.timestamp.getTime() - agent.timestamp.getTime();
    if (next < 0 || next > gapMs) continue;
    if (greetingOnly(context, before)) continue;
    // Typed faster than anyone could after reading the answer: it was under way before the answer came.
    // Pasted links, e-mail addresses and @handles take no typing.
    const analysis = context.analyze(after);
    const pasted = analysis.skipped.filter((s) => s.kind !== 'quote').reduce((n, s) => n + (s.end - s.start), 0);
    const typed = after.text.trim().length - pasted;
    const typedBefore = typed / Math.max(next / 1000, 0.5) > context.options.typingCharsPerSecond;
    if (!typedBefore && !carriesOn(context, before, after)) continue;
    context.report({ turn: agent, messageId: 'chat', data: { gap: seconds(gap), next: seconds(next) } });
  }
}

function greetingOnly(context: RuleContext<Options>, turn: Turn): boolean {
  return words(turn.text).length <= 3 && context.find(turn, 'greetings', { group: 'language', includeNegated: true }).length > 0;
}

/** The customer's message after the reply continues the one before it. */
function carriesOn(context: RuleContext<Options>, before: Turn, after: Turn): boolean {
  if (context.find(after, 'not-finished', { includeNegated: true }).length) return true;
  const analysis = context.analyze(after);
  // Where the message's own words start: past white space, @handles and leading dots.
  let start = 0;
  for (;;) {
    const span = analysis.skipped.find((s) => s.start === start && s.kind === 'handle');
    if (span) start = span.end;
    else if (/[\s.\u2026]/.test(analysis.normalized[start] ?? '')) {
      if (analysis.normalized.startsWith('...', start) || analysis.normalized[start] === '\u2026') return true;
      start++;
    } else break;
  }
  if (context.find(after, 'continuation', { includeNegated: true }).some((h) => h.start === start)) return true;
  // The message before the reply broke off mid-sentence.
  const text = context.analyze(before).normalized.replace(/\s+$/, '');
  if (BROKEN_OFF.test(text)) return true;
  // …or on a word that needs more after it ("and", "because", "the"; «και», «επειδή», «το»).
  const trailing = context.find(before, 'trailing-word', { includeNegated: true, includeSkipped: true });
  return trailing.length > 0 && trailing[trailing.length - 1].end === text.length;
}
