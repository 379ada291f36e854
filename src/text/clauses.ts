/** Clause positions: where an instruction or a refusal starts its clause. */

/** Words that may stand before an imperative at the start of its clause. */
const LEAD = /^(?:[\s,;:\-–—*•>()]|\d+[.)]|step\s+\d+:?|please|pls|kindly|just|simply|first(?:ly)?|second(?:ly)?|third(?:ly)?|then|next|now|also|so|ok(?:ay)?|alright|finally|lastly|after that|afterwards|instead|otherwise|in the meantime|meanwhile|(?:can|could|would) you(?: please)?|you can|you could)*$/i;
const CLAUSE = /[,;:\n(\u2013\u2014]|\bthen\b/gi;
/** A condition still open before the hit: "once it arrives, …". */
export const PENDING = /\b(?:once|when|after|as soon as|if|until|before)\b[^,.;:!?]*$/i;

/** True when `hit` opens its clause: "Please try…", "If not, go to…", "2. Tap…". */
export function atClauseStart(text: string, sentenceStart: number, hitStart: number): boolean {
  const prefix = text.slice(sentenceStart, hitStart);
  let cut = 0;
  for (const m of prefix.matchAll(CLAUSE)) cut = m.index! + m[0].length;
  return LEAD.test(prefix.slice(cut));
}
