import { describe, expect, it } from 'vitest';
import { attendanceLine, escapeMarkdown, paragraphRange, swedishDate, swedishTime, weekday } from '../../src/render/helpers.js';
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
