import { defineRule } from '../src/linter/rule.js';

interface Options {
  requireNote: boolean;
  summaryFields: string[];
}

/**
 * Handling a query (002), follow-through: "document the interaction — record the
 * query, the solution given and the outcome". Only where documentation is
 * expected: most exports carry no internal notes at all, and a rule that fired on
 * every one of them would say nothing. It applies when the option `requireNote`
 * is on, or when the transcript's metadata says `"documentation": "expected"`
 * (platform adapters set this for helpdesk exports that carry notes). It then
 * reports a conversation with no internal note (`note` turn), no resolution
 * summary in the metadata (`summaryFields`) and no system line headed
 * "Resolution:" / "Summary:" / "Wrap-up:".
 */
export default defineRule<Options>({
  meta: {
    id: 'undocumented',
    kind: 'practice',
    docs: {
      description: 'No internal note or resolution summary on a conversation where documentation is expected',
      seed: 'handling a query: document the interaction (002)',
      url: 'docs/rules/undocumented.md',
    },
    channels: ['chat', 'email', 'voice', 'social'],
    defaultSeverity: 'error',
    schema: {
      type: 'object',
      properties: {
        requireNote: {
          type: 'boolean',
          description: 'Expect documentation on every conversation, not only on those whose metadata says "documentation": "expected".',
        },
        summaryFields: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          description: 'Metadata keys whose non-empty value is a resolution summary.',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: {
      requireNote: false,
      summaryFields: ['resolution', 'resolutionSummary', 'summary', 'wrapUp', 'wrapUpNotes', 'notes', 'internalNotes', 'disposition'],
    },
    messages: {
      missing:
        'No internal note or resolution summary on this conversation; add a note recording the customer\'s query, the solution given and the outcome.',
    },
  },
  create(context) {
    return {
      transcriptEnd(transcript) {
        const expected = context.options.requireNote || transcript.metadata.documentation === 'expected';
        if (!expected) return;
        const agentTurns = context.turnsOf('agent');
        if (agentTurns.length === 0) return;
        if (transcript.turns.some((t) => t.role === 'note' && t.text.trim() !== '')) return;
        const filled = (value: unknown): boolean =>
          typeof value === 'string' ? value.trim() !== '' : Array.isArray(value) ? value.some(filled) : value !== null && typeof value === 'object' ? Object.keys(value).length > 0 : false;
        if (context.options.summaryFields.some((key) => filled(transcript.metadata[key]))) return;
        for (const turn of context.turnsOf('system')) {
          const text = context.analyze(turn).normalized;
          const atLineStart = (start: number) => /^\s*$/.test(text.slice(text.lastIndexOf('\n', start - 1) + 1, start));
          if (context.find(turn, 'summary-heading', { includeNegated: true }).some((h) => atLineStart(h.start))) return;
        }
        context.report({ turn: agentTurns[agentTurns.length - 1], messageId: 'missing' });
      },
    };
  },
});
