/**
 * The DOCX files opened with readers sekr does not use to write them:
 * mammoth (headings by style, lists, text), the OOXML parts themselves, and
 * LibreOffice when it is installed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { sekr, workspace } from '../helpers.js';

const dir = workspace();
const protocol = join(dir, 'out/styrgrupp-narvard/2026-02-27-protokoll.docx');
const notes = join(dir, 'out/strategi-for-halsa/2026-05-22-motesanteckning.docx');
const styleMap = ["p[style-name='Title'] => h1.title:fresh"];

beforeAll(() => {
  expect(sekr(['render', 'styrgrupp-narvard/2026-02-27', '--format', 'docx'], { cwd: dir }).code).toBe(0);
  expect(sekr(['render', 'strategi-for-halsa/2026-05-22', '--format', 'docx'], { cwd: dir }).code).toBe(0);
});

async function html(file: string): Promise<string> {
  const result = await mammoth.convertToHtml({ path: file }, { styleMap });
  expect(result.messages.filter((m) => m.type === 'error')).toEqual([]);
  return result.value;
}

async function part(file: string, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const entry = zip.file(name);
  if (!entry) throw new Error(`${name} is not in ${file}`);
  return entry.async('string');
}

describe('the protocol as a Word document', () => {
  it('has the title and every paragraph as a navigable heading', async () => {
    const h = await html(protocol);
    expect(h).toContain('<h1 class="title">Protokoll Styrgrupp närvård 2026-02-27</h1>');
    const headings = [...h.matchAll(/<h1>(.*?)<\/h1>/g)].map((m) => m[1]);
    expect(headings.slice(0, 3)).toEqual(['Närvarande', 'Frånvarande', 'Underskrifter']);
    expect(headings.filter((x) => x!.startsWith('§'))).toHaveLength(10);
    expect(headings).toContain('§ 19. Hänt sedan sist, den 30 januari 2026');
  });

  it('has the attendance lines, the text and real lists', async () => {
    const h = await html(protocol);
    expect(h).toContain('<p>Lena Axelsson, Vårdval vårdcentral och rehab, privata (ersättare)</p>');
    expect(h).toContain('<p>Anna-Lena Hardtmann, Närvårdskontoret, sekreterare</p>');
    expect(h).toContain('Tina Isaksson väljs som justerare.');
    expect(h).toContain('Bra att man skriver <em>erbjuda</em> lokala workshoppar kring SIP.');
    expect(h).toMatch(/<li>CFS<br \/>Arbetet med att CFS ska breddinföras/);
    expect(h).toContain('<li>Kloka kommentarer kring att fokusera på några delar och inte ta allt på en gång</li>');
  });

  it('has a signatures block with a line to sign for each signer', async () => {
    const xml = await part(protocol, 'word/document.xml');
    const block = xml.slice(xml.indexOf('Ordförande:'), xml.indexOf('§ 12.'));
    expect(block).toContain('Nina Landström');
    expect(block).toContain('Justerare:');
    expect(block).toContain('Tina Isaksson');
    expect(block).toContain('Anna-Lena Hardtmann');
    expect(block.match(/<w:bottom w:val="single"/g)).toHaveLength(3);
  });

  it('has a header, a page X of Y footer, Swedish as its language and its properties', async () => {
    const headers = await Promise.all([1, 2, 3].map((n) => part(protocol, `word/header${n}.xml`).catch(() => '')));
    expect(headers.join('')).toContain('Närvårdssamverkan Södra Älvsborg – Styrgrupp närvård');
    const footers = await Promise.all([1, 2, 3].map((n) => part(protocol, `word/footer${n}.xml`).catch(() => '')));
    const footer = footers.join('');
    expect(footer).toContain('Sida ');
    expect(footer).toMatch(/PAGE[\s\S]*NUMPAGES/);
    expect(await part(protocol, 'word/styles.xml')).toContain('w:lang w:val="sv-SE"');
    const core = await part(protocol, 'docProps/core.xml');
    expect(core).toContain('<dc:title>Protokoll Styrgrupp närvård 2026-02-27</dc:title>');
    expect(core).toContain('<dc:creator>Anna-Lena Hardtmann</dc:creator>');
    expect(await part(protocol, 'docProps/custom.xml')).toContain('2026-02-27');
  });
});

describe('the meeting notes as a Word document', () => {
  it('has numbered items as headings and sub-items one level below', async () => {
    const h = await html(notes);
    expect(h).toContain('<h1 class="title">Mötesanteckning Uppdragsgrupp Strategi för hälsa 2026-05-22</h1>');
    expect(h).toContain('<h1>3. Aktiviteter 2026</h1>');
    expect(h).toContain('<h2>Fortsatt införande av aktivitetslots</h2>');
    expect(h).toContain('<p>Sabira Zejnilovic, Aktivitetslots Närhälsan</p>');
    expect(h).toContain('<p>Lars Paulsson, Tjänsteperson Koncernkontoret, adjungerad</p>');
    expect(h).not.toContain('Underskrifter');
  });
});

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

describe.skipIf(!soffice)('LibreOffice opens the documents', () => {
  it('converts the protocol to text with its headings, names and signatures', () => {
    execFileSync('soffice', ['--headless', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', join(dir, 'lo'), protocol], { stdio: 'ignore' });
    const text = readFileSync(join(dir, 'lo', '2026-02-27-protokoll.txt'), 'utf8');
    expect(text).toContain('Protokoll Styrgrupp närvård 2026-02-27');
    expect(text).toContain('§ 21. Mötet avslutas');
    expect(text).toMatch(/Justerare:\s+Tina Isaksson/);
  });
});
