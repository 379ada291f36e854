/**
 * ESLint's `json-with-metadata`: `{ results, metadata }`, where metadata carries
 * the working folder and the meta of the rules (descriptions, kinds, docs), so a
 * report viewer needs nothing else.
 */
import { escapeJsonForTerminal } from './sanitize.js';
import type { Formatter } from './types.js';

export const jsonWithMetadata: Formatter = (results, context) =>
  escapeJsonForTerminal(JSON.stringify({
    results,
    metadata: {
      cwd: context.cwd,
      rulesMeta: context.rulesMeta,
      ...(context.maxWarningsExceeded ? { maxWarningsExceeded: context.maxWarningsExceeded } : {}),
    },
  }));

export default jsonWithMetadata;
