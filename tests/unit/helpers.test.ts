import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { attendanceLine, escapeMarkdown, paragraphRange, swedishDate, swedishTime, weekday, withoutRawHtml } from '../../src/render/helpers.js';
import type { AttendanceLine } from '../../src/model/attendance.js';

const labels = {
  chair: 'Ordförande',
  viceChair: 'Vice ordförande',
  convener: 'sammankallande för gruppen',
  secretary: 'sekreterare',
  adjungerad: 'adjungerad',
  substitute: '(ersättare)',
};
const line = (over: Partial<AttendanceLine>): AttendanceLine => ({
  name: 'Nina Landström',
  organisation: 'Ulricehamn kommun',
  chair: false,
  viceChair: false,
  convener: false,
  secretary: false,
  adjungerad: false,
  substitute: false,
  guest: false,
  ...over,
});

describe('template helpers', () => {
  it('writes Swedish dates', () => {
    expect(swedishDate('2026-02-27')).toBe('27 februari 2026');
    expect(swedishDate('2026-03-27', false)).toBe('27 mars');
    expect(weekday('2026-09-11')).toBe('fredag');
  });

  it('writes times the Swedish way', () => {
    expect(swedishTime('10:00-12:00')).toBe('10.00-12.00');
    expect(swedishTime('09:30 – 11:00')).toBe('09.30-11.00');
  });

  it('writes paragraph ranges', () => {
    expect(paragraphRange(12, 21)).toBe('§§ 12–21');
    expect(paragraphRange(5, 5)).toBe('§ 5');
    expect(paragraphRange(5, 4)).toBe('');
  });

  it('writes attendance lines as the seeds do', () => {
    expect(attendanceLine(line({ chair: true }), labels)).toBe('Nina Landström, Ulricehamn kommun, Ordförande');
    expect(attendanceLine(line({ name: 'Lena Axelsson', organisation: 'Vårdval vårdcentral och rehab, privata', substitute: true }), labels)).toBe(
      'Lena Axelsson, Vårdval vårdcentral och rehab, privata (ersättare)',
    );
    expect(attendanceLine(line({ name: 'Lars Paulsson', organisation: 'Tjänsteperson Koncernkontoret', adjungerad: true }), labels)).toBe(
      'Lars Paulsson, Tjänsteperson Koncernkontoret, adjungerad',
    );
    expect(attendanceLine(line({ organisation: undefined, note: 'från punkt 3' }), labels)).toBe('Nina Landström, från punkt 3');
  });

  it('escapes what Markdown would read as formatting, and nothing else', () => {
    expect(escapeMarkdown('A *star* _under_ #1 <b> a|b [x]')).toBe('A \\*star\\* \\_under\\_ \\#1 \\<b\\> a\\|b \\[x\\]');
    expect(escapeMarkdown('- not a list')).toBe('\\- not a list');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
    expect(escapeMarkdown('10.00-12.00')).toBe('10.00-12.00');
    expect(escapeMarkdown("Sjuhärad's kommunalförbund, Habilitering & Hälsa")).toBe("Sjuhärad's kommunalförbund, Habilitering & Hälsa");
  });
});

describe('withoutRawHtml', () => {
  const md = new MarkdownIt('default', { html: true });
  /** The HTML a web page would make of the Markdown: no element but Markdown's own. */
  const html = (text: string) => md.render(withoutRawHtml(text));

  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['Bild: <img src=x onerror="alert(1)">', 'Bild: &lt;img src=x onerror=&quot;alert(1)&quot;&gt;'],
    ['<div>\nblock\n</div>', '&lt;div&gt;\nblock\n&lt;/div&gt;'],
    ['<!-- dolt -->', '&lt;!-- dolt --&gt;'],
    ['<?php echo 1 ?>', '&lt;?php echo 1 ?&gt;'],
    ['<!DOCTYPE html>', '&lt;!DOCTYPE html&gt;'],
    ['a <b>fet</b> text', 'a &lt;b&gt;fet&lt;/b&gt; text'],
    // A backtick that no run of the same length closes is text, not the start of code.
    ['ett ` och <script>x</script>', 'ett ` och &lt;script&gt;x&lt;/script&gt;'],
    ['`` och <script>x</script> och `', '`` och &lt;script&gt;x&lt;/script&gt; och `'],
  ])('shows %s as text', (text, shown) => {
    expect(html(text)).toContain(shown);
    expect(html(text)).not.toMatch(/<(script|img|div|b|!--|\?php|!DOCTYPE)[\s>]/);
  });

  it('keeps code, autolinks, comparisons and Markdown as they are', () => {
    for (const text of [
      'Se `<div>` i koden.',
      '```\n<div>kod</div>\n```',
      'Text.\n\n    <div>indragen kod</div>',
      'Länk: <https://narvard.se/protokoll>',
      'Skriv: <info@narvard.se>',
      '3 < 5 och 5 > 3',
      'a<3',
      '- punkt\n\n    <indrag i listan> (inte kod)'.replace('<indrag i listan>', 'fortsatt text'),
      '**fet** och _kursiv_',
    ]) {
      expect(withoutRawHtml(text), text).toBe(text);
    }
  });

  it('escapes inside a list, where indented lines are not code', () => {
    expect(withoutRawHtml('- punkt\n\n    <script>x</script>')).toBe('- punkt\n\n    \\<script>x\\</script>');
  });
});
