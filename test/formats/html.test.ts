import { describe, expect, it } from 'vitest';
import { decodeEntities, emailCutOffset, htmlToText, reduceBody } from '../../src/formats/html.js';
import { decodeJsonString, parseJsonTree } from '../../src/formats/json-source.js';
import { composeMaps, SourceMap } from '../../src/formats/source-map.js';

/** The source text a span of reduced text maps back to. */
const back = (html: string, map: SourceMap, text: string, needle: string) => {
  const at = text.indexOf(needle);
  return html.slice(map.start(at), map.end(at + needle.length));
};

describe('htmlToText', () => {
  it('drops tags, turns blocks into line breaks and collapses white space', () => {
    const html = '<div><p>Hello   Ana,</p>\n  <p>Line one<br>line two</p><ul><li>a</li><li>b</li></ul></div>';
    expect(htmlToText(html).text).toBe('Hello Ana,\n\nLine one\nline two\n\na\nb');
  });

  it('decodes entities as units that map to the whole entity', () => {
    const html = '<p>Caf&eacute; &amp; tea &#8212; it&#x27;s &quot;fine&quot;</p>';
    const { text, map } = htmlToText(html);
    expect(text).toBe('Café & tea — it\'s "fine"');
    expect(back(html, map, text, 'é')).toBe('&eacute;');
    expect(back(html, map, text, 'tea — it')).toBe('tea &#8212; it');
    expect(map.isVerbatim(text.indexOf('tea'), text.indexOf('tea') + 3)).toBe(true);
    expect(map.isVerbatim(text.indexOf('é'), text.indexOf('é') + 1)).toBe(false);
  });

  it('skips scripts, styles and comments; a lone < is text', () => {
    expect(htmlToText('<style>p{}</style><!-- x -->a < b<script>alert(1)</script>').text).toBe('a < b');
  });

  it('sets aside quoted replies and signatures in e-mail', () => {
    const html = '<div>Thanks, done.</div><div class="gmail_signature">Ana<br>Sales</div><div class="gmail_quote"><div>On Mon … wrote:</div><blockquote>old text</blockquote></div>';
    expect(htmlToText(html, { email: true }).text).toBe('Thanks, done.');
    expect(htmlToText('<p>New</p><blockquote>quoted</blockquote><p>More</p>', { email: true }).text).toBe('New\n\nMore');
  });
});

describe('e-mail threads in plain text', () => {
  it('cuts at "On … wrote:", a trailing > quote or a signature', () => {
    const cut = (s: string) => s.slice(0, emailCutOffset(s)).trimEnd();
    expect(cut('Yes please.\n\nOn Tue, 3 Mar 2026, Bo <b@x.test>\nwrote:\n> earlier')).toBe('Yes please.');
    expect(cut('Fine by me\n> quoted\n>\n> more\n')).toBe('Fine by me');
    expect(cut('Sure\n-- \nBo Smith\nACME')).toBe('Sure');
    expect(cut('> a quote\nmy answer below it')).toBe('> a quote\nmy answer below it');
  });
});

describe('decodeEntities', () => {
  it('decodes only entities, mapping each to its source', () => {
    const { text, map } = decodeEntities('Fish &amp; chips &lt;3');
    expect(text).toBe('Fish & chips <3');
    expect(map.start(text.indexOf('chips'))).toBe(11);
  });
});

describe('HTML inside a JSON string', () => {
  it('composes the HTML map with the JSON string map so positions land in the file', () => {
    const file = '{"body": "<p>Hi \\"Ana\\",<br>please visit our website &amp; more</p>"}';
    const node = parseJsonTree(file)!.children![0].children![1];
    const json = decodeJsonString(file, node);
    const { text, map } = reduceBody(json, { html: true });
    expect(text).toBe('Hi "Ana",\nplease visit our website & more');
    expect(map.start(text.indexOf('please'))).toBe(file.indexOf('please'));
    expect(file.slice(map.start(text.indexOf('"Ana"')), map.end(text.indexOf('"Ana"') + 5))).toBe('\\"Ana\\"');
    expect(file.slice(map.start(text.indexOf('&')), map.end(text.indexOf('&') + 1))).toBe('&amp;');
  });

  it('composeMaps splits literal runs across the outer map\'s units', () => {
    // outer: text "a\nb" from source `a\\nb` at 10; inner: the whole intermediate text, literal
    const outer = new SourceMap().literal(10, 1).unit(11, 2).literal(13, 1);
    const inner = new SourceMap().literal(0, 3);
    const map = composeMaps(inner, outer);
    expect([map.start(0), map.start(1), map.end(2), map.start(2)]).toEqual([10, 11, 13, 13]);
    expect(map.isVerbatim(0, 1)).toBe(true);
    expect(map.isVerbatim(0, 3)).toBe(false);
  });
});
