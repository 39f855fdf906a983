/**
 * The last safety net of the public copy: contact details typed into running
 * text are removed; dates, times, § ranges, case numbers and amounts are not.
 */
import { describe, expect, it } from 'vitest';
import { withoutContactDetails } from '../../src/render/public.js';
import { KEPT, MUST_MASK } from '../fixtures/masking.js';

const EMAIL = '[e-postadress borttagen]';
const PHONE = '[telefonnummer borttaget]';

describe('withoutContactDetails removes', () => {
  it.each([
    'eva.ek@boras.se',
    'anna-lena.hardtmann@vgregion.se',
    'förnamn.efternamn@ulricehamn.se',
    'Åsa.Öberg@marks.kommun.se',
    'info+protokoll@narvard.example.org',
  ])('the e-mail address %s', (email) => {
    expect(withoutContactDetails(`Skriv till ${email} senast fredag.`)).toBe(`Skriv till ${EMAIL} senast fredag.`);
  });

  it.each([
    // mobile numbers
    '070-123 45 67',
    '070 123 45 67',
    '070-1234567',
    '0701234567',
    '073-987 65 43',
    '070-12 34 567',
    // landlines: area codes of two, three and four digits
    '08-123 456 78',
    '08-12 34 56',
    '031-10 20 30',
    '033-35 70 00',
    '033-357000',
    '0321-59 50 00',
    '0500-12 34 56',
    '0771-21 00 00',
    // +46 and 0046
    '+46 70 123 45 67',
    '+46 70-123 45 67',
    '+46-70-123 45 67',
    '+46701234567',
    '+46 (0)70-123 45 67',
    '+46 33 35 70 00',
    '+46 8 123 456 78',
    '+46 (0)8-123 456 78',
    '0046 70 123 45 67',
  ])('the phone number %s', (phone) => {
    expect(withoutContactDetails(`Ring ${phone} efter lunch.`)).toBe(`Ring ${PHONE} efter lunch.`);
  });

  it('with a no-break space between the groups', () => {
    expect(withoutContactDetails('Ring 070\u00a0123\u00a045\u00a067.')).toBe(`Ring ${PHONE}.`);
  });

  it('next to punctuation: a colon, parentheses, a full stop, a comma', () => {
    expect(withoutContactDetails('Tel:070-123 45 67')).toBe(`Tel:${PHONE}`);
    expect(withoutContactDetails('(070-123 45 67)')).toBe(`(${PHONE})`);
    expect(withoutContactDetails('Nås på 033-35 70 00.')).toBe(`Nås på ${PHONE}.`);
    expect(withoutContactDetails('Eva Ek <eva.ek@boras.se>, 070-123 45 67, växel 0321-59 50 00')).toBe(`Eva Ek <${EMAIL}>, ${PHONE}, växel ${PHONE}`);
  });

  it('every one of several, on several lines', () => {
    const text = 'Ring 070-123 45 67 eller skriv till eva.ek@boras.se\n\nKontakt: per.svensson@vgregion.se, 033-616 10 00\n';
    expect(withoutContactDetails(text)).toBe(`Ring ${PHONE} eller skriv till ${EMAIL}\n\nKontakt: ${EMAIL}, ${PHONE}\n`);
  });

  // Bug (src/render/public.ts): the groups of a number may be joined by "-" or
  // whitespace only. An en dash, as a word processor often writes it, lets the
  // number through to the public copy.
  it('a phone number written with an en dash', () => {
    expect(withoutContactDetails('Ring 070–123 45 67.')).toBe(`Ring ${PHONE}.`);
  });

  // Bug (src/render/public.ts): "+46 (0) 70 ..." has a space after "(0)", which the pattern does not allow.
  it('a +46 number written "+46 (0) 70 123 45 67"', () => {
    expect(withoutContactDetails('Ring +46 (0) 70 123 45 67.')).toBe(`Ring ${PHONE}.`);
  });

  // Bug (src/render/public.ts): a "/" next to a number stops the match (kept for
  // diarienummer such as 2026/0012), so two numbers joined by "/" both stay.
  it('two phone numbers joined by a slash', () => {
    expect(withoutContactDetails('Tel 033-35 70 00/0321-59 50 00')).toBe(`Tel ${PHONE}/${PHONE}`);
  });
});

describe('withoutContactDetails keeps', () => {
  it.each([
    'Sammanträdet 2026-03-05 justerades.',
    'Anslaget sitts uppe 2026-03-05–2026-03-26.',
    'Tid: 10.00-12.00',
    'Tid: 08.30-10.00',
    'kl. 10:00–12:00',
    'Omfattning: §§ 12–21',
    '§ 12',
    'Diarienummer: NVK 2026/0012',
    'Dnr NVK 2026/0012-3',
    'Budget: 1 000 000 kr',
    '10 000 000 kr',
    '250 000 kr och 6 kr/invånare',
    '0,5 miljoner',
    'Box 1234, 501 11 Borås',
    'Sal 0123',
    '13 % svarar ja, 62% svarar och 25% har för låg kännedom',
    'Utvärderingen skedde via enkät (8/18)',
    'Ring 112 vid fara.',
    'Avtalet gäller från 1 jan 2027.',
  ])('%s', (text) => {
    expect(withoutContactDetails(text)).toBe(text);
  });

  it('a whole line with all of them', () => {
    const line = 'Protokoll 2026-03-05, kl. 10.00-12.00, §§ 12–21, dnr NVK 2026/0012, 1 000 000 kr.';
    expect(withoutContactDetails(line)).toBe(line);
  });

  // Bug (src/render/public.ts): "000 000 000" starts with a 0 and has three groups of
  // digits, so an amount of a billion kronor is taken for a phone number.
  it('an amount of 1 000 000 000 kr', () => {
    expect(withoutContactDetails('Regionens budget: 1 000 000 000 kr.')).toBe('Regionens budget: 1 000 000 000 kr.');
  });
});

describe('the masking corpus (tests/fixtures/masking.ts)', () => {
  it('has at least 60 forms to mask and 30 look-alikes', () => {
    expect(MUST_MASK.length).toBeGreaterThanOrEqual(60);
    expect(KEPT.length).toBeGreaterThanOrEqual(30);
  });

  it.each(MUST_MASK.map((m) => [m.text, m.mask]))('masks %s as %s', (text, mask) => {
    expect(withoutContactDetails(`Uppgift: ${text}, se ovan.`)).toBe(`Uppgift: ${mask}, se ovan.`);
    expect(withoutContactDetails(text)).toBe(mask);
  });

  it.each(KEPT)('keeps %s', (text) => {
    expect(withoutContactDetails(`Uppgift: ${text}, se ovan.`)).toBe(`Uppgift: ${text}, se ovan.`);
  });
});
