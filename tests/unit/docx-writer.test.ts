/**
 * The Word writer on its own, read back with mammoth and from its parts: any
 * text is safe in the XML, each ordered list counts from 1, links and
 * pictures, the layout rules a secretary follows (what keeps with what, tables
 * sized by their content), and the draft mark in the header.
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

/** The paragraphs of word/document.xml, each as its XML. */
const paragraphs = (xml: string) => xml.match(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g) ?? [];
const textOf = (p: string) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

describe('markdownToDocx', () => {
  it('escapes markup and drops what XML 1.0 does not allow', async () => {
    const docx = await markdownToDocx('# A & B\n\nx < y > z "q" \u0001\u000b\ufffe\uffff\ud800 ok 😀\n', { ...meta, header: 'Sid\ufffehuvud' });
    const p = await parts(docx);
    expect(p['word/document.xml']).toContain('A &amp; B');
    for (const [name, xml] of Object.entries(p)) expect(xml, name).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udfff]/u);
    expect((await mammoth.extractRawText({ buffer: docx })).value).toContain('x < y > z "q"  ok 😀');
    expect(p['word/header1.xml']).toContain('Sidhuvud');
  });

  it('starts each ordered list again at 1', async () => {
    const docx = await markdownToDocx('1. a\n2. b\n\nText.\n\n1. c\n2. d\n\n- e\n', meta);
    const p = await parts(docx);
    const ids = [...p['word/document.xml']!.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]!);
    expect(ids[0]).toBe(ids[1]);
    expect(ids[2]).toBe(ids[3]);
    expect(new Set(ids).size).toBe(3);
    for (const id of [ids[0], ids[2]]) {
      expect(p['word/numbering.xml']).toMatch(new RegExp(`<w:num w:numId="${id}">.*?<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>`));
    }
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
        'Ny rad: se <a href="http://www.1177.se">www.1177.se</a>, <a href="https://region.se/a?b=1">https://region.se/a?b=1</a> ' +
        'eller skriv till <a href="mailto:a@b.se">a@b.se</a>. Inte region.se.<br />' +
        'AT&amp;T © 5 &lt; 6</p>' +
        // The header row is bold by its style (see the table's test), which mammoth does not show.
        '<table><thead><tr><th><p>A</p></th><th><p>B</p></th></tr></thead>' +
        '<tbody><tr><td><p><strong>x</strong></p></td><td><p>y</p></td></tr></tbody></table>',
    );
  });

  it('makes real addresses hyperlinks and placeholders plain text', async () => {
    const p = await parts(await markdownToDocx('[Webb](https://example.org/?a=1&b=2), [e-post](mailto:a@example.org) och [här](#).\n', meta));
    const rels = p['word/_rels/document.xml.rels']!;
    expect(rels).toMatch(/Target="https:\/\/example.org\/\?a=1&amp;b=2" TargetMode="External"/);
    expect(rels).toMatch(/Target="mailto:a@example.org" TargetMode="External"/);
    expect(p['word/document.xml']!.match(/<w:hyperlink /g)).toHaveLength(2);
    expect(p['word/document.xml']).toContain('>här<');
  });

  it('stores a picture once as SVG with its PNG, with its alternative text, and writes [alt] for a missing one', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 100, 0, 0, 0, 50, 8, 2, 0, 0, 0]);
    const images = { 'c.svg': { svg: '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50"/>', png, width: 100, height: 50 } };
    const docx = await markdownToDocx('![Diagram](c.svg)\n\n![Igen](c.svg)\n\n![Borta](x.svg)\n', { ...meta, images });
    const zip = await JSZip.loadAsync(docx);
    const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/'));
    expect(media.map((f) => f.slice(f.lastIndexOf('.'))).sort()).toEqual(['.png', '.svg']);
    expect(new Uint8Array(await zip.file(media.find((f) => f.endsWith('.png'))!)!.async('uint8array'))).toEqual(png);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml.match(/<wp:extent cx="952500" cy="476250"\/>/g)).toHaveLength(2);
    expect(xml).toMatch(/<wp:docPr [^>]*descr="Igen"/);
    expect(xml).toMatch(/<asvg:svgBlip /);
    expect(xml).toContain('>[Borta]<');
  });

  it('writes the language of each document, and a footer of page X of Y', async () => {
    const sv = await parts(await markdownToDocx('Hej\n', meta));
    const en = await parts(await markdownToDocx('Hello\n', { ...meta, language: 'en-GB' }));
    expect(sv['word/styles.xml']).toMatch(/<w:lang w:val="sv-SE"\/>/);
    expect(en['word/styles.xml']).toMatch(/<w:lang w:val="en-GB"\/>/);
    expect(en['word/footer1.xml']).toMatch(/Sida [\s\S]*PAGE[\s\S]* av [\s\S]*NUMPAGES/);
    // Word would ask on opening whether to update the fields; PAGE and NUMPAGES update by themselves.
    expect(en['word/settings.xml']).not.toContain('updateFields');
  });

  it('says in the header that a document is not final, and only then', async () => {
    const draft = await parts(await markdownToDocx('Text\n', { ...meta, draft: 'Utkast – ej justerat' }));
    expect(textOf(draft['word/header1.xml']!)).toBe('SidhuvudUtkast – ej justerat');
    expect(draft['word/header1.xml']).toMatch(/<w:tab\/>/);
    const final = await parts(await markdownToDocx('Text\n', meta));
    expect(textOf(final['word/header1.xml']!)).toBe('Sidhuvud');
  });

  it('keeps a date in a title together, and a heading or a line ending in a colon with what follows', async () => {
    const md = '# Protokoll 2026-04-16\n\nAtt göra:\n\n- Något\n\n## Rubrik\n\nText 2026-04-16.\n';
    const xml = (await parts(await markdownToDocx(md, meta)))['word/document.xml']!;
    const [title, label, , , text] = paragraphs(xml);
    expect(title).toContain('2026</w:t><w:noBreakHyphen/><w:t xml:space="preserve">04</w:t><w:noBreakHyphen/>');
    expect(label).toContain('<w:keepNext/>');
    expect(text).not.toContain('noBreakHyphen');
    const styles = (await parts(await markdownToDocx('x\n', meta)))['word/styles.xml']!;
    expect(styles).toMatch(/<w:style w:type="paragraph" w:styleId="Heading1">[\s\S]*?<w:keepNext\/>[\s\S]*?<\/w:style>/);
  });

  it('keeps the signatures block together: every paragraph of it but the last keeps with the next', async () => {
    const md = '<!-- sekr:signatures -->\nOrdförande:\n\nNina\n\nSekreterare:\n\nAnna\n\n<!-- /sekr:signatures -->\n\nEfter.\n';
    const block = paragraphs((await parts(await markdownToDocx(md, meta)))['word/document.xml']!);
    expect(block.map(textOf)).toEqual(['Ordförande:', '', 'Nina', 'Sekreterare:', '', 'Anna', 'Efter.']);
    expect(block.map((p) => p.includes('<w:keepNext/>'))).toEqual([true, true, true, true, true, false, false]);
  });

  it('sizes a table by its content: fixed layout, the grid and the cells alike, no row split, the header repeated, space after it', async () => {
    const md = '| Organisation | Antal |\n|---|---|\n| Kommunalförbundet i Sjuhärad | 12 |\n| Södra Älvsborgs Sjukhus | 3 |\n\nResultat: 2 ja.\n';
    const p = await parts(await markdownToDocx(md, meta));
    const xml = p['word/document.xml']!;
    expect(xml).toContain('<w:tblLayout w:type="fixed"/>');
    const grid = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid.reduce((a, b) => a + b)).toBe(9070);
    expect(grid[0]).toBeGreaterThan(3 * grid[1]!);
    const cells = [...xml.matchAll(/<w:tcW w:type="dxa" w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(cells).toEqual([...grid, ...grid, ...grid]);
    expect(xml.match(/<w:cantSplit\/>/g)).toHaveLength(3);
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    const after = paragraphs(xml.slice(xml.indexOf('</w:tbl>')))[0]!;
    expect(after).toMatch(/<w:spacing w:before="240"\/>/);
    // The cells' text in 10 pt, the header row's bold, from their styles.
    expect(xml.match(/<w:pStyle w:val="TableHeading10"\/>/g)).toHaveLength(2);
    expect(xml.match(/<w:pStyle w:val="TableText10"\/>/g)).toHaveLength(4);
    expect(p['word/styles.xml']).toMatch(/w:styleId="TableHeading10">(?:(?!<\/w:style>).)*<w:b\/>(?:(?!<\/w:style>).)*<w:sz w:val="20"\/>/);
  });
});
