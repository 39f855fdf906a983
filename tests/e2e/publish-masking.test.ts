/**
 * Publishing masks personal identity and co-ordination numbers, phone numbers
 * and e-mail addresses in every field (the place, titles, decisions, guests,
 * running text), in the Markdown, the DOCX and the PDF alike; the look-alikes
 * (dates, case numbers, amounts, postcodes, organisation numbers) stay.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { KEPT, MUST_MASK } from '../fixtures/masking.js';
import { sekr, workspace, type Run } from '../helpers.js';

const PROTOCOL = 'styrgrupp-narvard/2026-02-27';
const FILE = 'data/meetings/styrgrupp-narvard/2026-02-27.yaml';
const PUBLIC = 'out/public/styrgrupp-narvard/2026-02-27-protokoll';

function ok(r: Run): Run {
  expect(r.code, r.stderr).toBe(0);
  return r;
}

/** Text compared without any white space: a PDF or a Word document may break a line anywhere. */
const squeezed = (s: string) => s.replace(/\s+/g, '');

describe('publish masks private data in every format', () => {
  let md: string;
  let docx: string;
  let pdf: string;

  beforeAll(async () => {
    const ws = workspace();
    const doc = parseDocument(readFileSync(join(ws, FILE), 'utf8'));
    const id = MUST_MASK[0]!.text;
    doc.set('status', 'sent');
    doc.set('place', `Stadshuset, Borås (växel 033-35 79 00, vakten ${MUST_MASK[5]!.text})`);
    doc.setIn(['items', 2, 'title'], `Föregående protokoll (${id})`);
    doc.setIn(['items', 2, 'decisions'], doc.createNode([`Ärendet om ${MUST_MASK[1]!.text} avslutas; kontakt eva.ek@boras.se`]));
    doc.setIn(
      ['attendance', 'present'],
      doc.createNode([
        ...(doc.getIn(['attendance', 'present']) as { toJSON(): unknown[] }).toJSON(),
        { name: 'Ida Exempel', organisation: 'Kommunalförbundet, 070-987 65 43' },
      ]),
    );
    const lines = [
      'Uppgifter som inte får publiceras:',
      '',
      ...MUST_MASK.map((m, i) => `- Rad ${i + 1}: ${m.text} slut`),
      '',
      'Uppgifter som ska stå kvar:',
      '',
      ...KEPT.map((k, i) => `- Kvar ${i + 1}: ${k} slut`),
      '',
    ];
    doc.setIn(['items', 6, 'body'], `${lines.join('\n')}\n`);
    writeFileSync(join(ws, FILE), doc.toString({ lineWidth: 0 }));
    ok(sekr(['validate'], { cwd: ws }));
    ok(sekr(['adjust', PROTOCOL, '--date', '2026-03-05', '--yes'], { cwd: ws }));
    ok(sekr(['publish', PROTOCOL, '--format', 'md,docx,pdf'], { cwd: ws }));
    md = readFileSync(join(ws, `${PUBLIC}.md`), 'utf8');
    docx = (await mammoth.extractRawText({ path: join(ws, `${PUBLIC}.docx`) })).value;
    pdf = execFileSync('pdftotext', ['-enc', 'UTF-8', join(ws, `${PUBLIC}.pdf`), '-'], { encoding: 'utf8' });
  }, 240_000);

  const formats = () =>
    [
      ['Markdown', md],
      ['DOCX', docx],
      ['PDF', pdf],
    ] as const;

  it('masks every form of the corpus, each with its mask, in the Markdown, DOCX and PDF', () => {
    for (const [format, text] of formats()) {
      const flat = squeezed(text);
      MUST_MASK.forEach((m, i) => {
        expect(flat, `${format}: ${m.text}`).toContain(squeezed(`Rad ${i + 1}: ${m.mask} slut`));
        expect(flat, `${format}: ${m.text}`).not.toContain(squeezed(m.text));
      });
    }
  });

  it('keeps every look-alike as written, in the Markdown, DOCX and PDF', () => {
    for (const [format, text] of formats()) {
      const flat = squeezed(text.replace(/\\(.)/g, '$1'));
      KEPT.forEach((k, i) => expect(flat, `${format}: ${k}`).toContain(squeezed(`Kvar ${i + 1}: ${k} slut`)));
    }
  });

  it('masks the place, a title, a decision and a guest', () => {
    for (const [format, text] of formats()) {
      const flat = squeezed(text);
      expect(flat, format).toContain(squeezed('Stadshuset, Borås (växel [telefonnummer borttaget], vakten [personnummer borttaget])'));
      expect(flat, format).toContain(squeezed('Föregående protokoll ([personnummer borttaget])'));
      expect(flat, format).toContain(squeezed('avslutas; kontakt [e-postadress borttagen]'));
      expect(flat, format).toContain(squeezed('Ida Exempel, Kommunalförbundet, [telefonnummer borttaget]'));
      for (const secret of ['033-35 79 00', '070-987 65 43', 'eva.ek@boras.se', MUST_MASK[0]!.text, MUST_MASK[1]!.text, MUST_MASK[5]!.text])
        expect(flat, `${format}: ${secret}`).not.toContain(squeezed(secret));
    }
  });
});
