/**
 * What every rule wants to know about a turn's text, worked out once per turn:
 * its sentences (and which are questions), and the spans no rule should read as
 * the agent's own words — URLs, e-mail addresses, @handles, quoted customer text,
 * social sign-off initials.
 */

export interface Sentence {
  start: number;
  end: number;
  text: string;
  isQuestion: boolean;
}

export interface Span {
  start: number;
  end: number;
  kind: 'url' | 'email' | 'handle' | 'quote' | 'signature';
}

export interface TurnAnalysis {
  /** The text with typographic apostrophes and quotes folded to ASCII; same length as the text. */
  normalized: string;
  sentences: Sentence[];
  /** Spans to skip, sorted by start. */
  skipped: Span[];
  /** Where quoted e-mail history ("On … wrote:", "Original Message") begins; the text length when there is none. */
  historyStart: number;
  /** Where the writer's own words end: before a sign-off and signature, or the quoted history. */
  bodyEnd: number;
}

/** The signature delimiter "-- " on a line of its own. */
const SIG_DELIMITER = /^--[ \t]*$/m;
/**
 * A sign-off line in the languages the lexicons speak: "Kind regards,", "Thanks,";
 * «Με εκτίμηση,», «Φιλικά,»; «Հարգանքով,»; «პატივისცემით,». Accents optional in Greek.
 */
const SIGN_OFF = new RegExp(
  '^[ \\t]*(?:' +
    [
      '(?:kind|best|warm|warmest|many|with)? ?regards|best(?: wishes)?|all the best|sincerely(?: yours)?|yours (?:sincerely|faithfully|truly)|thanks(?: again)?|thank you|many thanks|cheers|take care|talk soon|speak soon',
      'με (?:[εέ]κτ[ιί]μηση|τιμ[ηή]|φιλικο[υύ]ς χαιρετισμο[υύ]ς|θερμο[υύ]ς χαιρετισμο[υύ]ς|χαιρετισμο[υύ]ς)|φιλικ[αά]|χαιρετισμο[υύ]ς|ευχαριστ[ωώ]|ευχαριστο[υύ]με(?: πολ[υύ])?',
      'հարգանքով|շնորհակալությամբ|շնորհակալություն',
      'პატივისცემით|მადლობით|მადლობა',
    ].join('|') +
    ')[ \\t]*[,.!]?[ \\t]*$',
  'gimu',
);

/**
 * Where a message's body ends: at the quoted history, a "-- " delimiter, or a
 * sign-off line followed by a short name block (a name, a title, a company —
 * an automatic footer may follow further down).
 */
/** A name on its own line: "Bernard Lowe", "Μαρία Π.". */
const NAME_LINE = /^\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*){0,2}[,.]?$/u;

export function findBodyEnd(text: string, historyStart: number): number {
  let end = historyStart;
  // A message signed with a bare name after a blank line: "…on my phone.\n\nBernard Lowe".
  const from = Math.max(0, end - 200);
  const tail = /\n[ \t]*\n[ \t]*([^\n]+?)\s*$/.exec(text.slice(from, end));
  if (tail && NAME_LINE.test(tail[1]) && text.slice(0, from + tail.index).trim() !== '') end = from + tail.index;
  const delimiter = SIG_DELIMITER.exec(text.slice(0, end));
  if (delimiter) end = delimiter.index;
  SIGN_OFF.lastIndex = 0;
  for (const m of text.slice(0, end).matchAll(SIGN_OFF)) {
    const after = text.slice(m.index! + m[0].length, end);
    // The name block: the lines up to the next blank line (or the end).
    const block = after.replace(/^\s*\n/, '').split(/\n[ \t]*\n/)[0].split('\n').filter((l) => l.trim() !== '');
    const isLast = after.trim() === '';
    if (isLast || (block.length <= 4 && block.every((l) => l.trim().split(/\s+/).length <= 8))) {
      end = m.index!;
      break;
    }
  }
  return end;
}

/** The start of an e-mail's quoted history: everything from here down is someone else's earlier message. */
export const EMAIL_HISTORY =
  /^(?:On\s[^\n]{0,200}(?:\n[^\n]{0,200})?\swrote:[ \t]*$|Στις\s[^\n]{0,200}(?:\n[^\n]{0,200})?\sέγραψε:[ \t]*$|[^\n]{0,200}\sգրել է[:։][ \t]*$|[^\n]{0,200}\sდაწერა:[ \t]*$|-{2,}\s*(?:Original Message|Αρχικό μήνυμα)\s*-{2,}|(?:From|Από):[^\n]*\n(?:[^\n]*\n){0,2}?(?:Sent|Date|Στάλθηκε|Ημερομηνία):)/imu;

const segmenters = new Map<string, Intl.Segmenter>();
function sentenceSegmenter(locale: string): Intl.Segmenter {
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

/** Texts up to this long are segmented in one go; longer ones window by window. */
const SEGMENT_WINDOW = 4096;
/** A "sentence" longer than this (some 5,000 words: a pasted log, a base64 blob) is cut: segmenting it whole is what takes minutes. */
const MAX_SENTENCE = 1 << 15;

/**
 * Sentence segments of `text`. Intl.Segmenter takes time quadratic in the
 * length of what it is given (a 1 MB turn: seconds; 50 MB: hours), so long
 * texts are segmented a window at a time: every sentence of a window but the
 * last is kept, and the next window starts where that last one did. The
 * segments are those of one pass unless a sentence is longer than MAX_SENTENCE.
 */
export function* segmentSentences(text: string, locale: string): Generator<{ segment: string; index: number }> {
  const segmenter = sentenceSegmenter(locale);
  if (text.length <= SEGMENT_WINDOW) {
    yield* segmenter.segment(text);
    return;
  }
  let base = 0;
  let window = SEGMENT_WINDOW;
  while (base < text.length) {
    let end = Math.min(text.length, base + window);
    // Never split a surrogate pair.
    if (end < text.length && /[\ud800-\udbff]/.test(text[end - 1])) end--;
    const segments = [...segmenter.segment(text.slice(base, end))];
    const atEnd = end === text.length;
    if (!atEnd && segments.length < 2 && window < MAX_SENTENCE) {
      // One sentence fills the window: look further before cutting it.
      window *= 2;
      continue;
    }
    // The last sentence of a window may go on past it: it starts the next window (unless it is all there is).
    const keep = atEnd || segments.length < 2 ? segments : segments.slice(0, -1);
    for (const s of keep) yield { segment: s.segment, index: base + s.index };
    base = keep === segments ? end : base + segments[segments.length - 1].index;
    window = SEGMENT_WINDOW;
  }
}

const folded = new Map<string, string>();

/** A letter without its accents (ά → α, é → e), when that is one character; the letter itself otherwise. */
function foldChar(c: string): string {
  let f = folded.get(c);
  if (f === undefined) {
    const base = c.normalize('NFD').replace(/\p{M}+/gu, '');
    f = base.length === 1 ? base : c;
    folded.set(c, f);
  }
  return f;
}

/**
 * The text phrase matching reads: typographic apostrophes and quotes folded to
 * ASCII, accents dropped (Greek τόνος and διαλυτικά, Latin accents), and the
 * Armenian marks that sit inside a word (՞ ՛ ՜) turned into spaces — always one
 * character for one, so every offset still points into the text.
 */
export function normalizeForMatching(text: string): string {
  let out = text.replace(/[\u2018\u2019\u02bc\u2032]/g, "'").replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"');
  if (/[\u00c0-\uffff]/.test(out)) {
    out = out.replace(/[\u00c0-\u024f\u0370-\u03ff\u1f00-\u1fff]/g, foldChar).replace(/[\u055b\u055c\u055e]/g, ' ');
  }
  return out;
}

const URL = /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+/gi;
const BARE_DOMAIN = /\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|co|uk|de|fr|gr|am|ge|eu|app|help|support)(?:\/[^\s<>"')\]]*)?/gi;
const EMAIL = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g;
const HANDLE = /(?<![\w@])@\w{1,30}/g;
/** Links, e-mail addresses, bare domains and @handles in one pattern: Latin whatever language the words around them are in. */
export const ADDRESS = new RegExp([URL.source, EMAIL.source, BARE_DOMAIN.source, HANDLE.source].join('|'), 'gi');
// Social care teams sign tweets with initials: "^AB", "-AB", "*JS".
const SIGNATURE = /(?:\s|^)[\^*~]\s?[A-Z]{1,4}\s*$|\s[-–]\s?[A-Z]{2,3}\s*$/g;
// Quoted passages of some length, and e-mail quote lines.
const QUOTED = /"[^"\n]{3,400}"|^>[^\n]*$/gm;

function collect(text: string, pattern: RegExp, kind: Span['kind'], into: Span[]): void {
  pattern.lastIndex = 0;
  for (const match of text.matchAll(pattern)) {
    into.push({ start: match.index!, end: match.index! + match[0].length, kind });
  }
}

/**
 * Whether a sentence asks something. English and Georgian end questions with `?`;
 * Greek with `;` (U+037E or the ASCII look-alike); Armenian puts `՞` on the word asked about.
 */
export function isQuestionSentence(sentence: string, locale: string): boolean {
  // The mark may sit before a closing emoji, bracket or quote.
  const tail = sentence.replace(/[\s\p{Pe}\p{Pf}"'\p{Extended_Pictographic}\u200d\ufe0f]+$/u, '');
  if (tail.endsWith('?') || tail.endsWith('\uff1f')) return true;
  if (locale.startsWith('el')) return /[;\u037e]$/.test(tail);
  if (locale.startsWith('hy')) return sentence.includes('\u055e');
  return false;
}

export function analyzeText(text: string, locale: string): TurnAnalysis {
  const normalized = normalizeForMatching(text);
  const sentences: Sentence[] = [];
  for (const segment of segmentSentences(text, locale)) {
    const raw = segment.segment;
    const trimmedEnd = raw.replace(/\s+$/, '');
    if (trimmedEnd.trim() === '') continue;
    const lead = raw.length - raw.trimStart().length;
    const start = segment.index + lead;
    const end = segment.index + trimmedEnd.length;
    const previous = sentences[sentences.length - 1];
    // A line break is a sentence break to the segmenter; a wrapped line ("…1pm today,\n and I'll text you")
    // that starts in lower case after a line with no closing punctuation continues the sentence.
    if (previous && /\n/.test(text.slice(previous.end, start)) && !/[.!?;:\u037e\u0589\u2026]["')\]]*$/u.test(previous.text) && /^\p{Ll}/u.test(text.slice(start, start + 1))) {
      previous.end = end;
      previous.text = text.slice(previous.start, end);
      previous.isQuestion = isQuestionSentence(previous.text, locale);
      continue;
    }
    const body = text.slice(start, end);
    sentences.push({ start, end, text: body, isQuestion: isQuestionSentence(body, locale) });
  }
  const skipped: Span[] = [];
  collect(normalized, URL, 'url', skipped);
  collect(normalized, EMAIL, 'email', skipped);
  collect(normalized, BARE_DOMAIN, 'url', skipped);
  collect(normalized, HANDLE, 'handle', skipped);
  collect(normalized, SIGNATURE, 'signature', skipped);
  collect(normalized, QUOTED, 'quote', skipped);
  const historyStart = EMAIL_HISTORY.exec(text)?.index ?? text.length;
  if (historyStart < text.length) skipped.push({ start: historyStart, end: text.length, kind: 'quote' });
  skipped.sort((a, b) => a.start - b.start);
  // "Can you see it OK? -BC", "Does this help? https://…": a question mark before a signature, handle or link still ends a question.
  for (const sentence of sentences) {
    if (sentence.isQuestion) continue;
    const spans = skipped.filter((sp) => sp.kind !== 'quote' && sp.start < sentence.end && sp.end > sentence.start);
    if (!spans.length) continue;
    let own = '';
    for (let k = sentence.start; k < sentence.end; k++) own += spans.some((sp) => k >= sp.start && k < sp.end) ? ' ' : normalized[k];
    sentence.isQuestion = isQuestionSentence(own.trimEnd(), locale);
  }
  return { normalized, sentences, skipped, historyStart, bodyEnd: findBodyEnd(text, historyStart) };
}

/** The sentence holding `offset`: a binary search (sentences are in order and do not overlap). */
export function sentenceAt(analysis: TurnAnalysis, offset: number): Sentence | undefined {
  const sentences = analysis.sentences;
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sentences[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  const s = sentences[lo];
  return s && offset >= s.start && offset < s.end ? s : undefined;
}

/** For each skipped span, the largest end among it and the spans before it: lets inSkippedSpan search instead of scan. */
const skippedReach = new WeakMap<readonly Span[], number[]>();

/** The first skipped span (in order) overlapping [start, end), of one of `kinds` when given. */
export function inSkippedSpan(analysis: TurnAnalysis, start: number, end: number, kinds?: ReadonlyArray<Span['kind']>): Span | undefined {
  const spans = analysis.skipped;
  if (spans.length < 16) return spans.find((s) => start < s.end && end > s.start && (!kinds || kinds.includes(s.kind)));
  let reach = skippedReach.get(spans);
  if (!reach || reach.length !== spans.length) {
    reach = [];
    let max = -Infinity;
    for (const s of spans) reach.push((max = Math.max(max, s.end)));
    skippedReach.set(spans, reach);
  }
  // Spans before the first whose reach passes `start` all end at or before it.
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (reach[mid] <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < spans.length && spans[i].start < end; i++) {
    const s = spans[i];
    if (start < s.end && (!kinds || kinds.includes(s.kind))) return s;
  }
  return undefined;
}

/** The sentences of a turn that ask something. */
export function questionSentences(analysis: TurnAnalysis): Sentence[] {
  return analysis.sentences.filter((s) => s.isQuestion);
}
