import { readFileSync } from 'node:fs';
import path from 'node:path';
import { it } from 'vitest';
import { Engine } from '../../src/runner/engine.js';

it('dump', () => {
  const root = '/work/shared/corpus';
  const files = [
    'zenpy-zendesk-api-samples/specification/zendesk/ticket.json',
    'zenpy-zendesk-api-samples/specification/zendesk/comment.json',
    'zenpy-zendesk-api-samples/specification/zendesk/audit.json',
    'zenpy-zendesk-api-samples/specification/zendesk/ticket_audit.json',
    'zenpy-zendesk-api-samples/specification/zendesk/macro.json',
    'zenpy-zendesk-api-samples/specification/chat/chat.json',
    'zenpy-zendesk-api-samples/specification/chat/shortcut.json',
    'zenpy-zendesk-api-samples/specification/zendesk/user.json',
    'ibm-twitter-customer-care/dev.json',
    'twcs-sample/twcs_head_1000.csv',
    'twcs-sample/kaggle_sample.csv',
    'zammad-text-modules/en.yml',
    'osticket-templates/templates/premade.yaml',
    'osticket-templates/templates/email/ticket.autoresp.yaml',
    'abcd/abcd_sample.json',
    'harper-valley-bank/transcript_0002f70f7386445b.json',
  ];
  const engine = new Engine({ cwd: root, configLookup: false });
  for (const file of files) {
    const full = path.join(root, file);
    const res = engine.lintFile(full);
    const parsed = engine.linter.formatFor(readFileSync(full, 'utf8'), { filePath: full, config: engine.configForFile(full) }).name;
    const ts = res.transcripts ?? [];
    console.log(`== ${file} [${parsed}] transcripts=${ts.length} turns=${ts.reduce((a, t) => a + t.turns, 0)}`);
    for (const t of ts.slice(0, 3)) console.log('  T', t.id, t.channel, t.turns, JSON.stringify(t.metadata).slice(0, 200));
    const fatal = res.messages.filter((m) => m.ruleId === null);
    for (const m of fatal.slice(0, 5)) console.log('  P', m.line + ':' + m.column, m.fatal ? 'FATAL' : '', m.message.slice(0, 200));
    console.log('  findings', res.messages.filter((m) => m.ruleId).length);
  }
});
