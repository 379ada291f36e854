import type { SourceComment } from './types.js';

/**
 * Lines that hold only a comment in one of the forms text files allow:
 * `# …`, `// …` or `<!-- … -->`. Only comments naming transcript-lint are taken
 * as comments, so a line such as "#1 priority" stays part of the conversation.
 */
const COMMENT_LINE = /^[ \t]*(?:#|\/\/|<!--)[ \t]*(transcript-lint[^\r\n]*?)[ \t]*(?:-->)?[ \t]*$/gm;

export function findDirectiveCommentLines(text: string): SourceComment[] {
  const comments: SourceComment[] = [];
  for (const match of text.matchAll(COMMENT_LINE)) {
    const start = match.index!;
    comments.push({ text: match[1], start, end: start + match[0].length });
  }
  return comments;
}

/** HTML comments anywhere (Markdown), and `#` comments ending a YAML line. */
const HTML_COMMENT = /<!--([\s\S]*?)-->/g;
const YAML_COMMENT = /(?:^|[ \t])#[ \t]*(transcript-lint[^\r\n]*)/gm;

export function findHtmlComments(text: string): SourceComment[] {
  return [...text.matchAll(HTML_COMMENT)].map((m) => ({ text: m[1].trim(), start: m.index!, end: m.index! + m[0].length }));
}

export function findYamlDirectiveComments(text: string): SourceComment[] {
  return [...text.matchAll(YAML_COMMENT)].map((m) => ({ text: m[1].trim(), start: m.index!, end: m.index! + m[0].length }));
}
