/**
 * Locale resolution from the script of the text: Greek, Armenian and Georgian
 * letters name their language; Latin script (or none) falls back to the default.
 */
const SCRIPTS: Array<[string, RegExp]> = [
  ['el', /[\u0370-\u03ff\u1f00-\u1fff]/gu],
  ['hy', /[\u0530-\u058f\ufb13-\ufb17]/gu],
  ['ka', /[\u10a0-\u10ff\u1c90-\u1cbf\u2d00-\u2d2f]/gu],
];
const LATIN = /[A-Za-z\u00c0-\u024f]/gu;

function count(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.exec(text)) n++;
  return n;
}

/** The locale a text is written in, judged on at most its first 4,000 characters. */
export function detectLocale(text: string, fallback = 'en'): string {
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  let best = fallback;
  let bestCount = count(sample, LATIN);
  for (const [locale, pattern] of SCRIPTS) {
    const n = count(sample, pattern);
    if (n > bestCount) {
      best = locale;
      bestCount = n;
    }
  }
  return best;
}
