/**
 * fixtures/corpus-rates.json — findings per 100 real conversations, which the severity
 * policy reads — must be what the rules do today. It is measured from ../shared/corpus,
 * which a user's clone does not have: then this test is skipped and the committed
 * numbers stand. `npm run eval -- --corpus-rates` re-measures.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpusRates, measureCorpusRates } from '../scripts/labeled.js';

const shared = path.join(import.meta.dirname, '..', '..', 'shared');
const haveCorpus = existsSync(path.join(shared, 'corpus', 'wmt24-chat-customer-support')) && existsSync(path.join(shared, 'corpus', 'twcs-sample'));

describe('fixtures/corpus-rates.json', () => {
  it('covers every corpus with a rate for every rule', () => {
    const rates = loadCorpusRates();
    expect(Object.keys(rates.corpora).sort()).toEqual(['ibm-twitter', 'twcs', 'wmt24-train']);
    for (const corpus of Object.values(rates.corpora)) {
      expect(corpus.conversations).toBeGreaterThan(100);
      expect(Object.keys(corpus.per100)).toHaveLength(20);
    }
  });

  it.skipIf(!haveCorpus)('matches the rules as they are (re-measure with npm run eval -- --corpus-rates)', () => {
    const measured = measureCorpusRates(shared);
    expect(measured.corpora).toEqual(loadCorpusRates().corpora);
  }, 120_000);
});
