/**
 * Properties over generated meetings (fast-check): any valid meeting renders
 * (view, Markdown, DOCX) with every title in it, and any meeting written as
 * sekr writes meeting files reads back as it was.
 *
 * Text is arbitrary Unicode mixed with the characters Markdown, YAML and
 * Handlebars give a meaning to; attendance is drawn from the bundled
 * registry's members of a group.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { Document } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { setLanguage } from '../../src/base/i18n.js';
import { loadRegistry, readMeeting } from '../../src/data/folder.js';
import { createMeetingFile, setInMeeting } from '../../src/data/meeting-file.js';
import { parseYamlText } from '../../src/data/yaml-file.js';
import type { Group, Organisation } from '../../src/model/registry.js';
import { markdownToDocx } from '../../src/render/docx.js';
import { markdownRenderer, renderMarkdown, type MarkdownRenderer } from '../../src/render/markdown.js';
import { TEMPLATE_OF } from '../../src/data/templates.js';
import { meetingView } from '../../src/render/view.js';
import { checkMeeting } from '../../src/check/meeting.js';
import { checkSchema } from '../../src/data/schema-problems.js';
import { Meeting, type ItemData, type MeetingData } from '../../src/schema/meeting.js';
import { ROOT } from '../helpers.js';

// These tests read sekr's English; a Swedish user's messages are tested in tests/e2e/svenska-checks.test.ts.
beforeAll(() => setLanguage('en'));

const DATA = join(ROOT, 'data');
const GROUPS = ['styrgrupp-narvard', 'strategi-for-halsa'] as const; // a protocol and meeting notes
const DATE = '2026-10-16';

let org: Organisation;
let render: MarkdownRenderer;

beforeAll(async () => {
  org = loadRegistry(DATA);
  render = await markdownRenderer(DATA);
});

// ---------------------------------------------------------------- text

/** Characters and pieces that mean something to Markdown, YAML or Handlebars. */
const SPECIAL = fc.constantFrom(
  '*',
  '**',
  '_',
  '#',
  '# ',
  '<',
  '>',
  '<b>',
  '</i>',
  '|',
  '-',
  '- ',
  '+ ',
  '=',
  '~',
  '~~',
  '`',
  '```',
  '[',
  ']',
  '](x)',
  '(',
  ')',
  '!',
  '\\',
  '&amp;',
  '&',
  '1. ',
  '2) ',
  ':',
  ': ',
  '? ',
  '{',
  '}',
  '{{',
  '}}',
  '{{title}}',
  '%',
  '@',
  '"',
  "'",
  ',',
  '---',
  '...',
  '§',
  '–',
  'ä',
  'Ö',
  'å',
  '😀',
  '👩‍⚕️',
  'ﬁ',
  '\u00a0',
  '\t',
  'null',
  'yes',
  'no',
  '~',
  '0x1F',
  '1e3',
  '2026-01-01',
  '12:30',
  '.inf',
);
const piece = fc.oneof(
  { weight: 3, arbitrary: SPECIAL },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 2, arbitrary: fc.constantFrom(' ', 'Möte', 'beslut', 'Region') },
);
const LINE_BREAKS = /[\r\n\u0085\u2028\u2029]/g;

/** One line of text: what a title, a decision, a name is. Never only white space (the schema trims and refuses that). */
const line = fc
  .array(piece, { minLength: 1, maxLength: 10 })
  .map((parts) => parts.join('').replace(LINE_BREAKS, ' '))
  .filter((s) => s.trim().length > 0);

/** A line of nothing but spaces or tabs, inside a text. */
const BLANK_LINE = /(^|[\n\r])[ \t]+(?=[\r\n]|$)/;

/**
 * Several lines: a body (Markdown by design), anything at all but a line of
 * nothing but spaces: the yaml library sekr writes with does not always write
 * such a text back as it was (the known failures at the end pin both cases).
 */
const body = fc
  .array(fc.oneof(piece, fc.constantFrom('\n', '\n\n', '\r\n', '  \n', '\n- ', '\n1. ', '\n> ', '\n    ')), { minLength: 1, maxLength: 25 })
  .map((parts) => parts.join(''))
  .filter((s) => s.trim() !== '' && !BLANK_LINE.test(s));

// ---------------------------------------------------------------- meetings

interface Plan {
  group: (typeof GROUPS)[number];
  presentMask: boolean[];
}

function item(depth: number): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(
    {
      title: line,
      body,
      decisions: fc.array(line, { maxLength: 3 }),
      attachments: fc.array(fc.oneof(line, fc.record({ title: line })), { maxLength: 2 }),
      carry: fc.oneof(fc.boolean(), line),
      caseNumber: line,
      actions: fc.array(fc.record({ who: line, what: line, due: fc.constantFrom('2026-11-30', '2027-01-15') }, { requiredKeys: ['who', 'what'] }), {
        maxLength: 2,
      }),
      ...(depth > 0 ? { items: fc.array(item(depth - 1), { maxLength: 2 }) } : {}),
    },
    { requiredKeys: ['title'] },
  );
}

/** A valid meeting of one of the groups: the data as written to a file, and the group. */
const meeting: fc.Arbitrary<{ data: Record<string, unknown>; group: string }> = fc
  .record({ group: fc.constantFrom(...GROUPS), presentMask: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }) })
  .chain(({ group, presentMask }: Plan) => {
    const g = org.groups.get(group)!;
    const members = g.members.filter((m) => m.role !== 'ersättare'); // substitutes stand in only with for:
    const present = members.filter((_, i) => presentMask[i]).map((m) => m.person);
    const voters = () => members.filter((m) => present.includes(m.person) && ['ledamot', 'brukarrepresentant'].includes(m.role)).map((m) => m.person);
    if (g.document === 'protokoll' && !voters().length) present.push(members.find((m) => m.role === 'ledamot')!.person);
    const absent = members.map((m) => m.person).filter((p) => !present.includes(p));
    const canVote = voters();
    return fc
      .record(
        {
          status: fc.constantFrom('held', 'draft', 'sent'),
          place: line,
          time: fc.constantFrom('10:00-12:00', '09.30-11.00', '13:00 – 15:30'),
          mode: fc.constantFrom('digital', 'fysiskt'),
          items: fc.array(item(2), { minLength: 1, maxLength: 5 }),
          vote: fc.option(
            fc
              .subarray(canVote, { minLength: 1 })
              .chain((who) => fc.tuple(fc.constant(who), fc.array(fc.constantFrom('ja', 'nej', 'avstår'), { minLength: who.length, maxLength: who.length }))),
          ),
        },
        { requiredKeys: ['status', 'items', 'vote'] },
      )
      .map(({ vote, ...rest }) => {
        const data: Record<string, unknown> = { date: DATE, ...rest, attendance: { present, absent } };
        if (g.document === 'protokoll') data.adjusters = [canVote[0]];
        if (vote) {
          const items = data.items as Record<string, unknown>[];
          items[0] = { ...items[0], vote: { votes: Object.fromEntries(vote[0].map((id, i) => [id, vote[1][i]])) } };
        }
        return { data, group };
      });
  });

/** Every title of the items and their sub-items, as the meeting holds them (trimmed by the schema). */
function titles(items: ItemData[]): string[] {
  return items.flatMap((i) => [i.title, ...titles(i.items)]);
}

/** The Markdown with its escapes undone: the text as typed. */
const unescape = (md: string) => md.replace(/\\(.)/g, '$1');

let fileNumber = 0;
const scratch = mkdtempSync(join(tmpdir(), 'sekr-properties-'));
/** Written as sekr writes a meeting file, in a folder of its own. */
function writeMeeting(data: Record<string, unknown>): string {
  const path = join(scratch, `m${++fileNumber}`, `${DATE}.yaml`);
  createMeetingFile(path, data, 'generated by tests/unit/properties.test.ts');
  return path;
}

describe('any valid meeting renders', () => {
  it('the generated meetings are valid: the schema and the checks across files find nothing', () => {
    fc.assert(
      fc.property(meeting, ({ data, group }) => {
        const yf = parseYamlText(new Document(data).toString(), `meetings/${group}/${DATE}.yaml`);
        const parsed = checkSchema(Meeting, yf);
        expect(parsed.ok ? [] : parsed.problems).toEqual([]);
        if (!parsed.ok) return;
        expect(checkMeeting(org, parsed.value, yf, { group, date: DATE, path: yf.file })).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });

  it('view, Markdown and DOCX succeed, and every title is in the Markdown', async () => {
    await fc.assert(
      fc.asyncProperty(meeting, async ({ data, group: id }) => {
        const m: MeetingData = Meeting.parse(data);
        const group: Group = org.groups.get(id)!;
        const view = meetingView(org, group, m, { first: 1, last: m.items.length });
        const rendered = render(TEMPLATE_OF[group.document], view);
        const md = rendered.markdown;
        expect(md.endsWith('\n')).toBe(true);
        const text = unescape(md);
        for (const title of titles(m.items)) expect(text, `title ${JSON.stringify(title)}`).toContain(title);
        const docx = await markdownToDocx(md, { title: rendered.title, header: group.name, footer: '{page} / {pages}', language: 'sv-SE' });
        expect(Buffer.from(docx).subarray(0, 2).toString()).toBe('PK');
      }),
      { numRuns: 50 },
    );
  }, 120_000);

  it('renderMarkdown (a renderer per call) gives what the shared renderer gives', async () => {
    const { data, group: id } = fc.sample(meeting, { numRuns: 1, seed: 42 })[0]!;
    const m = Meeting.parse(data);
    const group = org.groups.get(id)!;
    const view = meetingView(org, group, m, { first: 1, last: m.items.length });
    expect((await renderMarkdown(DATA, TEMPLATE_OF[group.document], view)).markdown).toBe(render(TEMPLATE_OF[group.document], view).markdown);
  });
});

describe('a meeting file reads back as it was written', () => {
  it('createMeetingFile then readMeeting gives the same data', () => {
    fc.assert(
      fc.property(meeting, ({ data }) => {
        const path = writeMeeting(data);
        const back = readMeeting(path);
        expect(back.problems).toEqual([]);
        expect(back.value).toEqual(Meeting.parse(data));
      }),
      { numRuns: 100 },
    );
  });

  it('a body set by sekr (the document API, as record and item set do) reads back as set', () => {
    fc.assert(
      fc.property(meeting, body, line, ({ data }, newBody, decision) => {
        const path = writeMeeting(data);
        setInMeeting(path, ['items', 0, 'body'], newBody);
        setInMeeting(path, ['items', 0, 'decisions'], [decision]);
        const back = readMeeting(path);
        expect(back.problems).toEqual([]);
        expect(back.value!.items[0]!.body).toBe(newBody);
        expect(back.value!.items[0]!.decisions).toEqual([decision.trim()]);
        const expected = Meeting.parse(data);
        expect(back.value!.items.slice(1)).toEqual(expected.items.slice(1));
        expect(back.value!.attendance).toEqual(expected.attendance);
      }),
      { numRuns: 100 },
    );
  });
});

describe('known failures', () => {
  // The yaml library (2.9.1) writes a text of 40 characters or more that
  // needs double quotes (here for the \r of a Windows line end) folded over
  // several lines, and a line of one space in it as "\\ ": read back, the
  // space has become a backslash. Reachable from the command line:
  // `sekr item add M --title T --notes-file notes.md` with such notes stores,
  // and renders, a "\" in place of the blank line. Avoided by writing with
  // doubleQuotedMinMultiLineLength: Infinity (src/data/meeting-file.ts
  // STRINGIFY), or by normalising line ends and blank lines of notes.
  it('notes with a Windows line end and a line of one space read back as written', () => {
    const notes = 'Mötet diskuterade budgeten för nästa år och mer.\r\n \nBeslut fattades.\n';
    const path = writeMeeting({ date: DATE, items: [{ title: 'Budget', body: notes }] });
    expect(readMeeting(path).value!.items[0]!.body).toBe(notes);
  });

  // The yaml library (2.9.1), which sekr's Document API writes with, writes a
  // string of blank lines that hold spaces as a block scalar without an
  // indentation indicator ("body: |+" then "    "): read back, the spaces
  // count as indentation and are gone ("  \n" comes back as "\n").
  // The yaml library (2.9) writes "  \n" as a block scalar that reads back as "\n"; sekr drops notes of
  // only white space anyway. Left as a known upstream limitation.
  it.fails('a body of spaces and a line break reads back as written', () => {
    const path = writeMeeting({ date: DATE, items: [{ title: 'Tom', body: '  \n' }] });
    expect(readMeeting(path).value!.items[0]!.body).toBe('  \n');
  });
});
