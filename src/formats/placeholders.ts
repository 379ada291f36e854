/**
 * Template placeholders in canned responses: `{{ticket.requester.first_name}}`,
 * `{% if %}` tags, `%{name}` (osTicket), `#{name}` (Zammad), `${name}`.
 */
export const TEMPLATE_PLACEHOLDER = /\{\{[^{}\n]{0,200}\}\}|\{%[^%\n]{0,200}%\}|[%$#]\{[A-Za-z_][\w.]{0,80}\}/g;

/**
 * Replaces each placeholder with spaces of the same length, so rules read the
 * prose around it while every offset stays where it was.
 */
export function maskPlaceholders(text: string): string {
  return text.replace(TEMPLATE_PLACEHOLDER, (match) => ' '.repeat(match.length));
}
