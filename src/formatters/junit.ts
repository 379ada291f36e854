/**
 * JUnit XML, the report CI systems show as tests (GitLab's `artifacts:reports:junit`,
 * Jenkins, Azure Pipelines, CircleCI). One `<testsuite>` per file, one `<testcase>`
 * per finding with a `<failure>` (an `<error>` for a file that could not be read or
 * parsed), and one passing `<testcase>` for a file with no findings, so clean files
 * show up as passed tests. Counts on `<testsuites>` and `<testsuite>` add up.
 */
import { conversationLabel, messageType, relativePath, ruleDocUrl } from './shared.js';
import type { Formatter } from './types.js';
import { xmlEscape, xmlText } from './xml.js';

export const junit: Formatter = (results, context) => {
  let suites = '';
  let tests = 0;
  let failures = 0;
  let errors = 0;
  for (const result of results) {
    const file = relativePath(result.filePath, context.cwd);
    const suiteErrors = result.messages.filter((m) => m.fatal).length;
    const suiteFailures = result.messages.length - suiteErrors;
    const suiteTests = Math.max(result.messages.length, 1);
    tests += suiteTests;
    failures += suiteFailures;
    errors += suiteErrors;
    suites += `  <testsuite name="${xmlEscape(file)}" package="transcript-lint" tests="${suiteTests}" failures="${suiteFailures}" errors="${suiteErrors}" skipped="0" time="0">\n`;
    if (result.messages.length === 0) {
      suites += `    <testcase name="${xmlEscape(file)}" classname="${xmlEscape(file)}" file="${xmlEscape(file)}" time="0" />\n`;
    }
    for (const message of result.messages) {
      const where = conversationLabel(message, result.filePath);
      const name = `${message.ruleId ?? 'fatal'} ${message.line || 0}:${message.column || 0}${where ? ` ${where}` : ''}`;
      const element = message.fatal ? 'error' : 'failure';
      const body = [
        `${file}: line ${message.line || 0}, col ${message.column || 0}, ${messageType(message)} - ${message.message}${message.ruleId ? ` (${message.ruleId})` : ''}`,
        ...(where ? [`conversation: ${where}`] : []),
        ...(message.ruleId && context.rulesMeta[message.ruleId] ? [`rule: ${ruleDocUrl(message.ruleId, context.rulesMeta[message.ruleId])}`] : []),
      ].join('\n');
      suites +=
        `    <testcase name="${xmlEscape(name)}" classname="${xmlEscape(file)}" file="${xmlEscape(file)}" time="0">` +
        `<${element} message="${xmlEscape(message.message)}" type="${xmlEscape(message.ruleId ?? 'fatal')}">${xmlText(body)}</${element}></testcase>\n`;
    }
    suites += '  </testsuite>\n';
  }
  return (
    '<?xml version="1.0" encoding="utf-8"?>\n' +
    `<testsuites name="transcript-lint" tests="${tests}" failures="${failures}" errors="${errors}" time="0">\n` +
    suites +
    '</testsuites>\n'
  );
};

export default junit;
