/**
 * `sekr report`: the year's documents of every group, as a secretary runs it
 * on the bundled data (and on copies of it changed the way she would change
 * them), read back as she would read them: the Markdown, the Word files (jszip,
 * mammoth), the PDFs (pdftotext) and the chart pictures (pngjs).
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, sekr, unsealNotes, workspace, type Run } from '../helpers.js';

const TODAY = '2026-11-22';
const env = { SEKR_TODAY: TODAY };
const report = (ws: string, ...args: string[]) => sekr(['report', '--year', '2026', ...args], { cwd: ws, env });
const FIXTURES = join(ROOT, 'tests/fixtures/report');

function ok(r: Run): Run {
  expect(r.stderr + r.stdout, `exit code ${r.code}`).not.toMatch(/\n\s+at /);
  expect(r.code, r.stderr).toBe(0);
  return r;
}

/** Every file under dir, as paths relative to it with / separators, sorted (no stat: files may be renamed meanwhile). */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split('\\').join('/'))
    .sort();
}

const read = (file: string) => readFileSync(file, 'utf8');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The rows of the first Markdown table under a "## heading" (or the first table at all), as cells. */
function tableRows(md: string, heading?: string): string[][] {
  const from = heading ? md.indexOf(`\n## ${heading}\n`) : 0;
  expect(from, `no heading ${heading}`).toBeGreaterThanOrEqual(0);
  const lines = md.slice(from).split('\n');
  const start = lines.findIndex((l) => l.startsWith('|'));
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .replace(/^\| /, '')
        .replace(/ ?\|$/, '')
        .split(' | ')
        .map((c) => c.trim()),
    );
  }
  return rows;
}

/** The links of a Markdown file, as written (not decoded). */
const links = (md: string) => [...md.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1]!);

const setText = (file: string, edit: (s: string) => string) => {
  const before = read(file);
  const after = edit(before);
  expect(after, `the edit of ${file} changed nothing`).not.toBe(before);
  writeFileSync(file, after);
};

/** Whether every output file can be opened whole by a reader that knows the format. */
async function checkWhole(dir: string, file: string): Promise<void> {
  const path = join(dir, file);
  const bytes = readFileSync(path);
  expect(bytes.length, `${file} is empty`).toBeGreaterThan(0);
  if (file.endsWith('.docx')) {
    const zip = await JSZip.loadAsync(bytes);
    expect(zip.file('word/document.xml'), `${file} has no word/document.xml`).not.toBeNull();
    expect(await zip.file('word/document.xml')!.async('string')).toMatch(/<\/w:document>$/);
  } else if (file.endsWith('.md')) {
    expect(bytes.toString('utf8')).toMatch(/^# .+\n[\s\S]*\n$/);
  } else if (file.endsWith('.png')) {
    const png = PNG.sync.read(bytes); // throws on a truncated file
    expect(png.width).toBeGreaterThan(0);
  } else if (file.endsWith('.svg')) {
    expect(bytes.toString('utf8')).toMatch(/^<svg[\s\S]*<\/svg>\n$/);
  } else if (file.endsWith('.json')) {
    JSON.parse(bytes.toString('utf8'));
  }
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The documents of the bundled data: two groups have meetings in 2026, one has a plan. */
const EXPECTED = [
  'finansiering-2026',
  'sammanfattning-2026',
  'strategi-for-halsa/2026-05-22-motesanteckning',
  'strategi-for-halsa/arsplan-2026',
  'strategi-for-halsa/beslut-2026',
  'strategi-for-halsa/narvaro-2026',
  'strategi-for-halsa/uppfoljning-2026',
  'styrgrupp-narvard/2026-02-27-protokoll',
  'styrgrupp-narvard/beslut-2026',
  'styrgrupp-narvard/narvaro-2026',
  'styrgrupp-narvard/uppfoljning-2026',
];
const CHARTS = [
  'strategi-for-halsa/narvaro-2026.png',
  'strategi-for-halsa/narvaro-2026.svg',
  'styrgrupp-narvard/narvaro-2026.png',
  'styrgrupp-narvard/narvaro-2026.svg',
];

describe('sekr report --year 2026 on the bundled data', () => {
  const ws = workspace();
  const out = join(ws, 'out/2026');
  let first: Run;
  beforeAll(() => {
    first = report(ws);
  });

  it('exits 0 with one summary line on stderr and no progress bar (not a terminal)', () => {
    ok(first);
    expect(first.stdout).toBe('');
    expect(first.stderr).toMatch(/^report 2026, 9 groups: wrote 11 documents in \d+\.\d s; index: out\/2026\/index\.md\n$/);
  });

  it('writes every document as Markdown and Word, the attendance charts, the index and the manifest, and nothing else', () => {
    const expected = [...EXPECTED.flatMap((d) => [`${d}.md`, `${d}.docx`]), ...CHARTS, 'index.md', '.sekr-manifest.json'].sort();
    expect(filesUnder(out)).toEqual(expected);
    expect(existsSync(join(ws, 'out/2025'))).toBe(false);
  });

  it('renders no planned meeting', () => {
    const files = filesUnder(out);
    expect(files.filter((f) => f.includes('2026-03-27') || f.includes('2026-09-11'))).toEqual([]);
    expect(read(join(out, 'index.md'))).not.toMatch(/2026-03-27|2026-09-11/);
  });

  it('has an index that links every file written, and only files that are there', () => {
    const index = read(join(out, 'index.md'));
    expect(index).toMatch(/^# Närvårdssamverkan Södra Älvsborg: dokument 2026\n/);
    expect(index).toContain(`Skapat med sekr 0.1.0 den ${TODAY}.`);
    const targets = links(index).map(decodeURI);
    for (const t of targets) expect(existsSync(join(out, t)), `index.md links ${t}, which is not there`).toBe(true);
    const written = filesUnder(out).filter((f) => f !== 'index.md' && f !== '.sekr-manifest.json');
    expect([...targets].sort()).toEqual(written);
    // Sections: the organisation first, then the groups with documents, in the registry's order.
    expect([...index.matchAll(/^## (.+)$/gm)].map((m) => m[1])).toEqual([
      'Närvårdssamverkan Södra Älvsborg',
      'Styrgrupp närvård',
      'Uppdragsgrupp Strategi för hälsa',
    ]);
    expect(index).toMatch(/^- Årsplan 2026: \[md\]\(strategi-for-halsa\/arsplan-2026\.md\) · \[docx\]\(strategi-for-halsa\/arsplan-2026\.docx\)$/m);
    expect(index).toMatch(/^- Protokoll 2026-02-27: \[md\]\(styrgrupp-narvard\/2026-02-27-protokoll\.md\)/m);
    expect(index).toMatch(/^- Mötesanteckning 2026-05-22: /m);
  });

  describe('arsplan-2026 (Strategi för hälsa)', () => {
    const md = () => read(join(out, 'strategi-for-halsa/arsplan-2026.md'));

    it('has the seed’s sections in the seed’s order', () => {
      expect(md()).toMatch(/^# Uppdragsgrupp Strategi för hälsa – Årsplan 2026\n\nNärvårdssamverkan Södra Älvsborg\n/);
      expect([...md().matchAll(/^## (.+)$/gm)].map((m) => m[1])).toEqual([
        'Uppdragsbeskrivning',
        'Syfte',
        'Mål och uppdrag',
        'Representation',
        'Arbetssätt',
        'Deltagare',
        'Aktiviteter',
        'Arbetsformer',
        'Spelregler',
      ]);
    });

    it('counts the participants by category, in the seed’s order', () => {
      const section = md().split('\n## Deltagare\n')[1]!.split('\n## ')[0]!;
      expect(section).toContain('(19 personer)');
      expect([...section.matchAll(/^- (.+)$/gm)].map((m) => m[1])).toEqual([
        'Sjukhus (1)',
        'Kommun (9)',
        'Regional primärvård (3)',
        'Brukarföreträdare (1)',
        'Tandvård (2)',
        'Koncernkontoret (1)',
        'Närvårdskontoret (2)',
      ]);
    });

    it('has the five goals, each linked to Styrgrupp närvård’s goal and with its activity', () => {
      const goals = [...md().matchAll(/^### Mål: (.+)\n\nKopplas till (.+)\n\nAktivitet:\n\n- (.+)$/gm)].map((m) => [m[1], m[2], m[3]]);
      expect(goals.map((g) => g[0])).toEqual([
        'Hälsolots ska finnas i Södra Älvsborg',
        'Fysisk aktivitetslots ska finnas i hela Södra Älvsborg',
        'Goda levnadsvillkor gällande barn och ungas munhälsa',
        'Förebygga att fall sker',
        'Gemensamt lärande och bjuda in föreläsare',
      ]);
      for (const g of goals) expect(g[1]).toBe('Styrgrupp närvårds mål: Främja hälsa och förebygga ohälsa tillsammans');
      expect(goals[3]![2]).toBe(
        'Tillsammans med Uppdragsgrupp Vuxna och äldre utarbeta en delregional rutin för tidiga förebyggande insatser som kan förhindra fall (primär och sekundär fallprevention)',
      );
      expect(md()).toContain(
        'Styrgrupp närvårds mål:\n\n- Ge tillgänglig vård utifrån individens behov\n- Främja hälsa och förebygga ohälsa tillsammans\n- Skapa en sammanhållen och personcentrerad vård och omsorg\n',
      );
    });

    it('holds every sentence of the seed’s text (tests/fixtures/report: a copy of shared/seeds/arsplan-2026-…)', () => {
      const seedFile = join(FIXTURES, 'arsplan-2026-uppdragsgrupp-strategi-for-halsa.txt');
      const shared = join(ROOT, '../shared/seeds/arsplan-2026-uppdragsgrupp-strategi-for-halsa.txt');
      if (existsSync(shared)) expect(read(seedFile)).toBe(read(shared));
      const seed = read(seedFile);
      const body = seed.slice(seed.indexOf('\nUppdragsbeskrivning\n'));
      const text = squash(md());
      const missing: string[] = [];
      for (const line of body.split('\n')) {
        // The goals are a two-column table in the seed: "Kopplas till …s mål<TAB>- goal".
        for (const cell of line.split('\t')) {
          const t = cell.trim().replace(/^- /, '');
          // The seed's heading "Arbets sätt" is a typing error; the template writes "Arbetssätt".
          if (!t || t === 'Arbets sätt') continue;
          for (const sentence of t.split(/(?<=[.!?:])\s+/)) if (!text.includes(squash(sentence))) missing.push(sentence);
        }
      }
      expect(missing).toEqual([]);
      expect(md()).toContain('## Arbetssätt');
    });

    it('lists the working forms and the ground rules', () => {
      expect(md()).toContain('## Arbetsformer\n\n- Möten ca en gång i månaden\n- Vartannat möte är fysiskt och vartannat digitalt\n');
      expect(md()).toMatch(
        /## Spelregler\n\nUppdragsgruppen har kommit överens om följande spelregler:\n\n- Alla ska prioritera mötena\n- Alla ska bidra till mötets innehåll och framdrift\n$/,
      );
    });
  });

  it('finansiering-2026: 6 kr per inhabitant of each municipality, and the region as much as all of them', () => {
    const md = read(join(out, 'finansiering-2026.md'));
    const population: Record<string, number> = {
      Bollebygd: 9790,
      Borås: 114895,
      Herrljunga: 9507,
      Mark: 35135,
      Svenljunga: 10700,
      Tranemo: 11839,
      Ulricehamn: 24973,
      Vårgårda: 12485,
    };
    const spaced = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
    const rows = tableRows(md);
    expect(rows.map((r) => r[0])).toEqual([...Object.keys(population), 'Kommunerna totalt']);
    for (const [name, pop] of Object.entries(population)) {
      const row = rows.find((r) => r[0] === name)!;
      expect(row[1]).toBe(spaced(pop));
      expect(row[3]).toBe(`${spaced(pop * 6)} kr`);
    }
    expect(rows.find((r) => r[0] === 'Borås')).toEqual(['Borås', '114 895', '50,1 %', '689 370 kr']);
    expect(rows.at(-1)).toEqual(['Kommunerna totalt', '229 324', '100 %', '1 375 944 kr']);
    expect(md).toContain('Avgiften är 6 kr per invånare. Regionen betalar 50 % av kostnaderna');
    expect(md).toContain('fördelat efter befolkningen den 1 juli 2024.');
    expect(md).toContain('Invånare: 229 324. Fast finansiering totalt: 2 751 888 kr, varav regionen 1 375 944 kr och kommunerna 1 375 944 kr.');
  });

  it('sammanfattning-2026: meetings held and planned and the activities of every group', () => {
    const md = read(join(out, 'sammanfattning-2026.md'));
    expect(md).toContain('Möten hållna: 2. Aktiviteter: 0 klara, 5 pågår, 0 ej påbörjade.');
    const rows = tableRows(md);
    expect(rows).toHaveLength(9);
    expect(rows.find((r) => r[0] === 'Styrgrupp närvård')).toEqual(['Styrgrupp närvård', 'Styrgrupp', '1', '1', '–', '–', '–']);
    expect(rows.find((r) => r[0] === 'Uppdragsgrupp Strategi för hälsa')).toEqual([
      'Uppdragsgrupp Strategi för hälsa',
      'Uppdragsgrupp',
      '1',
      '1',
      '0',
      '5',
      '0',
    ]);
  });

  describe('narvaro-2026 (Styrgrupp närvård)', () => {
    const md = () => read(join(out, 'styrgrupp-narvard/narvaro-2026.md'));
    const members = () => new Map(tableRows(md(), 'Per ledamot').map((r) => [r[0]!, r]));
    const organisations = () => new Map(tableRows(md(), 'Per organisation').map((r) => [r[0]!, r]));

    it('marks each member as the attendance of 2026-02-27 says: N present, E a substitute stood in, F absent', () => {
      expect(md()).toContain('Möten med registrerad närvaro: 1. N = närvarande, E = ersatt av ersättare, F = frånvarande.');
      expect(md()).toContain('| Ledamot | Organisation | 2026-02-27 | Närvaro |');
      const m = members();
      const present = [
        'Nina Landström',
        'Kerstin Åmark',
        'Mattias Fehling',
        'Tina Isaksson',
        'Magnus Stenmark',
        'Jennie Turunen',
        'Gun Bylund',
        'Lena Stenfeldt',
        'Annika Waser',
        'Madelene Alfinsson',
        'Lars Paulsson',
      ];
      const substituted = ['Per Svensson', 'Malin Anell', 'Susanne Åhman', 'Sandra Larewall', 'Elisabeth Johansson', 'Malin Johansson'];
      const absent = ['Monica Hjelmgren', 'Sara Jergen Rustman', 'Ulrika Nåfält', 'Rickard Olsson'];
      expect([...m.keys()].sort()).toEqual([...present, ...substituted, ...absent].sort());
      for (const name of present) expect(m.get(name)!.slice(2), name).toEqual(['N', '100 %']);
      for (const name of substituted) expect(m.get(name)!.slice(2), name).toEqual(['E', '0 %']);
      for (const name of absent) expect(m.get(name)!.slice(2), name).toEqual(['F', '0 %']);
      expect(m.get('Per Svensson')![1]).toBe('Vårdval vårdcentral och rehab, privata');
      // Substitutes, the secretary and the office are not seats of their own.
      for (const name of ['Lena Axelsson', 'Pia Hendberg', 'Anna-Lena Hardtmann', 'Charlotte Bliesener Falkenström']) expect(m.has(name), name).toBe(false);
    });

    it('gives the rate per organisation', () => {
      const o = organisations();
      expect(o.get('Borås Stad')).toEqual(['Borås Stad', '2', '100 %']);
      expect(o.get('Södra Älvsborgs Sjukhus')).toEqual(['Södra Älvsborgs Sjukhus', '1', '0 %']);
      expect(o.get('Tandvårdsledningen')).toEqual(['Tandvårdsledningen', '1', '0 %']);
      const seats = [...o.values()].reduce((n, r) => n + Number(r[1]), 0);
      expect(seats).toBe(21);
    });

    // BUG (src/report/attendance-year.ts): the module says "A substitute standing
    // in counts for the member's seat, not for the member", but the per
    // organisation rate counts only members present: Per Svensson's seat was
    // filled by Lena Axelsson, and "Vårdval vårdcentral och rehab, privata"
    // (1 seat) shows 0 %.
    it('counts a seat filled by a substitute as attended in the rate per organisation', () => {
      expect(organisations().get('Vårdval vårdcentral och rehab, privata')).toEqual(['Vårdval vårdcentral och rehab, privata', '1', '100 %']);
      expect(organisations().get('Vårgårda kommun')).toEqual(['Vårgårda kommun', '1', '100 %']);
    });

    it('links the chart, an SVG beside it with a bar per member', () => {
      expect(md()).toContain('![Närvaro per ledamot 2026](narvaro-2026.svg)');
      const svg = read(join(out, 'styrgrupp-narvard/narvaro-2026.svg'));
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*>/);
      expect(svg).toContain('>Närvaro 2026, Styrgrupp närvård</text>');
      expect([...svg.matchAll(/<rect x="220"[^>]* width="(\d+)"/g)].map((m) => Number(m[1]))).toHaveLength(21);
      expect(svg).toMatch(/>Nina Landström<\/text><rect x="220" y="\d+" width="300"/);
      expect(svg).toMatch(/>Per Svensson<\/text><rect x="220" y="\d+" width="0"/);
    });

    it('draws the same chart as a valid PNG of a reasonable size, full bars blue and empty ones white', () => {
      const bytes = readFileSync(join(out, 'styrgrupp-narvard/narvaro-2026.png'));
      expect(bytes.subarray(0, 8)).toEqual(PNG_SIGNATURE);
      expect(bytes.length).toBeGreaterThan(2_000);
      expect(bytes.length).toBeLessThan(3_000_000);
      const png = PNG.sync.read(bytes);
      // The SVG's size at twice the resolution.
      const svg = read(join(out, 'styrgrupp-narvard/narvaro-2026.svg'));
      const [, w, h] = svg.match(/width="(\d+)" height="(\d+)"/)!;
      expect([png.width, png.height]).toEqual([Number(w) * 2, Number(h) * 2]);
      const pixel = (x: number, y: number) => [...png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 3)];
      const order = tableRows(md(), 'Per ledamot').map((r) => r[0]);
      const rowMiddle = (name: string) => (24 + order.indexOf(name) * 22 + 11) * 2;
      for (const name of ['Nina Landström', 'Lars Paulsson']) {
        expect(pixel(230 * 2, rowMiddle(name)), name).toEqual([0x1f, 0x4e, 0x79]);
        expect(pixel(515 * 2, rowMiddle(name)), name).toEqual([0x1f, 0x4e, 0x79]);
      }
      for (const name of ['Monica Hjelmgren', 'Per Svensson']) expect(pixel(300 * 2, rowMiddle(name)), name).toEqual([255, 255, 255]);
    });

    it('puts the chart into the Word document as a picture (PNG, with the SVG) with its alt text', async () => {
      const file = join(out, 'styrgrupp-narvard/narvaro-2026.docx');
      const zip = await JSZip.loadAsync(readFileSync(file));
      const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/'));
      const png = media.find((f) => f.endsWith('.png'));
      const svg = media.find((f) => f.endsWith('.svg'));
      expect(png).toBeDefined();
      expect(svg).toBeDefined();
      expect((await zip.file(png!)!.async('nodebuffer')).subarray(0, 8)).toEqual(PNG_SIGNATURE);
      expect(await zip.file(svg!)!.async('string')).toContain('>Monica Hjelmgren</text>');
      const xml = await zip.file('word/document.xml')!.async('string');
      expect(xml).toMatch(/<wp:docPr [^>]*descr="Närvaro per ledamot 2026"/);
      const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
      expect(rels).toContain(`Target="${png!.slice('word/'.length)}"`);
      expect(rels).toContain(`Target="${svg!.slice('word/'.length)}"`);
      const { value: html } = await mammoth.convertToHtml({ path: file });
      expect(html).toMatch(/<img alt="Närvaro per ledamot 2026" src="data:image\/png;base64,/);
      expect(html).toContain('<td><p>Per Svensson</p></td>');
    });
  });

  describe('narvaro-2026 (Strategi för hälsa)', () => {
    const md = () => read(join(out, 'strategi-for-halsa/narvaro-2026.md'));

    it('lists the members, and the guest apart', () => {
      const rows = new Map(tableRows(md(), 'Per ledamot').map((r) => [r[0]!, r.slice(2)]));
      expect(rows.get('Carolina Svensson')).toEqual(['N', '100 %']);
      expect(rows.get('Krista Enander')).toEqual(['F', '0 %']);
      expect(rows.has('Sabira Zejnilovic')).toBe(false);
      expect(md()).toContain('## Adjungerade och gäster\n\n- Sabira Zejnilovic');
      expect(tableRows(md(), 'Per organisation').find((r) => r[0] === 'Vårgårda kommun')).toEqual(['Vårgårda kommun', '2', '0 %']);
    });

    // BUG (templates/narvaro.md.hbs): "{{count}} möten" writes "1 möten"; Swedish says "1 möte".
    it('says "1 möte" of a guest at one meeting', () => {
      expect(md()).toContain('- Sabira Zejnilovic (1 möte)');
    });
  });

  it('uppfoljning-2026 (Strategi för hälsa) lists every activity of the plan with its status and where it was taken up', () => {
    const md = read(join(out, 'strategi-for-halsa/uppfoljning-2026.md'));
    expect(md).toMatch(/^# Uppföljning 2026 Uppdragsgrupp Strategi för hälsa\n/);
    expect(md).toContain('Aktiviteter: 0 klara, 5 pågår, 0 ej påbörjade.');
    const activities = [...md.matchAll(/^### (.+)\n\nStatus: (.+)$/gm)].map((m) => [m[1], m[2]]);
    expect(activities).toEqual([
      ['Införa hälsolots med "en väg in" och i samverkan med civilsamhället', 'pågår'],
      ['Fortsatt införande av aktivitetslots', 'pågår'],
      ['Genomföra en workshop kring goda levnadsvillkor tidigt i livet. Kartläggning och spridning av goda exempel', 'pågår'],
      [
        'Tillsammans med Uppdragsgrupp Vuxna och äldre utarbeta en delregional rutin för tidiga förebyggande insatser som kan förhindra fall (primär och sekundär fallprevention)',
        'pågår',
      ],
      ['Omvärldsbevaka och lära av goda exempel', 'pågår'],
    ]);
    expect(md).toContain('| 22 maj 2026 | 3.2 | – | Möte med arbetsgruppen har genomförts. |');
    expect(md).toContain('## Mål: Förebygga att fall sker\n\nKopplas till: Främja hälsa och förebygga ohälsa tillsammans\n');
  });

  it('uppfoljning-2026 of a group without a plan says so', () => {
    expect(read(join(out, 'styrgrupp-narvard/uppfoljning-2026.md'))).toContain('Gruppen har ingen årsplan för 2026.');
  });

  it('beslut-2026 lists the decisions with date and § (protocol) or item (notes)', () => {
    const styrgrupp = read(join(out, 'styrgrupp-narvard/beslut-2026.md'));
    expect(tableRows(styrgrupp)).toEqual([
      ['2026-02-27', '§ 12', 'Mötets öppnande och godkännande av dagordning', 'Dagordningen godkänns.'],
      ['2026-02-27', '§ 13', 'Val av justerare', 'Tina Isaksson väljs som justerare.'],
    ]);
    expect(styrgrupp).toContain('## Öppna åtgärder\n\nInga öppna åtgärder.');
    const strategi = read(join(out, 'strategi-for-halsa/beslut-2026.md'));
    expect(strategi).toContain('| Datum | Punkt | Ärende | Beslut |');
    expect(tableRows(strategi)).toEqual([['2026-05-22', '2', 'Godkännande av dagordningen och föregående mötesanteckning', 'Dagordningen godkänns.']]);
  });

  it('writes Word files that open, with the document’s title', async () => {
    for (const doc of EXPECTED) await checkWhole(out, `${doc}.docx`);
    const { value } = await mammoth.extractRawText({ path: join(out, 'finansiering-2026.docx') });
    expect(squash(value)).toContain('Finansiering 2026');
    expect(squash(value)).toContain('Borås 114 895 50,1 % 689 370 kr');
  });
});

describe('a second run, and a run after a change', () => {
  const ws = workspace();
  unsealNotes(ws);
  const out = join(ws, 'out/2026');
  const stamp = () => new Map(filesUnder(out).map((f) => [f, `${statSync(join(out, f)).ino}:${statSync(join(out, f)).mtimeMs}`]));
  const changed = (before: Map<string, string>, after: Map<string, string>) =>
    [...after]
      .filter(([f, s]) => before.get(f) !== s && f !== 'index.md' && f !== '.sekr-manifest.json')
      .map(([f]) => f)
      .sort();

  it('skips everything when nothing changed, and rewrites no document', () => {
    ok(report(ws));
    const before = stamp();
    const bytes = new Map([...before.keys()].map((f) => [f, readFileSync(join(out, f))]));
    const second = ok(report(ws));
    expect(second.stderr).toMatch(
      /^report 2026, 9 groups: nothing changed since the last run: all 11 documents are up to date in \d+\.\d s; index: out\/2026\/index\.md\n$/,
    );
    const after = stamp();
    expect([...after.keys()]).toEqual([...before.keys()]);
    expect(changed(before, after)).toEqual([]);
    for (const [f, b] of bytes) expect(readFileSync(join(out, f)).equals(b), f).toBe(true);

    const json = JSON.parse(ok(report(ws, '--json')).stdout);
    expect(json).toMatchObject({ year: 2026, dir: 'out/2026', documents: 11, rendered: 0, unchanged: 11, index: 'out/2026/index.md' });
    expect([...json.files].sort()).toEqual(filesUnder(out).filter((f) => f !== 'index.md' && f !== '.sekr-manifest.json'));
  });

  it('after a word of a meeting’s notes is changed, renders again only the documents that show it', () => {
    const before = stamp();
    setText(join(ws, 'data/meetings/strategi-for-halsa/2026-05-22.yaml'), (s) => s.replace('Se punkt 4.', 'Se punkt fyra.'));
    ok(sekr(['validate'], { cwd: ws }));
    const json = JSON.parse(ok(report(ws, '--json')).stdout);
    expect(json).toMatchObject({ documents: 11, rendered: 2, unchanged: 9 });
    expect(changed(before, stamp())).toEqual([
      'strategi-for-halsa/2026-05-22-motesanteckning.docx',
      'strategi-for-halsa/2026-05-22-motesanteckning.md',
      'strategi-for-halsa/uppfoljning-2026.docx',
      'strategi-for-halsa/uppfoljning-2026.md',
    ]);
    expect(read(join(out, 'strategi-for-halsa/2026-05-22-motesanteckning.md'))).toContain('Se punkt fyra.');
    expect(read(join(out, 'strategi-for-halsa/uppfoljning-2026.md'))).toContain('| 22 maj 2026 | 3.1 | – | Se punkt fyra. |');
    expect(JSON.stringify(filesUnder(out).map((f) => read(join(out, f))))).not.toContain('Se punkt 4.');
    const text = ok(report(ws));
    expect(text.stderr).toContain('nothing changed since the last run: all 11 documents are up to date');
  });

  it('renders again a document whose file was deleted', () => {
    rmSync(join(out, 'styrgrupp-narvard/beslut-2026.docx'));
    const json = JSON.parse(ok(report(ws, '--json')).stdout);
    expect(json).toMatchObject({ rendered: 1, unchanged: 10 });
    expect(existsSync(join(out, 'styrgrupp-narvard/beslut-2026.docx'))).toBe(true);
  });

  // Files are not flushed one by one: after a power cut a file can be there but short. Its size tells.
  it('renders again a document whose file was cut short', async () => {
    const file = join(out, 'strategi-for-halsa/2026-05-22-motesanteckning.docx');
    const whole = (await mammoth.extractRawText({ path: file })).value;
    writeFileSync(file, readFileSync(file).subarray(0, 100));
    const json = JSON.parse(ok(report(ws, '--json')).stdout);
    expect(json).toMatchObject({ rendered: 1, unchanged: 10 });
    // Whole again, with the same text (not byte for byte: a Word document carries the time it was made).
    await checkWhole(out, 'strategi-for-halsa/2026-05-22-motesanteckning.docx');
    expect((await mammoth.extractRawText({ path: file })).value).toBe(whole);
  });

  // The manifest compares the hash of what it wrote: a change that keeps the length (a name changed by one letter) is found too.
  it('renders again a document whose file was changed without changing its length', () => {
    const file = join(out, 'strategi-for-halsa/2026-05-22-motesanteckning.md');
    const whole = readFileSync(file, 'utf8');
    expect(whole).toContain('Strategi för hälsa');
    writeFileSync(file, whole.replace('Strategi för hälsa', 'Strategi för hälse'));
    expect(readFileSync(file).length).toBe(Buffer.byteLength(whole));
    const json = JSON.parse(ok(report(ws, '--json')).stdout);
    expect(json).toMatchObject({ rendered: 1, unchanged: 10 });
    expect(readFileSync(file, 'utf8')).toBe(whole);
  });

  it('skips a run asking for fewer formats, and renders again one asking for a format not written before', () => {
    const r = ok(report(ws, '--format', 'md'));
    expect(r.stderr).toContain('nothing changed since the last run');
    const json = JSON.parse(ok(report(ws, '--group', 'strategi-for-halsa', '--format', 'md,docx,pdf', '--json')).stdout);
    // The group's five and the organisation's two (summary, financing), all of which lacked a PDF.
    expect(json).toMatchObject({ documents: 7, rendered: 7, unchanged: 0 });
    expect(filesUnder(join(out, 'strategi-for-halsa')).filter((f) => f.endsWith('.pdf'))).toHaveLength(5);
    // Seven PDFs by LibreOffice, one process each: over a minute on a shared, busy machine.
  }, 300_000);

  // BUG (src/report/batch.ts, runReport): every entry of the old manifest whose
  // files still exist is kept, also for the groups of this run. A meeting moved
  // to another date (2026-05-22 -> 2026-05-29) leaves the old notes on disk and
  // in index.md ("Mötesanteckning 2026-05-22"), a meeting that no longer exists,
  // while --json counts 11 documents and the index lists 12.
  it('drops from the index a meeting that is no longer in the data', () => {
    const dir = workspace();
    unsealNotes(dir);
    ok(report(dir));
    const meetings = join(dir, 'data/meetings/strategi-for-halsa');
    writeFileSync(join(meetings, '2026-05-29.yaml'), read(join(meetings, '2026-05-22.yaml')).replace('\ndate: 2026-05-22\n', '\ndate: 2026-05-29\n'));
    rmSync(join(meetings, '2026-05-22.yaml'));
    ok(sekr(['validate'], { cwd: dir }));
    ok(report(dir));
    const index = read(join(dir, 'out/2026/index.md'));
    expect(index).toContain('Mötesanteckning 2026-05-29');
    expect(index).not.toContain('2026-05-22');
  });
});

describe('sekr report --group strategi-for-halsa --format md,docx,pdf', () => {
  const ws = workspace();
  const out = join(ws, 'out/2026');
  let run: Run;
  beforeAll(() => {
    // These tests fail rather than skip without LibreOffice and poppler.
    const office = spawnSync(process.env.SEKR_SOFFICE ?? 'soffice', ['--version'], { encoding: 'utf8' });
    if (office.error || office.status !== 0) throw new Error('LibreOffice (soffice) is needed for the PDFs of sekr report');
    if (spawnSync('pdftotext', ['-v']).error) throw new Error('pdftotext (poppler) is needed to read the PDFs of sekr report');
    run = report(ws, '--group', 'strategi-for-halsa', '--format', 'md,docx,pdf');
  }, 240_000);

  it('writes only that group’s documents, in the three formats', () => {
    ok(run);
    // The group's five, and the organisation's summary and financing, which a run for some groups also makes.
    expect(run.stderr).toMatch(/^report 2026, 1 group: wrote 7 documents in/);
    const files = filesUnder(out);
    expect(files.filter((f) => f.includes('/') && !f.startsWith('strategi-for-halsa/'))).toEqual([]);
    const docs = ['2026-05-22-motesanteckning', 'arsplan-2026', 'beslut-2026', 'narvaro-2026', 'uppfoljning-2026'];
    expect(files.filter((f) => f.startsWith('strategi-for-halsa/'))).toEqual(
      [
        ...docs.flatMap((d) => ['md', 'docx', 'pdf'].map((x) => `strategi-for-halsa/${d}.${x}`)),
        'strategi-for-halsa/narvaro-2026.png',
        'strategi-for-halsa/narvaro-2026.svg',
      ].sort(),
    );
    const index = read(join(out, 'index.md'));
    for (const t of links(index).map(decodeURI)) expect(existsSync(join(out, t)), t).toBe(true);
    expect(index).toContain('[pdf](strategi-for-halsa/arsplan-2026.pdf)');
  });

  // The brief (and the README: "and for the organisation sammanfattning-2026 …
  // and finansiering-2026") has the organisation's documents written with
  // --group too; src/report/batch.ts makes them only when every group is in
  // the run ("a run for some groups leaves them as they are"), so a first run
  // with --group writes neither.
  it('writes the organisation’s summary and financing with it', () => {
    const files = filesUnder(out);
    expect(files).toContain('finansiering-2026.md');
    expect(files).toContain('sammanfattning-2026.md');
  });

  it('writes PDFs that hold the headings', () => {
    const pdf = (name: string) => {
      const file = join(out, 'strategi-for-halsa', `${name}.pdf`);
      expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
      return squash(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
    };
    const plan = pdf('arsplan-2026');
    for (const h of [
      'Uppdragsgrupp Strategi för hälsa – Årsplan 2026',
      'Uppdragsbeskrivning',
      'Syfte',
      'Deltagare',
      '(19 personer)',
      'Kommun (9)',
      'Mål: Förebygga att fall sker',
      'Spelregler',
    ])
      expect(plan).toContain(h);
    expect(pdf('uppfoljning-2026')).toContain('Uppföljning 2026 Uppdragsgrupp Strategi för hälsa');
    const attendance = pdf('narvaro-2026');
    expect(attendance).toContain('Närvaro 2026 Uppdragsgrupp Strategi för hälsa');
    expect(attendance).toContain('Per ledamot');
    expect(attendance).toContain('Carolina Svensson');
    expect(pdf('beslut-2026')).toContain('Dagordningen godkänns.');
    const notes = pdf('2026-05-22-motesanteckning');
    expect(notes).toContain('Mötesanteckning Uppdragsgrupp Strategi för hälsa 2026-05-22');
    expect(notes).toContain('Närvarande');
  });

  it('keeps the organisation’s documents of an earlier whole run listed', () => {
    const dir = workspace();
    ok(report(dir, '--format', 'md'));
    const r = ok(report(dir, '--group', 'styrgrupp-narvard', '--format', 'md'));
    expect(r.stderr).toContain('report 2026, 1 group: nothing changed since the last run: all 6 documents are up to date');
    const index = read(join(dir, 'out/2026/index.md'));
    expect(index).toContain('- Finansiering 2026: [md](finansiering-2026.md)');
    expect(index).toContain('- Årsplan 2026: [md](strategi-for-halsa/arsplan-2026.md)');
  });
});

describe('the follow-up and the decisions after the meetings say more', () => {
  const ws = workspace();
  const out = join(ws, 'out/2026');
  const notes = join(ws, 'data/meetings/strategi-for-halsa/2026-05-22.yaml');

  beforeAll(() => {
    // The notes of 2026-05-22 are final and sealed, so `sekr item set` refuses them: unsealed, they are edited by hand.
    const refused = sekr(['item', 'set', 'strategi-for-halsa/2026-05-22', '4', '--activity', 'halsolots', '--status', 'done'], { cwd: ws, env });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('it is the record now and sekr does not change it');
    unsealNotes(ws);
    setText(notes, (s) =>
      s
        .replace(
          '  - title: Hälsolots Södra Älvsborg\n',
          '  - title: Hälsolots Södra Älvsborg\n    activity: halsolots\n    activityStatus: { status: done, comment: Medlen är beviljade }\n',
        )
        .replace(
          '      - Dagordningen godkänns.\n',
          '      - Dagordningen godkänns.\n    actions:\n      - { who: carolina-svensson, what: Bjuda in Ida Wickström, due: 2026-10-01 }\n      - { who: anna-lena-hardtmann, what: Publicera mötesanteckningen, due: 2026-06-01, done: true }\n',
        ),
    );
    // The protocol of 2026-02-27 is a draft: sekr changes it.
    ok(
      sekr(['item', 'set', 'styrgrupp-narvard/2026-02-27', '15', '--action', 'tina-isaksson|Sprida tillämpningen i verksamheterna|2026-12-31'], {
        cwd: ws,
        env,
      }),
    );
    ok(sekr(['item', 'set', 'styrgrupp-narvard/2026-02-27', '13', '--confidential', 'OSL 21 kap. 1 §'], { cwd: ws, env }));
    ok(sekr(['validate'], { cwd: ws }));
    ok(report(ws, '--format', 'md'));
  });

  it('shows the activity done, with the meeting and the item that said so', () => {
    const md = read(join(out, 'strategi-for-halsa/uppfoljning-2026.md'));
    expect(md).toContain('Aktiviteter: 1 klar, 4 pågår, 0 ej påbörjade.');
    const section = md.split('### Införa hälsolots')[1]!.split('\n## ')[0]!;
    expect(section).toContain('Status: klar. Medlen är beviljade');
    expect(tableRows(section)).toEqual([
      ['22 maj 2026', '3.1', '–', 'Se punkt 4.'],
      ['22 maj 2026', '4', 'klar', 'Medlen är beviljade'],
    ]);
    expect(md.split('### Fortsatt införande av aktivitetslots')[1]).toMatch(/^\n\nStatus: pågår\n/);
    expect(read(join(out, 'sammanfattning-2026.md'))).toContain('Aktiviteter: 1 klar, 4 pågår, 0 ej påbörjade.');
  });

  it('lists the open action points, late ones marked, and not those done', () => {
    const strategi = read(join(out, 'strategi-for-halsa/beslut-2026.md'));
    expect(tableRows(strategi, 'Öppna åtgärder')).toEqual([['Carolina Svensson', 'Bjuda in Ida Wickström', '2026-10-01 (försenad)', '22 maj 2026 2']]);
    expect(strategi).not.toContain('Publicera mötesanteckningen');
    const styrgrupp = read(join(out, 'styrgrupp-narvard/beslut-2026.md'));
    expect(tableRows(styrgrupp, 'Öppna åtgärder')).toEqual([['Tina Isaksson', 'Sprida tillämpningen i verksamheterna', '2026-12-31', '27 februari 2026 § 15']]);
  });

  it('keeps a confidential decision out of the register', () => {
    const styrgrupp = read(join(out, 'styrgrupp-narvard/beslut-2026.md'));
    expect(tableRows(styrgrupp)[1]![3]).toMatch(/^Omfattas av sekretess \(.+\)$/);
    expect(tableRows(styrgrupp)[1]!.slice(0, 3)).toEqual(['2026-02-27', '§ 13', 'Val av justerare']);
    expect(styrgrupp).not.toContain('väljs som justerare');
  });

  // BUG (templates/beslut.md.hbs, and likewise the comment column of
  // uppfoljning.md.hbs): a decision of more than one line, as protocols often
  // have ("Styrgruppen beslutar\natt …"), is put into a table cell as it is,
  // so its line break ends the table row: the rest of the decision falls out
  // of the table as a paragraph of its own.
  it('keeps a decision of two lines in its table row', () => {
    ok(sekr(['item', 'set', 'styrgrupp-narvard/2026-02-27', '16', '--decision', 'Styrgruppen beslutar\natt godkänna årsplanerna'], { cwd: ws, env }));
    ok(report(ws, '--group', 'styrgrupp-narvard', '--format', 'md'));
    const rows = tableRows(read(join(out, 'styrgrupp-narvard/beslut-2026.md')));
    expect(rows).toHaveLength(3);
    expect(squash(rows[2]![3]!)).toBe('Styrgruppen beslutar att godkänna årsplanerna');
  });
});

describe('a data problem', () => {
  it('stops the report with exit 2, naming every file:line, and writes nothing', () => {
    const ws = workspace();
    unsealNotes(ws);
    const file = 'data/meetings/strategi-for-halsa/2026-05-22.yaml';
    setText(join(ws, file), (s) => s.replace('    - julia-eriksson\n', '    - julia-erikson\n'));
    const line = read(join(ws, file)).split('\n').indexOf('    - julia-erikson') + 1;
    const protocol = 'data/meetings/styrgrupp-narvard/2026-02-27.yaml';
    setText(join(ws, protocol), (s) => s.replace('    - monica-hjelmgren\n', '    - monica-hjelmgreen\n'));
    const line2 = read(join(ws, protocol)).split('\n').indexOf('    - monica-hjelmgreen') + 1;
    const r = report(ws);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the data of 2026 has problems; nothing was written');
    expect(r.stderr).toContain(`${file}:${line}:7  unknown person 'julia-erikson' as present  (did you mean 'julia-eriksson'?)`);
    expect(r.stderr).toMatch(new RegExp(`${protocol}:${line2}:7 .*'monica-hjelmgreen'`));
    expect(r.stderr + r.stdout).not.toMatch(/\n\s+at /);
    expect(existsSync(join(ws, 'out'))).toBe(false);
    const json = report(ws, '--json');
    expect(json.code).toBe(2);
    expect(existsSync(join(ws, 'out'))).toBe(false);
  });

  it('leaves the documents of an earlier run as they were', () => {
    const ws = workspace();
    unsealNotes(ws);
    ok(report(ws, '--format', 'md'));
    const out = join(ws, 'out/2026');
    const before = new Map(filesUnder(out).map((f) => [f, read(join(out, f))]));
    setText(join(ws, 'data/meetings/strategi-for-halsa/2026-05-22.yaml'), (s) =>
      s.replace('Se punkt 4.', 'Se punkt fyra.').replace('    - julia-eriksson\n', '    - julia-erikson\n'),
    );
    expect(report(ws, '--format', 'md').code).toBe(2);
    expect(new Map(filesUnder(out).map((f) => [f, read(join(out, f))]))).toEqual(before);
  });

  // A worker that failed used to stop the batch while another was still handing over files; the pool then
  // let go of Node's own wait for that worker's end, and the report exited 0 in silence (about one run in eight).
  it('a broken template stops a report on several threads with exit 2 and its name, every time', () => {
    const ws = workspace();
    mkdirSync(join(ws, 'data/templates'), { recursive: true });
    writeFileSync(join(ws, 'data/templates/protokoll.md.hbs'), '# {{title}}\n\n{{#each items}}\n{{title}}\n');
    for (let run = 0; run < 12; run++) {
      const r = report(ws, '--format', 'md', '--jobs', run % 2 ? '4' : '2');
      expect(r.code, `run ${run + 1}: ${r.stdout}${r.stderr}`).toBe(2);
      expect(r.stderr).toContain('data/templates/protokoll.md.hbs:5  template protokoll: Parse error on line 5');
      expect(existsSync(join(ws, 'out'))).toBe(false);
    }
  }, 120_000);

  it('rejects a year, a number of threads or a group that is not one', () => {
    const ws = workspace();
    const year = sekr(['report', '--year', '26'], { cwd: ws, env });
    expect(year.code).toBe(2);
    expect(year.stderr).toContain("--year '26' is not a year");
    const jobs = report(ws, '--jobs', '0');
    expect(jobs.code).toBe(2);
    expect(jobs.stderr).toContain("--jobs '0' is not a number of threads");
    const group = report(ws, '--group', 'strategi');
    expect(group.code).toBe(2);
    expect(group.stderr).toContain("no group 'strategi'");
    expect(existsSync(join(ws, 'out'))).toBe(false);
  });
});

describe('a report killed at any moment', () => {
  const MEETINGS = 200;
  /** The bundled data with Strategi för hälsa's notes of 2026-05-22 held again on 200 days of 2026: 211 documents. */
  function bigWorkspace(): string {
    const ws = workspace();
    unsealNotes(ws);
    const dir = join(ws, 'data/meetings/strategi-for-halsa');
    const notes = read(join(dir, '2026-05-22.yaml'));
    for (let i = 0; i < MEETINGS; i++) {
      const date = new Date(Date.UTC(2026, 0, 2 + i)).toISOString().slice(0, 10);
      if (date === '2026-05-22') continue;
      writeFileSync(join(dir, `${date}.yaml`), notes.replace('\ndate: 2026-05-22\n', `\ndate: ${date}\n`));
    }
    return ws;
  }

  /** Every meeting's notes changed by a word (of the same length, so that sizes cannot tell): every document of the group is made again. */
  function changeEveryMeeting(ws: string): void {
    const dir = join(ws, 'data/meetings/strategi-for-halsa');
    for (const f of readdirSync(dir).filter((f) => read(join(dir, f)).includes('Se punkt 4.')))
      setText(join(dir, f), (s) => s.replace('Se punkt 4.', 'Se punkt 5.'));
  }

  let old: string;
  let before: Map<string, Buffer>;
  beforeAll(() => {
    old = bigWorkspace();
    ok(report(old, '--format', 'md'));
    before = new Map(filesUnder(join(old, 'out/2026')).map((f) => [f, readFileSync(join(old, 'out/2026', f))]));
    changeEveryMeeting(old);
  }, 120_000);

  /** A copy of the workspace with the last run's documents and the changed data, links copied as they are. */
  const copy = () => {
    const ws = mkdtempSync(join(tmpdir(), 'sekr-kill-'));
    cpSync(old, ws, { recursive: true, verbatimSymlinks: true });
    return ws;
  };

  /** Runs the report in the background; killed with SIGKILL when `kill` says so (given the stderr so far). */
  async function killed(ws: string, kill: (stderr: string) => boolean, extraEnv: Record<string, string> = {}): Promise<{ signal: string | null }> {
    const childEnv: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...env, ...extraEnv };
    delete childEnv.SEKR_DATA;
    const child = spawn(process.execPath, [BIN, 'report', '--year', '2026', '--format', 'md'], { cwd: ws, env: childEnv, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    const poll = setInterval(() => {
      if (child.exitCode === null && kill(stderr)) child.kill('SIGKILL');
    }, 2);
    await exited;
    clearInterval(poll);
    return { signal: child.signalCode };
  }

  /** What out/2026 holds: the last run's documents byte for byte, or this run's (each file as its manifest says, the new word everywhere). */
  function allOldOrAllNew(ws: string): 'old' | 'new' {
    const out = join(ws, 'out/2026');
    const files = filesUnder(out);
    const same = files.length === before.size && files.every((f) => before.get(f)?.equals(readFileSync(join(out, f))));
    if (same) return 'old';
    const manifest = JSON.parse(read(join(out, '.sekr-manifest.json'))) as { jobs: Record<string, { files: string[]; hashes: string[] }> };
    const listed = Object.values(manifest.jobs).flatMap((j) => j.files);
    expect(files, 'neither the old documents nor the new').toEqual([...listed, 'index.md', '.sekr-manifest.json'].sort());
    for (const job of Object.values(manifest.jobs)) {
      job.files.forEach((f, i) =>
        expect(
          createHash('sha256')
            .update(readFileSync(join(out, f)))
            .digest('hex'),
          f,
        ).toBe(job.hashes[i]),
      );
    }
    const notes = files.filter((f) => f.startsWith('strategi-for-halsa/') && f.endsWith('-motesanteckning.md'));
    expect(notes).toHaveLength(MEETINGS);
    for (const f of notes) {
      const text = read(join(out, f));
      expect(text, f).toContain('Se punkt 5.');
      expect(text, f).not.toContain('Se punkt 4.');
    }
    return 'new';
  }

  /** The next run puts right what the killed one left, and leaves only the version the folder links to. */
  function nextRunFinishes(ws: string): void {
    ok(report(ws, '--format', 'md'));
    expect(allOldOrAllNew(ws)).toBe('new');
    const versions = readdirSync(join(ws, 'out/.sekr/2026'));
    expect(versions).toHaveLength(2);
    expect(readlinkSync(join(ws, 'out/2026'))).toBe(`.sekr/2026/${versions.find((v) => !v.endsWith('.complete'))}`);
    expect(readdirSync(join(ws, 'out')).sort()).toEqual(['.sekr', '2026']);
  }

  it.each([
    ['with every new document written, before the switch', 'report-staged', 'old'],
    ['just after the switch, before the old version is removed', 'report-switched', 'new'],
  ])(
    'killed %s: all %s, byte for byte',
    async (_, point, expected) => {
      const ws = copy();
      const { signal } = await killed(ws, (stderr) => stderr.includes(`paused at ${point}`), { SEKR_TEST_PAUSE: point });
      expect(signal).toBe('SIGKILL');
      expect(allOldOrAllNew(ws)).toBe(expected);
      nextRunFinishes(ws);
    },
    120_000,
  );

  it('killed while the folder of an earlier release becomes a version: the next run puts the new documents in place', async () => {
    const ws = copy();
    // As sekr before versioned folders left it: out/2026 a plain folder.
    const target = join(ws, 'out', readlinkSync(join(ws, 'out/2026')));
    rmSync(join(ws, 'out/2026'));
    cpSync(target, join(ws, 'out/2026'), { recursive: true });
    rmSync(join(ws, 'out/.sekr'), { recursive: true });
    const { signal } = await killed(ws, (stderr) => stderr.includes('paused at report-moved'), { SEKR_TEST_PAUSE: 'report-moved' });
    expect(signal).toBe('SIGKILL');
    nextRunFinishes(ws);
  }, 120_000);

  it('killed at random moments: all old or all new every time, and the next run finishes the job', async () => {
    const timing = copy();
    const started = Date.now();
    ok(report(timing, '--format', 'md'));
    const took = Date.now() - started;
    const seen: string[] = [];
    for (let round = 0; round < 8; round++) {
      const ws = copy();
      // Spread over the whole run, the end (the switch) most of all.
      const at = Date.now() + (round < 4 ? Math.random() * took : took * (0.6 + Math.random() * 0.5));
      const { signal } = await killed(ws, () => Date.now() >= at);
      seen.push(`${signal ?? 'finished'}: ${allOldOrAllNew(ws)}`);
      nextRunFinishes(ws);
      rmSync(ws, { recursive: true, force: true });
    }
    expect(seen.filter((s) => s.startsWith('SIGKILL')).length, seen.join(', ')).toBeGreaterThan(0);
  }, 600_000);
});

describe('--jobs', () => {
  it('gives byte-identical Markdown and charts with one thread and with two', () => {
    const one = workspace();
    const two = workspace();
    ok(report(one, '--jobs', '1', '--format', 'md'));
    ok(report(two, '--jobs', '2', '--format', 'md'));
    const a = join(one, 'out/2026');
    const b = join(two, 'out/2026');
    const files = filesUnder(a).filter((f) => f !== 'index.md' && f !== '.sekr-manifest.json');
    expect(files).toHaveLength(EXPECTED.length + CHARTS.length);
    expect(filesUnder(b)).toEqual(filesUnder(a));
    for (const f of files) expect(readFileSync(join(b, f)).equals(readFileSync(join(a, f))), f).toBe(true);
  });

  // BUG (src/report/batch.ts, writeIndex): the index lists each section's
  // documents in the order the worker threads finished them (the manifest's
  // insertion order), so with --jobs 2 the slow "Närvaro 2026" (it draws a
  // chart) moves below "Beslut …" and the protocol: index.md differs from the
  // one --jobs 1 writes, and can differ between two runs.
  it('gives the same index.md with one thread and with two', () => {
    const one = workspace();
    const two = workspace();
    ok(report(one, '--jobs', '1', '--format', 'md'));
    ok(report(two, '--jobs', '2', '--format', 'md'));
    expect(read(join(two, 'out/2026/index.md'))).toBe(read(join(one, 'out/2026/index.md')));
  });
});

it('report --help shows the options and examples', () => {
  const r = ok(sekr(['report', '--help']));
  expect(r.stdout).toContain('Usage: sekr report [options]');
  for (const option of ['--year <yyyy>', '--group <id>', '--out <dir>', '--format <list>', '--jobs <n>', '--json']) expect(r.stdout).toContain(option);
  expect(r.stdout).toMatch(/Examples:\n {2}\$ sekr report --year 2026\n/);
  expect(r.stdout).toContain('$ sekr report --year 2026 --group strategi-for-halsa --format md,docx,pdf');
});

it('report --out writes to <dir>/<year>/', () => {
  const ws = workspace();
  const r = ok(report(ws, '--out', 'rapport', '--format', 'md', '--group', 'styrgrupp-narvard'));
  expect(r.stderr).toContain('index: rapport/2026/index.md');
  expect(existsSync(join(ws, 'rapport/2026/styrgrupp-narvard/2026-02-27-protokoll.md'))).toBe(true);
  expect(existsSync(join(ws, 'out'))).toBe(false);
});
