import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegistry, meetingPath, readMeeting } from '../../src/data/folder.js';
import {
  attendanceOf,
  defaultChair,
  electsAdjuster,
  regularMembers,
  rollCallOf,
  rollCallProblems,
  substituteMembers,
  type RollCall,
} from '../../src/model/roll-call.js';
import type { MeetingData } from '../../src/schema/meeting.js';
import { ROOT } from '../helpers.js';
import { setLanguage } from '../../src/base/i18n.js';

// These tests read sekr's English, as a user with --lang en would.
setLanguage('en');

const DATA = join(ROOT, 'data');
const org = loadRegistry(DATA);
const styrgrupp = org.groups.get('styrgrupp-narvard')!;
const strategi = org.groups.get('strategi-for-halsa')!;

function meeting(group: string, date: string): MeetingData {
  const { value, problems } = readMeeting(meetingPath(DATA, group, date));
  if (!value) throw new Error(`${group}/${date}: ${JSON.stringify(problems)}`);
  return value;
}
const protocol0227 = meeting('styrgrupp-narvard', '2026-02-27');

const call = (over: Partial<RollCall>): RollCall => ({ present: [], substitutes: [], guests: [], adjusters: [], ...over });
const withAttendance = (present: MeetingData['attendance']['present'], over: Partial<MeetingData> = {}): MeetingData =>
  ({ date: '2026-03-27', status: 'planned', adjusters: [], attendance: { present, absent: [] }, items: [], ...over }) as unknown as MeetingData;
/** Every regular member of styrgrupp närvård but the office and those named. */
const styrgruppBut = (...away: string[]) =>
  regularMembers(styrgrupp)
    .filter((m) => m.role !== 'kansli' && !away.includes(m.person))
    .map((m) => m.person);
const messages = (c: RollCall, group = styrgrupp) => rollCallProblems(org, group, c).map((p) => p.message);

describe('the members of a group', () => {
  it('calls everyone but the substitutes, who stand in for a named member', () => {
    expect(regularMembers(styrgrupp)).toHaveLength(23);
    expect(substituteMembers(styrgrupp).map((m) => `${m.person}:${m.for}`)).toEqual([
      'lena-axelsson:per-svensson',
      'pia-hendberg:malin-anell',
      'maria-gustafsson:susanne-ahman',
      'erika-bjorklund:sandra-larewall',
      'ulrika-englund:elisabeth-johansson',
      'ulrika-bergman:malin-johansson',
    ]);
    expect(substituteMembers(strategi)).toEqual([]);
  });

  it('elects an adjuster in styrgrupp närvård, not in a group that writes meeting notes', () => {
    expect(electsAdjuster(styrgrupp)).toBe(true);
    expect(electsAdjuster(strategi)).toBe(false);
  });
});

describe('rollCallOf', () => {
  it('reads the members present, the substitutes standing in, the chair, adjuster and secretary from a meeting file', () => {
    const c = rollCallOf(styrgrupp, protocol0227);
    expect(c.present).toEqual([
      'nina-landstrom',
      'kerstin-amark',
      'mattias-fehling',
      'tina-isaksson',
      'magnus-stenmark',
      'jennie-turunen',
      'gun-bylund',
      'lena-stenfeldt',
      'annika-waser',
      'madelene-alfinsson',
      'lars-paulsson',
      'charlotte-bliesener-falkenstrom',
      'anna-lena-hardtmann',
    ]);
    expect(c.substitutes).toEqual([
      { person: 'lena-axelsson', for: 'per-svensson' },
      { person: 'pia-hendberg', for: 'malin-anell' },
      { person: 'maria-gustafsson', for: 'susanne-ahman' },
      { person: 'erika-bjorklund', for: 'sandra-larewall' },
      { person: 'ulrika-englund', for: 'elisabeth-johansson' },
      { person: 'ulrika-bergman', for: 'malin-johansson' },
    ]);
    expect(c.guests).toEqual([]);
    expect(c).toMatchObject({ chair: 'nina-landstrom', adjusters: ['tina-isaksson'], secretary: 'anna-lena-hardtmann' });
  });

  it('takes an ersättare written without "for" as standing in for the member the registry names', () => {
    const c = rollCallOf(styrgrupp, withAttendance(['nina-landstrom', { person: 'lena-axelsson' }]));
    expect(c.present).toEqual(['nina-landstrom']);
    expect(c.substitutes).toEqual([{ person: 'lena-axelsson', for: 'per-svensson' }]);
  });

  it('reads guests: registry people who are not members by id, others by name and organisation', () => {
    const c = rollCallOf(
      styrgrupp,
      withAttendance(['nina-landstrom', 'carolina-svensson', { name: 'Eva Ek', organisation: 'Borås kommun' }, { name: 'Olle Berg' }]),
    );
    expect(c.present).toEqual(['nina-landstrom']);
    expect(c.guests).toEqual([
      { person: 'carolina-svensson' },
      { name: 'Eva Ek', organisation: 'Borås kommun' },
      { name: 'Olle Berg', organisation: undefined },
    ]);
  });

  it('starts empty for a planned meeting', () => {
    const c = rollCallOf(strategi, meeting('strategi-for-halsa', '2026-09-11'));
    expect(c).toMatchObject({ present: [], substitutes: [], guests: [], adjusters: [] });
    expect(c.chair).toBeUndefined();
  });
});

describe('attendanceOf', () => {
  it('gives back the attendance of the 27 February protocol, present and absent in the registry order', () => {
    const a = attendanceOf(styrgrupp, rollCallOf(styrgrupp, protocol0227));
    const key = (e: unknown) => JSON.stringify(e);
    expect(a.present.map(key).sort()).toEqual(protocol0227.attendance.present.map(key).sort());
    // The file has Maria Gustafsson (for Susanne Åhman) before Jennie Turunen; the registry the other way round.
    expect(a.present).toEqual([
      'nina-landstrom',
      'kerstin-amark',
      'mattias-fehling',
      { person: 'lena-axelsson', for: 'per-svensson' },
      { person: 'pia-hendberg', for: 'malin-anell' },
      'tina-isaksson',
      'magnus-stenmark',
      'jennie-turunen',
      { person: 'maria-gustafsson', for: 'susanne-ahman' },
      { person: 'erika-bjorklund', for: 'sandra-larewall' },
      'gun-bylund',
      { person: 'ulrika-englund', for: 'elisabeth-johansson' },
      { person: 'ulrika-bergman', for: 'malin-johansson' },
      'lena-stenfeldt',
      'annika-waser',
      'madelene-alfinsson',
      'lars-paulsson',
      'charlotte-bliesener-falkenstrom',
      'anna-lena-hardtmann',
    ]);
    // The file lists Ulrika Nafalt before Sara Jergen Rustman; the registry the other way round.
    expect(a.absent).toEqual([
      'monica-hjelmgren',
      'per-svensson',
      'malin-anell',
      'sara-jergen-rustman',
      'ulrika-nafalt',
      'rickard-olsson',
      'susanne-ahman',
      'sandra-larewall',
      'elisabeth-johansson',
      'malin-johansson',
    ]);
    expect([...a.absent].sort()).toEqual([...protocol0227.attendance.absent].sort());
  });

  it("lists those present in the registry's order, whatever order they were ticked in, a substitute in the place of her own membership", () => {
    const a = attendanceOf(
      styrgrupp,
      call({ present: ['tina-isaksson', 'nina-landstrom', 'kerstin-amark'], substitutes: [{ person: 'lena-axelsson', for: 'per-svensson' }] }),
    );
    expect(a.present).toEqual(['nina-landstrom', 'kerstin-amark', { person: 'lena-axelsson', for: 'per-svensson' }, 'tina-isaksson']);
  });

  it('lists guests last, by id or as { name, organisation }, and the secretary present though not ticked', () => {
    const a = attendanceOf(
      styrgrupp,
      call({
        present: ['nina-landstrom'],
        guests: [{ name: 'Eva Ek', organisation: 'Borås kommun' }, { person: 'carolina-svensson' }, { name: 'Olle Berg' }],
        secretary: 'anna-lena-hardtmann',
      }),
    );
    expect(a.present).toEqual([
      'nina-landstrom',
      'anna-lena-hardtmann',
      { name: 'Eva Ek', organisation: 'Borås kommun' },
      'carolina-svensson',
      { name: 'Olle Berg' },
    ]);
  });

  it('lists a secretary who is not a member after the members and before the guests', () => {
    const a = attendanceOf(strategi, call({ present: ['carolina-svensson'], guests: [{ name: 'Eva Ek' }], secretary: 'nina-landstrom' }));
    expect(a.present).toEqual(['carolina-svensson', 'nina-landstrom', { name: 'Eva Ek' }]);
    expect(a.absent).not.toContain('nina-landstrom');
  });

  it('counts as absent every member called who did not come, but not the office, the secretary or the substitutes', () => {
    const present = styrgruppBut('per-svensson', 'malin-anell');
    const a = attendanceOf(styrgrupp, call({ present, substitutes: [{ person: 'lena-axelsson', for: 'per-svensson' }], secretary: 'anna-lena-hardtmann' }));
    expect(a.absent).toEqual(['per-svensson', 'malin-anell']);
    expect(a.present).toContainEqual({ person: 'lena-axelsson', for: 'per-svensson' });
    expect(a.present).not.toContain('pia-hendberg');
    expect(a.present).toContain('anna-lena-hardtmann');
    expect(a.present).not.toContain('charlotte-bliesener-falkenstrom');
    expect(a.absent).not.toContain('charlotte-bliesener-falkenstrom');
  });

  it('has no one absent when everyone called is there', () => {
    const everyone = regularMembers(strategi).map((m) => m.person);
    const a = attendanceOf(strategi, call({ present: everyone, secretary: 'anna-lena-hardtmann' }));
    expect(a.absent).toEqual([]);
    expect(a.present).toEqual(everyone);
  });
});

describe('defaultChair', () => {
  it('is the chair when present', () => {
    expect(defaultChair(styrgrupp, ['kerstin-amark', 'nina-landstrom'])).toBe('nina-landstrom');
  });

  it('falls back to the vice chair when the chair is absent', () => {
    expect(defaultChair(styrgrupp, styrgruppBut('nina-landstrom'))).toBe('kerstin-amark');
  });

  it('is no one when neither is present, or the group has no chair', () => {
    expect(defaultChair(styrgrupp, ['tina-isaksson', 'gun-bylund'])).toBeUndefined();
    expect(defaultChair(strategi, ['carolina-svensson', 'mattias-fehling'])).toBeUndefined();
  });
});

describe('rollCallProblems', () => {
  const full = (over: Partial<RollCall> = {}) =>
    call({
      present: styrgruppBut('per-svensson'),
      substitutes: [{ person: 'lena-axelsson', for: 'per-svensson' }],
      chair: 'nina-landstrom',
      adjusters: ['tina-isaksson'],
      secretary: 'anna-lena-hardtmann',
      ...over,
    });

  it('finds nothing wrong with a proper roll call, nor with the 27 February protocol', () => {
    expect(rollCallProblems(org, styrgrupp, full())).toEqual([]);
    expect(rollCallProblems(org, styrgrupp, rollCallOf(styrgrupp, protocol0227))).toEqual([]);
  });

  it('refuses a substitute for a member who is present', () => {
    const problems = rollCallProblems(org, styrgrupp, full({ present: styrgruppBut() }));
    expect(problems).toEqual([
      {
        message: 'Lena Axelsson stands in for Per Svensson, who is present',
        hint: 'a substitute stands in only for an absent member; for some §§ only: --substitute lena-axelsson:per-svensson:102-',
      },
    ]);
  });

  it('takes a substitute for a member present when either serves only for some §§ (jäv, or someone leaving)', () => {
    const call = full({ present: styrgruppBut() });
    expect(rollCallProblems(org, styrgrupp, { ...call, spans: { 'lena-axelsson': { from: 14 } } })).toEqual([]);
    expect(rollCallProblems(org, styrgrupp, { ...call, spans: { 'per-svensson': { to: 13 } } })).toEqual([]);
  });

  it('refuses a substitute for someone who is not a member', () => {
    expect(messages(full({ substitutes: [{ person: 'lena-axelsson', for: 'carolina-svensson' }] }))).toEqual([
      "Lena Axelsson stands in for 'carolina-svensson', who is not a member of Styrgrupp närvård",
    ]);
  });

  it('refuses substitutes where the group has none', () => {
    const problems = rollCallProblems(
      org,
      strategi,
      call({ present: ['carolina-svensson'], substitutes: [{ person: 'camilla-vikander', for: 'julia-eriksson' }] }),
    );
    expect(problems.map((p) => p.message)).toEqual(['Uppdragsgrupp Strategi för hälsa has no substitutes']);
    expect(problems[0]!.hint).toContain('--guest');
  });

  it('refuses a chair who is not present, naming her', () => {
    const problems = rollCallProblems(org, styrgrupp, full({ present: styrgruppBut('per-svensson', 'nina-landstrom') }));
    expect(problems).toEqual([{ message: 'the chair, Nina Landström, is not present', hint: 'name a chair among those present with --chair' }]);
  });

  it('accepts a substitute or a guest in the chair', () => {
    expect(messages(full({ chair: 'lena-axelsson' }))).toEqual([]);
    expect(messages(full({ chair: 'carolina-svensson', guests: [{ person: 'carolina-svensson' }] }))).toEqual([]);
  });

  it('refuses an adjuster who is not present', () => {
    expect(messages(full({ present: styrgruppBut('per-svensson', 'tina-isaksson') }))).toEqual(['the adjuster Tina Isaksson is not present']);
  });

  it('names every id that is not in the registry, with where to look', () => {
    const problems = rollCallProblems(
      org,
      styrgrupp,
      full({ present: [...styrgruppBut('per-svensson'), 'nina-landstöm'], chair: 'nina-landstöm', adjusters: ['tina'] }),
    );
    expect(problems.map((p) => p.message)).toEqual([
      "no person 'nina-landstöm' in the registry",
      "no person 'nina-landstöm' in the registry",
      "no person 'tina' in the registry",
    ]);
    expect(problems[0]!.hint).toBe("did you mean 'nina-landstrom'?");
    expect(problems[2]!.hint).toBe("did you mean 'tina-isaksson'?");
    expect(messages(full({ substitutes: [{ person: 'lena-axelson', for: 'per-svensson' }] }))).toContain("no person 'lena-axelson' in the registry");
    expect(messages(full({ guests: [{ person: 'eva-ek' }] }))).toEqual(["no person 'eva-ek' in the registry"]);
  });

  it('says a person present who is not a member should be a guest, and an ersättare present needs whom she stands in for', () => {
    const problems = rollCallProblems(org, styrgrupp, full({ present: [...styrgruppBut('per-svensson'), 'carolina-svensson', 'pia-hendberg'] }));
    expect(problems).toEqual([
      { message: 'Carolina Svensson is not a member of Styrgrupp närvård', hint: 'add them as a guest (--guest) instead' },
      { message: 'Pia Hendberg is an ersättare', hint: 'say whom they stand in for: --substitute pia-hendberg:<member>' },
    ]);
  });
});
