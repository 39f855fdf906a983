/**
 * The Word writer on its own: any text is safe in the XML, each ordered list
 * counts from 1, links and pictures get their relationships, and the parts
 * cached per language do not leak from one language to another.
 */
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { markdownToDocx, type DocxMeta } from '../../src/render/docx.js';

const meta: DocxMeta = { title: 'T', header: 'Sidhuvud', footer: 'Sida {page} av {pages}', language: 'sv-SE' };

async function parts(buffer: Buffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(buffer);
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) out[name] = await zip.file(name)!.async('string');
  return out;
}

describe('markdownToDocx', () => {
  it('escapes markup and drops what XML 1.0 does not allow', async () => {
    const docx = await markdownToDocx('# A & B\n\nx < y > z "q" \u0001\u000b\ufffe\ud800 ok 😀\n', meta);
    const xml = (await parts(docx))['word/document.xml']!;
    expect(xml).toContain('A &amp; B');
    expect(xml).toContain('x &lt; y &gt; z &quot;q&quot;  ok 😀');
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udfff]/u);
    expect((await mammoth.extractRawText({ buffer: docx })).value).toContain('x < y > z "q"  ok 😀');
  });

  it('starts each ordered list again at 1', async () => {
    const docx = await markdownToDocx('1. a\n2. b\n\nText.\n\n1. c\n2. d\n\n- e\n', meta);
    const p = await parts(docx);
    expect(p['word/numbering.xml']!.match(/<w:startOverride w:val="1"\/>/g)).toHaveLength(2);
    expect([...p['word/document.xml']!.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1])).toEqual(['2', '2', '3', '3', '1']);
    const { value: html } = await mammoth.convertToHtml({ buffer: docx });
    expect(html).toBe('<ol><li>a</li><li>b</li></ol><p>Text.</p><ol><li>c</li><li>d</li></ol><ul><li>e</li></ul>');
  });

  it('writes what a secretary types in Markdown as Word formatting, addresses in the text as links', async () => {
    const markdown = [
      '## Rubrik',
      '',
      'Det **feta** och _kursiva_, ~~strukna~~ och `kod`.',
      'Ny rad: se www.1177.se, https://region.se/a?b=1 eller skriv till a@b.se. Inte region.se.',
      'AT&amp;T &copy; 5 < 6',
      '',
      '| A | B |',
      '|---|---|',
      '| **x** | y |',
      '',
    ].join('\n');
    const { value: html } = await mammoth.convertToHtml({ buffer: await markdownToDocx(markdown, meta) });
    expect(html).toBe(
      '<h1>Rubrik</h1><p>Det <strong>feta</strong> och <em>kursiva</em>, <s>strukna</s> och kod.<br />' +
        'Ny rad: se <a href="http://www.1177.se">www.1177.se</a>, <a href="https://region.se/a?b=1">https://region.se/a?b=1</a> eller skriv till <a href="mailto:a@b.se">a@b.se</a>. Inte region.se.<br />' +
        'AT&amp;T © 5 &lt; 6</p>' +
        '<table><thead><tr><th><p><strong>A</strong></p></th><th><p><strong>B</strong></p></th></tr></thead><tbody><tr><td><p><strong>x</strong></p></td><td><p>y</p></td></tr></tbody></table>',
    );
  });

  it('makes real addresses hyperlinks and placeholders plain text', async () => {
    const p = await parts(await markdownToDocx('[Webb](https://example.org/?a=1&b=2), [e-post](mailto:a@example.org) och [här](#).\n', meta));
    const rels = p['word/_rels/document.xml.rels']!;
    expect(rels).toContain('Target="https://example.org/?a=1&amp;b=2" TargetMode="External"');
    expect(rels).toContain('Target="mailto:a@example.org" TargetMode="External"');
    expect(p['word/document.xml']!.match(/<w:hyperlink /g)).toHaveLength(2);
    expect(p['word/document.xml']).toContain('>här<');
  });

  it('stores a picture once as PNG with its SVG, and writes [alt] for a missing one', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const images = { 'c.svg': { svg: '<svg xmlns="http://www.w3.org/2000/svg"/>', png, width: 100, height: 50 } };
    const docx = await markdownToDocx('![Diagram](c.svg)\n\n![Igen](c.svg)\n\n![Borta](x.svg)\n', { ...meta, images });
    const zip = await JSZip.loadAsync(docx);
    expect(Object.keys(zip.files).filter((f) => f.startsWith('word/media/'))).toEqual(['word/media/image1.png', 'word/media/image1.svg']);
    expect(new Uint8Array(await zip.file('word/media/image1.png')!.async('uint8array'))).toEqual(png);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml.match(/<wp:extent cx="952500" cy="476250"\/>/g)).toHaveLength(2);
    expect(xml).toMatch(/<wp:docPr id="2" name="Igen" descr="Igen"/);
    expect(xml).toContain('>[Borta]<');
  });

  it('writes the language of each document, though the styles are built once per language', async () => {
    const sv = await parts(await markdownToDocx('Hej\n', meta));
    const en = await parts(await markdownToDocx('Hello\n', { ...meta, language: 'en-GB' }));
    expect(sv['word/styles.xml']).toContain('<w:lang w:val="sv-SE"/>');
    expect(en['word/styles.xml']).toContain('<w:lang w:val="en-GB"/>');
    expect(en['word/footer1.xml']).toMatch(/Sida [\s\S]*PAGE[\s\S]* av [\s\S]*NUMPAGES/);
    expect(en['word/settings.xml']).not.toContain('updateFields');
  });
});
