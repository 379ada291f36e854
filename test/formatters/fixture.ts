/** A small project whose lint results have every shape the formatters must handle. */
import type { LintResult } from '../../src/model.js';
import { run, tempProject } from '../helpers.js';

/** Placeholder text the unfilled-placeholder rule quotes back verbatim: markup, CDATA end, quotes, ANSI and OSC escapes, controls. */
export const HOSTILE = '{{ name | <script>]]>"&\'\u001b[31mred\u001b]0;pwned\u0007\u0001\u0085 }}';
/** A conversation id with the same kind of content, plus the characters workflow commands treat specially. */
export const HOSTILE_ID = 'c-<b>"&\']]>%,:\u001b[2J';

export const CHAT = 'Customer: My order is late.\nAgent: Please visit our website.\n';

export const FILES: Record<string, string> = {
  'chat.txt': CHAT,
  'sub dir/we ird#1.txt': 'Agent: Please visit our website.\n',
  'hostile.txt': `Agent: Hi ${HOSTILE}, thanks!\n`,
  'bad.json': '{"messages": [\n  {"role": "agent" "text": "x"}]}',
  'empty.json': '',
  'suppressed.txt': '# transcript-lint-disable-next-line runaround -- legal <b>asked</b> & "approved"\nAgent: Please visit our website.\n',
  'multi.json': JSON.stringify(
    [
      { id: HOSTILE_ID, channel: 'chat', messages: [{ role: 'customer', text: 'Where is my refund?' }, { role: 'agent', text: 'Please visit our website.' }] },
      { id: 'conv-2', channel: 'chat', messages: [{ role: 'agent', text: 'Please call our other number.' }] },
    ],
    null,
    2,
  ),
};

/** Lints the sample project (runaround as an error, so both levels show) with formatter `format`. */
export async function lintSample(format: string, dir = tempProject(FILES), extra: string[] = []) {
  const result = await run(['.', '-f', format, '--rule', 'runaround: error', ...extra], { cwd: dir });
  return { ...result, dir };
}

/** The same run as ESLint-shaped JSON, to check other formatters against. */
export async function sampleResults(dir: string, extra: string[] = []): Promise<LintResult[]> {
  const { stdout } = await lintSample('json', dir, extra);
  return JSON.parse(stdout) as LintResult[];
}
