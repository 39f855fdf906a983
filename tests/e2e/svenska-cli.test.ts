/**
 * What a Swedish secretary sees of the program itself, by default: the help with its titles and
 * examples, the argument parser's errors in sekr's words (exit 2), sekr anslag, and English only
 * when asked for.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sekr, workspace } from '../helpers.js';

const SV = { LANG: 'sv_SE.UTF-8' };

describe('sekr in Swedish', () => {
  it('gives its help in Swedish, with Swedish titles', () => {
    for (const env of [SV, { ...SV, SEKR_NO_HELP_CACHE: '1' }, { LANG: 'C.UTF-8' }]) {
      const r = sekr(['--help'], { env });
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^Användning: sekr \[flaggor\] \[kommando\]\n/);
      expect(r.stdout).toContain('\nFlaggor:\n');
      expect(r.stdout).toContain('\nKommandon:\n');
      expect(r.stdout).toMatch(/^ {2}-V, --version +visa versionsnumret$/m);
      expect(r.stdout).toMatch(/^ {2}-h, --help +visa hjälp för kommandot$/m);
      expect(r.stdout).toMatch(/^ {2}--lang <språk> +språket sekr talar: sv \(standard\) eller en/m);
      expect(r.stdout).toMatch(/^ {2}anslag\|notice \[flaggor\] <möte> +skriv anslaget \(tillkännagivandet om justering\)/m);
      expect(r.stdout).toMatch(/^ {2}help \[kommando\] +visa hjälp för ett kommando$/m);
      expect(r.stdout).toContain('\nExempel:\n  $ sekr validate\n');
      expect(r.stdout).toContain('Slutkoder: 0 klart, 1 misslyckades');
      expect(r.stdout).not.toMatch(/Usage:|Options:|Commands:|display help/);
    }
  });

  it('says sekr anslag --help in Swedish, its arguments, defaults and examples too', () => {
    const r = sekr(['anslag', '--help'], { env: SV });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Användning: sekr anslag\|notice \[flaggor\] <möte>\n/);
    expect(r.stdout).toMatch(/^Argument:\n {2}möte +grupp\/åååå-mm-dd$/m);
    expect(r.stdout).toMatch(/-f, --format <lista> +något av md, docx, pdf \(pdf kräver LibreOffice\)\s+\(standard: "md,docx"\)/);
    expect(r.stdout).toContain('Exempel:\n  $ sekr anslag styrgrupp-narvard/2026-02-27\n');
    // notice, its first name, is the same command
    expect(sekr(['notice', '--help'], { env: SV }).stdout).toBe(r.stdout);
  });

  it('says the words of a value to write in Swedish, and keeps those typed as they are (ja, nej, allowed)', () => {
    const r = sekr(['item', 'set', '--help'], { env: SV });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ {2}--action <vem\|vad\|datum> /m);
    expect(r.stdout).toMatch(/^ {2}--reservation <id\[\|text\[\|bilaga\[\|datum\]\]\]> /m);
    expect(r.stdout).toMatch(/^ {2}--protocol-note <id\|text\[\|allowed\]> /m);
    expect(r.stdout).toMatch(/^ {2}--casting-vote <ja\|nej> /m);
  });

  it("says the argument parser's errors as its own, with exit code 2", () => {
    let r = sekr(['rendr'], { env: SV });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("sekr: okänt kommando 'rendr'\n(Menade du render?)\n(lägg till --help för att se hur kommandot används)\n");
    r = sekr(['validate', '--stric'], { env: SV });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("sekr: okänd flagga '--stric'\n(Menade du --strict?)\n(lägg till --help för att se hur kommandot används)\n");
    r = sekr(['members'], { env: SV });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('sekr: argumentet <grupp> saknas\n');
    r = sekr(['members', 'dps', 'extra'], { env: SV });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('sekr: för många argument: members tar 1 men fick 2.\n');
    r = sekr(['adjust', 'styrgrupp-narvard/2026-02-27'], { env: SV });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('sekr: flaggan --date <åååå-mm-dd> måste anges\n');
    r = sekr(['render', 'styrgrupp-narvard/2026-02-27', '--format'], { env: SV });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('sekr: flaggan -f, --format <lista> saknar sitt värde\n');
    for (const r of [sekr(['rendr'], { env: SV }), sekr(['members'], { env: SV })]) expect(r.stderr).not.toMatch(/error:|at .*\.cjs/);
  });

  it('refuses a language it does not speak, with exit code 2', () => {
    for (const args of [
      ['--lang', 'fi', 'validate'],
      ['--lang=de', '--help'],
    ]) {
      const r = sekr(args, { env: SV });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^sekr: ogiltigt värde '(fi|de)' för --lang <språk>\. sekr talar sv \(svenska\) eller en \(engelska\)\.\n/);
    }
  });

  it('speaks English with --lang en, or a locale of en*', () => {
    for (const [args, env] of [
      [['--lang', 'en', '--help'], SV],
      [['--lang=en', '--help'], SV],
      [['--help'], { LANG: 'en_GB.UTF-8' }],
    ] as const) {
      const r = sekr([...args], { env });
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^Usage: sekr \[options\] \[command\]\n/);
      expect(r.stdout).toMatch(/^ {2}-h, --help +display help for command$/m);
      expect(r.stdout).toContain('\nExamples:\n');
      expect(r.stdout).not.toContain('Användning');
    }
    const r = sekr(['--lang', 'en', 'rendr'], { env: SV });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("error: unknown command 'rendr'\n(Did you mean render?)\n(add --help for usage)\n");
  });

  it('writes the anslag of an adjusted protocol with sekr anslag, and with sekr notice', () => {
    const ws = workspace();
    const run = (...args: string[]) => sekr(args, { cwd: ws, env: SV });
    expect(run('adjust', 'styrgrupp-narvard/2026-02-27', '--date', '2026-03-05', '--yes').code).toBe(0);
    const anslag = join(ws, 'out/styrgrupp-narvard/2026-02-27-anslag.md');
    expect(run('anslag', 'styrgrupp-narvard/2026-02-27', '--format', 'md').code).toBe(0);
    expect(existsSync(anslag)).toBe(true);
    expect(run('notice', 'styrgrupp-narvard/2026-02-27', '--format', 'md').code).toBe(0);
  });
});
