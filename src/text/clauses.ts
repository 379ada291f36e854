/** Clause positions: where an instruction or a refusal starts its clause. */

/** Where a clause starts again: punctuation, brackets, a spaced dash, and English "then". */
const CLAUSE = /[,;:\n()\u2013\u2014]|\s-\s|\bthen\b/gi;

/** True when `hit` opens its clause: "Please try…", "If not, go to…", "2. Tap…"; `leads` from clauseLeadPattern. */
export function atClauseStart(text: string, sentenceStart: number, hitStart: number, leads: RegExp): boolean {
  const prefix = text.slice(sentenceStart, hitStart);
  let cut = 0;
  for (const m of prefix.matchAll(CLAUSE)) cut = m.index! + m[0].length;
  return leads.test(prefix.slice(cut));
}
