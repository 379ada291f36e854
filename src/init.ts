/**
 * `transcript-lint init`: writes a starter .transcriptlintrc.yaml. On a terminal
 * it asks three questions; anywhere else (CI, pipes) it asks nothing and
 * writes the defaults.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { CONFIG_FILES } from './config/loader.js';
import { writeFileAtomically } from './runner/write.js';

export interface InitAnswers {
  preset: 'recommended' | 'strict';
  locale: string;
  macros: string;
}

export const DEFAULT_ANSWERS: InitAnswers = { preset: 'recommended', locale: 'auto', macros: 'macros/**' };

export function starterConfig(answers: InitAnswers): string {
  return [
    '# transcript-lint: your team\'s written service standards.',
    '# Every key is documented in docs/configuration.md; rules in docs/rules/.',
    `extends: ${answers.preset}`,
    `locale: ${answers.locale}            # auto detects Greek, Armenian and Georgian from the text`,
    'rules:',
    '  # runaround: error           # make a rule an error to fail CI on it',
    '  # robotism: [warn, { minRepeatWords: 8 }]',
    ...(answers.macros
      ? ['overrides:', `  - files: ['${answers.macros}']`, '    channel: macro            # canned responses, not conversations']
      : []),
    '',
  ].join('\n');
}

async function ask(stdout: { write(s: string): unknown }): Promise<InitAnswers> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const preset = (await rl.question('Start from which preset? (recommended/strict) [recommended] ')).trim() || 'recommended';
    const locale = (await rl.question('Language of your conversations? (auto/en/el/hy/ka) [auto] ')).trim() || 'auto';
    const macros = (await rl.question('Glob for your canned responses, or "none" [macros/**] ')).trim() || 'macros/**';
    return { preset: preset === 'strict' ? 'strict' : 'recommended', locale, macros: macros === 'none' ? '' : macros };
  } finally {
    rl.close();
    stdout.write('\n');
  }
}

export async function runInit(io: { cwd: string; stdout: { write(s: string): unknown }; stderr: { write(s: string): unknown }; interactive: boolean }): Promise<number> {
  const existing = CONFIG_FILES.find((name) => existsSync(path.join(io.cwd, name)));
  if (existing) {
    io.stderr.write(`transcript-lint: ${existing} already exists; nothing written\n`);
    return 2;
  }
  const answers = io.interactive ? await ask(io.stdout) : DEFAULT_ANSWERS;
  const file = path.join(io.cwd, CONFIG_FILES[0]);
  writeFileAtomically(file, starterConfig(answers));
  io.stdout.write(`Wrote ${CONFIG_FILES[0]}. Run: npx transcript-lint .\n`);
  return 0;
}
