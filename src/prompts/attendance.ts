/**
 * The roll call in the terminal: tick who is present, pick substitutes for
 * the absent, add guests, confirm the chair, elect the adjuster. Every step
 * is handed to `save` as soon as it is answered.
 */
import { confirm, input, search, select } from '@inquirer/prompts';
import { defaultChair, electsAdjuster, regularMembers, substituteMembers, type Guest, type RollCall } from '../model/roll-call.js';
import type { Group, Organisation } from '../model/registry.js';
import { organisationIn } from '../model/registry.js';
import { searchCheckbox } from './search-checkbox.js';
import { fold } from '../base/text.js';
import { t } from '../base/i18n.js';

export async function askRollCall(org: Organisation, group: Group, start: RollCall, save: (call: RollCall) => void): Promise<RollCall> {
  const name = (id: string) => org.people.get(id)?.name ?? id;
  const label = (id: string) => [name(id), organisationIn(org, group, id)].filter(Boolean).join(', ');
  const call: RollCall = { ...start, substitutes: [...start.substitutes], guests: [...start.guests], adjusters: [...start.adjusters] };
  const fresh = !start.present.length && !start.substitutes.length;

  const members = regularMembers(group);
  call.present = await searchCheckbox({
    message: t('prompts.attendance.whoPresent', group.name),
    choices: members.map((m) => ({ value: m.person, name: label(m.person), checked: fresh || start.present.includes(m.person) })),
  });
  call.substitutes = call.substitutes.filter((s) => !call.present.includes(s.for));
  // A chair or adjuster no longer ticked is asked for again below; until then there is none.
  const ticked = (id: string) => call.present.includes(id) || call.substitutes.some((s) => s.person === id) || call.secretary === id;
  if (call.chair && !ticked(call.chair)) call.chair = undefined;
  call.adjusters = call.adjusters.filter(ticked);
  save(call);

  const substitutes = substituteMembers(group);
  if (group.substitutes || substitutes.length) {
    const taken = new Set<string>();
    const absent = members.filter((m) => !call.present.includes(m.person) && m.role !== 'kansli');
    const chosen: RollCall['substitutes'] = [];
    for (const m of absent) {
      const before = call.substitutes.find((s) => s.for === m.person)?.person;
      const own = substitutes.find((s) => s.for === m.person)?.person;
      const choices = [
        { value: '', name: t('prompts.attendance.noOne') },
        ...substitutes
          .filter((s) => !taken.has(s.person))
          .map((s) => ({ value: s.person, name: `${label(s.person)}${s.for === m.person ? t('prompts.attendance.ownSubstitute') : ''}` })),
      ];
      const who = await select({ message: t('prompts.attendance.whoStandsIn', name(m.person)), choices, default: before ?? own ?? '' });
      if (who) {
        taken.add(who);
        chosen.push({ person: who, for: m.person });
      }
      // Substitutes recorded earlier for members not yet asked about stay until their turn.
      const notAsked = new Set(absent.slice(absent.indexOf(m) + 1).map((a) => a.person));
      save({ ...call, substitutes: [...chosen, ...call.substitutes.filter((s) => notAsked.has(s.for))] });
    }
    call.substitutes = chosen;
    save(call);
  }

  while (
    await confirm({
      message: t('prompts.attendance.addGuest', call.guests.length),
      default: false,
    })
  ) {
    const NEW = '\u0000new';
    const here = new Set([...call.present, ...call.substitutes.map((s) => s.person)]);
    const picked = await search<string>({
      message: t('prompts.attendance.guest'),
      source: (term) => {
        const people = [...org.people.values()].filter((p) => !here.has(p.id) && (!term || fold(`${p.name} ${p.organisation ?? ''}`).includes(fold(term))));
        return [
          ...people.slice(0, 30).map((p) => ({ value: p.id, name: [p.name, p.organisation].filter(Boolean).join(', ') })),
          { value: NEW, name: t('prompts.attendance.notInRegistry') },
        ];
      },
    });
    let guest: Guest;
    if (picked === NEW) {
      const guestName = (await input({ message: t('prompts.attendance.name'), validate: (v) => v.trim() !== '' || t('prompts.attendance.nameNeeded') })).trim();
      const organisation = (await input({ message: t('prompts.attendance.organisation') })).trim();
      guest = organisation ? { name: guestName, organisation } : { name: guestName };
    } else guest = { person: picked };
    call.guests.push(guest);
    save(call);
  }

  const here = [...call.present, ...call.substitutes.map((s) => s.person), ...call.guests.flatMap((g) => ('person' in g ? [g.person] : []))];
  const chairDefault = call.chair && here.includes(call.chair) ? call.chair : defaultChair(group, here);
  call.chair = await select({
    message: t('prompts.attendance.chair'),
    choices: here.map((id) => ({
      value: id,
      name: `${label(id)}${id === group.chair ? t('prompts.attendance.isChair') : id === group.viceChair ? t('prompts.attendance.isViceChair') : ''}`,
    })),
    default: chairDefault,
  });
  save(call);

  if (electsAdjuster(group)) {
    const LATER = '';
    const adjuster = await select({
      message: t('prompts.attendance.adjuster'),
      choices: [
        { value: LATER, name: t('prompts.attendance.electLater') },
        ...here.filter((id) => id !== call.chair && id !== call.secretary).map((id) => ({ value: id, name: label(id) })),
      ],
      default: call.adjusters[0] ?? LATER,
    });
    call.adjusters = adjuster ? [adjuster] : [];
    save(call);
  }

  const secretaryChoices = [...new Set([...(call.secretary ? [call.secretary] : []), ...(group.secretary ? [group.secretary] : []), ...here])];
  if (secretaryChoices.length) {
    call.secretary = await select({
      message: t('prompts.attendance.secretary'),
      choices: secretaryChoices.map((id) => ({ value: id, name: label(id) })),
      default: call.secretary ?? group.secretary,
    });
    save(call);
  }
  return call;
}
