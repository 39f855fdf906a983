/**
 * One text, two copies: raw HTML typed into an item's notes is shown as text,
 * escaped, in the Markdown (a web page makes no element of it), and the same
 * text stands in the DOCX and the PDF.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import MarkdownIt from 'markdown-it';
import { beforeAll, describe, expect, it } from 'vitest';
import { sekr, workspace } from '../helpers.js';

const PROTOCOL = 'styrgrupp-narvard/2026-02-27';
const OUT = 'out/styrgrupp-narvard/2026-02-27-protokoll';
const NOTES = [
  'Före.',
  '',
  '<script>alert("x")</script>',
  '',
  'Bild: <img src=x onerror="alert(1)"> här.',
  '',
  '<div>Blocket syns</div>',
  '',
  'En <b>fet</b> tagg och `<i>kod</i>` och <https://narvard.se/protokoll>.',
  '',
  'Efter.',
].join('\n');

describe('raw HTML in notes', () => {
  let md: string;
  let docx: string;
  let pdf: string;
  beforeAll(async () => {
    const ws = workspace();
    const r = sekr(['item', 'set', PROTOCOL, '14', '--notes', NOTES], { cwd: ws });
    expect(r.code, r.stderr).toBe(0);
    const render = sekr(['render', PROTOCOL, '--format', 'md,docx,pdf'], { cwd: ws });
    expect(render.code, render.stderr).toBe(0);
    md = readFileSync(join(ws, `${OUT}.md`), 'utf8');
    docx = (await mammoth.extractRawText({ path: join(ws, `${OUT}.docx`) })).value;
    pdf = execFileSync('pdftotext', ['-enc', 'UTF-8', join(ws, `${OUT}.pdf`), '-'], { encoding: 'utf8' });
  }, 180_000);

  it('is escaped in the Markdown: a web page shows it as text and makes no element of it', () => {
    const html = new MarkdownIt('default', { html: true }).render(md);
    expect(html).not.toMatch(/<(script|img|div|b)[\s>]/);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('&lt;div&gt;Blocket syns&lt;/div&gt;');
    expect(html).toContain('<code>&lt;i&gt;kod&lt;/i&gt;</code>');
    expect(html).toContain('<a href="https://narvard.se/protokoll">');
  });

  it('stands as the same text in the DOCX and the PDF', () => {
    for (const [format, text] of [
      ['DOCX', docx],
      ['PDF', pdf],
    ] as const) {
      const flat = text.replace(/\s+/g, ' ');
      expect(flat, format).toContain('<script>alert("x")</script>');
      expect(flat, format).toContain('Bild: <img src=x onerror="alert(1)"> här.');
      expect(flat, format).toContain('<div>Blocket syns</div>');
      expect(flat, format).toContain('En <b>fet</b> tagg och <i>kod</i> och https://narvard.se/protokoll.');
    }
  });
});
