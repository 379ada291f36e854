import { defineRule } from '../src/linter/rule.js';
import type { Turn } from '../src/model.js';
import type { PhraseHit } from '../src/text/phrases.js';

/**
 * Seven sins #7 — the runaround: the customer is sent to the website, a form or
 * another number instead of being walked through it. A redirect the agent
 * negates ("I won't send you to the FAQ"), quotes from the customer, asks about
 * ("Can you see the website?"), or offers on top of help already given ("you
 * can also check our FAQ") is not one; neither is a reply that writes the steps
 * out.
 */
export default defineRule<{ allowWithSteps: boolean }>({
  meta: {
    id: 'runaround',
    kind: 'sin',
    docs: {
      description: 'Agent sends the customer elsewhere (website, FAQ, form, another number) instead of walking them through it',
      seed: 'seven sins #7 (000), handling a query: ineffective reply (002)',
      url: 'docs/rules/runaround.md',
    },
    channels: ['chat', 'email', 'voice', 'social', 'macro'],
    defaultSeverity: 'error',
    schema: {
      type: 'object',
      properties: {
        allowWithSteps: { type: 'boolean', description: 'Do not report a redirect when the same reply also walks the customer through the steps (a numbered list, or two or more instructions such as "click", "select").' },
      },
      additionalProperties: false,
    },
    defaultOptions: { allowWithSteps: true },
    messages: {
      redirect: 'Sends the customer to "{{target}}" instead of walking them through it; give the steps here or do it for them.',
    },
  },
  create(context) {
    // "1." / "2)" in any language; "Step 1" in the four the lexicons speak.
    const NUMBERED_STEPS = /^\s*(?:\d+[.)]|(?:step|βήμα|քայլ|ნაბიჯი) \d+)/imu;

    /** The reply walks the customer through it: numbered steps, or two written-out instructions. */
    function walksThrough(reply: Turn[]): boolean {
      if (reply.some((t) => NUMBERED_STEPS.test(t.text))) return true;
      return reply.reduce((n, t) => n + context.find(t, 'steps').length, 0) >= 2;
    }

    function candidates(turn: Turn): Array<{ start: number; end: number; hit: PhraseHit }> {
      const analysis = context.analyze(turn);
      const out: Array<{ start: number; end: number; hit: PhraseHit }> = context.find(turn, 'redirect').map((hit) => ({ start: hit.start, end: hit.end, hit }));
      for (const hit of context.find(turn, 'redirect-link')) {
        // The finding runs on to the end of the link the verb points at.
        const link = analysis.skipped.find((s) => (s.kind === 'url' || s.kind === 'email') && s.start >= hit.end && s.start <= hit.end + 2);
        // A domain the URL pattern does not know still ends at white space (less closing punctuation).
        const token = /^\s*\S+/.exec(turn.text.slice(hit.end))?.[0].replace(/[.,;:!?)]+$/, '');
        const end = link ? link.end : hit.end + (token?.length ?? 0);
        out.push({ start: hit.start, end, hit });
      }
      const subjects = context.find(turn, 'self-service-subject', { includeNegated: true });
      for (const hit of context.find(turn, 'self-service-place')) {
        const sentenceStart = hit.sentence?.start ?? 0;
        const subject = subjects.find((s) => s.start >= sentenceStart && s.start < hit.start);
        // A specific redirect inside the same stretch ("fill out the form on our site") is the better finding.
        if (subject && !out.some((o) => o.start < hit.end && o.end > subject.start)) out.push({ start: subject.start, end: hit.end, hit });
      }
      return out.sort((a, b) => a.start - b.start);
    }

    return {
      agentTurn(turn) {
        const reply = context.burst(turn);
        if (context.options.allowWithSteps && walksThrough(reply)) return;
        const supplementary = context.find(turn, 'supplementary', { includeNegated: true });
        const selfAction = context.find(turn, 'self-action', { includeNegated: true });
        // "Can you fill in the form on our site?" asks in form only.
        const directives = context.find(turn, 'directive-question', { includeNegated: true });
        // Redirects elsewhere in the reply (other messages of the burst) decide whether "also" is a pointer or more of the same.
        const otherRedirect = reply.some((t) => t !== turn && (context.find(t, 'redirect').length > 0 || context.find(t, 'redirect-link').length > 0));
        let lastEnd = -1;
        for (const { start, end, hit } of candidates(turn)) {
          if (start < lastEnd) continue; // one finding per stretch of text
          const sentence = hit.sentence ?? { start: 0, end: turn.text.length, isQuestion: false, text: turn.text };
          // "Are you able to see the website?" asks; it does not send anyone anywhere.
          if (sentence.isQuestion && !directives.some((d) => d.start >= sentence.start && d.start < start)) continue;
          // "You can also check our FAQ": a pointer on top of help given — unless the reply already redirected.
          if (!otherRedirect && supplementary.some((h) => h.start >= sentence.start && h.start < sentence.end)) continue;
          // "Let me take a look at the website": the agent does the looking.
          const clauseStart = Math.max(sentence.start, start - 40);
          if (selfAction.some((h) => h.start >= clauseStart && h.start < start)) continue;
          context.report({ turn, range: [start, end], messageId: 'redirect', data: { target: turn.text.slice(start, end) } });
          lastEnd = end;
        }
      },
    };
  },
});
