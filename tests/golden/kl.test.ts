/**
 * The golden protocol of a political board by Kommunallagen: the fixture board
 * (tests/fixtures/vard-och-omsorgsnamnden, a nämnd with parties, ersättare, a
 * closed ballot, votes by name with återremiss first, a tie settled by the
 * chair's casting vote, reservations, jäv, protocol notes, an urgent and a
 * confidential paragraph) rendered as a user runs sekr, and compared line by
 * line with the Markdown in tests/golden/kl/, which was read through as what a
 * municipal secretary would sign. Then its life: the urgent § adjusted at once
 * with its own notice and extract, the rest adjusted, the notice posted, and
 * the protocol with its anslag certificate. Every document is also written as
 * DOCX and opened by LibreOffice (converted to PDF) and read back.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, sekr, type Run } from '../helpers.js';

const FIXTURE = 'tests/fixtures/vard-och-omsorgsnamnden';
const EXPECTED = join(import.meta.dirname, 'kl');
const MEETING = 'vard-och-omsorgsnamnden/2026-11-12';
const OUT = 'out/vard-och-omsorgsnamnden';
// The day the steps are taken on: the adjustment may not be dated after today.
const env = { SEKR_TODAY: '2026-11-20' };

function ok(r: Run): Run {
  expect(r.code, `${r.stdout}\n${r.stderr}`).toBe(0);
  return r;
}

/** The fixture board as a user's data folder: a copy, since these steps write into it. */
function board(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sekr-kl-'));
  cpSync(join(ROOT, FIXTURE), join(dir, 'data'), { recursive: true });
  return dir;
}

function expectSameLines(actual: string, golden: string): void {
  const want = readFileSync(join(EXPECTED, golden), 'utf8').split('\n');
  const got = actual.split('\n');
  for (let i = 0; i < want.length; i++) expect(got[i], `line ${i + 1} of tests/golden/kl/${golden}`).toBe(want[i]);
  expect(got.length, `tests/golden/kl/${golden} has ${want.length} lines`).toBe(want.length);
}

function pdfText(file: string): string {
  expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
    .replace(/(\p{L})- *\n\s*/gu, '$1-')
    .replace(/\s+/g, ' ');
}

describe('the fixture board, as a new user meets it', () => {
  it('validates without problems, from the project folder with --data', () => {
    const r = ok(sekr(['validate', '--data', FIXTURE]));
    expect(r.stderr).toContain('1 group, 14 people, 1 meeting');
    expect(r.stderr).toContain('no problems');
  });

  it('renders its protocol as the golden Markdown, line by line', () => {
    const out = mkdtempSync(join(tmpdir(), 'sekr-kl-out-'));
    const r = ok(sekr(['render', MEETING, '--data', FIXTURE, '--format', 'md', '--out', out]));
    expect(r.stderr).toContain('2026-11-12-protokoll.md');
    expectSameLines(readFileSync(join(out, 'vard-och-omsorgsnamnden/2026-11-12-protokoll.md'), 'utf8'), 'protokoll.md');
  });
});

describe('urgent adjustment, the notices and the extracts', () => {
  let dir: string;
  const read = (file: string) => readFileSync(join(dir, OUT, file), 'utf8');
  beforeAll(() => {
    dir = board();
    const run = (...args: string[]) => ok(sekr(args, { cwd: dir, env }));
    run('adjust', MEETING, '--paragraphs', '100', '--date', '2026-11-12', '--yes');
    run('notice', MEETING, '--paragraphs', '100', '--format', 'md');
    run('extract', MEETING, '100', '--to', 'Vårdsamverkan Skåne', '--format', 'md');
    run('adjust', MEETING, '--date', '2026-11-19', '--yes');
    run('notice', MEETING, '--posted', '2026-11-20', '--format', 'md');
    run('render', MEETING, '--format', 'md');
    run('extract', MEETING, '102', '--format', 'md');
  });

  it('§ 100 adjusted at once has its own notice of adjustment', () => expectSameLines(read('2026-11-12-anslag-100.md'), 'anslag-100.md'));
  it('and its own extract, for Vårdsamverkan Skåne', () => expectSameLines(read('2026-11-12-utdrag-100-vardsamverkan-skane.md'), 'utdrag-100.md'));
  it('the protocol adjusted later has its notice', () => expectSameLines(read('2026-11-12-anslag.md'), 'anslag.md'));
  it('the protocol, once its notice is posted, carries the anslag certificate', () =>
    expectSameLines(read('2026-11-12-protokoll.md'), 'protokoll-justerat.md'));
  it('an extract of the confidential § keeps its heading and ground only', () => expectSameLines(read('2026-11-12-utdrag-102.md'), 'utdrag-102.md'));
});

describe('opened by LibreOffice', () => {
  let dir: string;
  beforeAll(() => {
    const office = spawnSync(process.env.SEKR_SOFFICE ?? 'soffice', ['--version'], { encoding: 'utf8' });
    if (office.error || office.status !== 0) throw new Error('LibreOffice (soffice) is needed: these tests fail rather than skip without it.');
    dir = board();
    const run = (...args: string[]) => ok(sekr(args, { cwd: dir, env }));
    run('adjust', MEETING, '--paragraphs', '100', '--date', '2026-11-12', '--yes');
    run('notice', MEETING, '--paragraphs', '100', '--format', 'docx,pdf');
    run('extract', MEETING, '100', '--format', 'docx,pdf');
    run('adjust', MEETING, '--date', '2026-11-19', '--yes');
    run('notice', MEETING, '--format', 'docx,pdf');
    run('render', MEETING, '--format', 'docx,pdf');
  }, 240_000);

  it('the protocol: first page, paragraphs, votes and the närvaro- och omröstningslista', async () => {
    const text = pdfText(join(dir, OUT, '2026-11-12-protokoll.pdf'));
    for (const line of [
      'Sammanträdesprotokoll Vård- och omsorgsnämnden',
      'Beslutande',
      'Eva Bergkvist (S), ordförande',
      'Tjänstgörande ersättare',
      'Peter Nyberg (SD) för Johan Lindqvist (SD), §§ 102–105',
      'Ej tjänstgörande ersättare',
      'Övriga närvarande',
      'Justeringens plats och tid',
      'ANSLAG/BEVIS',
      'Datum då anslaget tas ned: 2026-12-10',
      'Omröstning 2: Bifall till förvaltningens förslag?',
      'Röstetalen är lika. Ordföranden använder sin utslagsröst för ja.',
      'Resultat: Birgitta Sjöberg 4 röster, Karin Persson 3 röster.',
      'Johan Lindqvist (SD) reserverar sig mot beslutet',
      'Närvaro- och omröstningslista',
      'Justerandes signatur',
      'Utdragsbestyrkande',
    ])
      expect(text).toContain(line);
    const docx = (await mammoth.extractRawText({ path: join(dir, OUT, '2026-11-12-protokoll.docx') })).value;
    expect(docx).toContain('Anna Karlsson (C) tjänstgör som ersättare för Maria Ekström (KD) i ärendet.');
  });

  it('the extract and both notices', () => {
    const extract = pdfText(join(dir, OUT, '2026-11-12-utdrag-100.pdf'));
    expect(extract).toContain('Protokollsutdrag Vård- och omsorgsnämnden');
    expect(extract).toContain('§ 100 justerades omedelbart den 2026-11-12');
    expect(extract).toContain('Utdragsbestyrkande');
    expect(pdfText(join(dir, OUT, '2026-11-12-anslag-100.pdf'))).toContain('§ 100 i protokollet från Vård- och omsorgsnämndens sammanträde');
    expect(pdfText(join(dir, OUT, '2026-11-12-anslag.pdf'))).toContain('Paragrafer: §§ 95–105');
  });
});
