/**
 * Transcript text is written by strangers. Before it reaches a terminal, drop
 * escape sequences and control characters so a message cannot move the cursor,
 * recolour the screen or set the window title.
 */
// CSI / OSC / other ESC sequences, then remaining C0 (but tab) and C1 controls, and bidi overrides.
// eslint-disable-next-line no-control-regex
const ESCAPE_SEQUENCE = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-Z\\-_])|\u009b[0-?]*[ -/]*[@-~]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
// The same, but keeping tab, line feed and carriage return.
// eslint-disable-next-line no-control-regex
const CONTROL_BUT_LINE_BREAKS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

// What JSON.stringify leaves raw but a terminal or a line splitter may act on: DEL and C1 controls
// (U+009B is CSI), line and paragraph separators, bidi overrides.
const RAW_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** JSON text with those characters written as \u escapes: the same JSON value, safe to print. */
export function escapeJsonForTerminal(json: string): string {
  return json.replace(RAW_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** One line of terminal-safe text: escape sequences and controls dropped, line breaks made spaces. */
export function stripControl(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(/\r?\n|\r/g, ' ').replace(CONTROL, '');
}

/**
 * Escape sequences and control characters dropped, line breaks and tabs kept:
 * for formats that encode line breaks themselves (XML, workflow commands, SARIF).
 */
export function stripEscapes(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL_BUT_LINE_BREAKS, '');
}
