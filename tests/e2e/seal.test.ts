/**
 * Seals and signatures as a secretary and an adjuster use them: keys made,
 * the protocol adjusted and signed as the secretary, signed by the adjuster
 * (digital justering), verified by the registry's keys; the documents naming
 * who signed with which key; and forgeries of every kind found: a field
 * changed, a seal removed, who adjusted changed, the fingerprint recomputed
 * with sekr's own code. Seals of the release before still verify.
 */
import { chmodSync, copyFileSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { seal } from '../../src/model/seal.js';
import { Meeting } from '../../src/schema/meeting.js';
import { configOf, ROOT, sekr, workspace, type Run } from '../helpers.js';

const PROTOCOL = 'styrgrupp-narvard/2026-02-27';
const FILE = 'data/meetings/styrgrupp-narvard/2026-02-27.yaml';
const NOTES_FILE = 'data/meetings/strategi-for-halsa/2026-05-22.yaml';
const KEY = /SHA256:[A-Za-z0-9+/]{43}/;

function ok(r: Run): Run {
  expect(r.stderr + r.stdout, `exit ${r.code}`).not.toMatch(/internal error/);
  expect(r.code, r.stderr).toBe(0);
  return r;
}

const read = (ws: string, file: string) => readFileSync(join(ws, file), 'utf8');

/** A workspace whose protocol has been sent, so that it can be adjusted. */
function sentProtocol(): string {
  const ws = workspace();
  const text = read(ws, FILE).replace('\nstatus: draft\n', '\nstatus: sent\nsent: 2026-03-02\n');
  writeFileSync(join(ws, FILE), text);
  return ws;
}

/** The meeting file changed through the yaml document API (as a careful hand would), the rest kept. */
function edit(ws: string, file: string, change: (doc: ReturnType<typeof parseDocument>) => void): void {
  const doc = parseDocument(read(ws, file));
  change(doc);
  writeFileSync(join(ws, file), doc.toString({ lineWidth: 0 }));
}

describe('keys, adjust, sign and verify', () => {
  let ws: string;
  let init: Run;
  let adjusted: Run;
  let signed: Run;
  let registryBefore: string;
  let registryAfterInit: string;

  beforeAll(() => {
    ws = sentProtocol();
    registryBefore = read(ws, 'data/registry.yaml');
    init = ok(sekr(['keys', 'init', '--as', 'anna-lena-hardtmann'], { cwd: ws }));
    registryAfterInit = read(ws, 'data/registry.yaml');
    adjusted = ok(sekr(['adjust', PROTOCOL, '--date', '2026-03-05', '--yes'], { cwd: ws, env: { SEKR_TODAY: '2026-03-05' } }));
    signed = ok(sekr(['sign', PROTOCOL, '--as', 'tina-isaksson'], { cwd: ws, env: { SEKR_TODAY: '2026-03-06' } }));
  }, 60_000);

  it('keys init keeps the private key in the config folder, readable by the user alone, and the public key in the registry', () => {
    const pem = join(configOf(ws), 'sekr/keys/anna-lena-hardtmann.pem');
    expect(statSync(pem).mode & 0o777).toBe(0o600);
    expect(statSync(join(configOf(ws), 'sekr/keys')).mode & 0o777).toBe(0o700);
    expect(readFileSync(pem, 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    expect(init.stderr).toMatch(new RegExp(`made a key pair for Anna-Lena Hardtmann: ${KEY.source}`));
    expect(init.stderr).toContain('added the public key to data/registry.yaml');
    const after = registryAfterInit;
    const changed = after.split('\n').filter((line, i) => line !== registryBefore.split('\n')[i]);
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatch(/^ {2}- \{ id: anna-lena-hardtmann, .*, keys: \[ ed25519:[A-Za-z0-9+/]{43}= \] \}$/);
    expect(readFileSync(pem, 'utf8')).not.toContain(changed[0]!.match(/ed25519:(\S+)/)![1]!);
  });

  it('keys init again changes nothing and says the key is there', () => {
    const copy = workspace();
    ok(sekr(['keys', 'init', '--as', 'gun-bylund'], { cwd: copy }));
    const registry = read(copy, 'data/registry.yaml');
    const pem = readFileSync(join(configOf(copy), 'sekr/keys/gun-bylund.pem'));
    const again = ok(sekr(['keys', 'init', '--as', 'gun-bylund'], { cwd: copy }));
    expect(again.stderr).toContain('Gun Bylund has a key on this computer already');
    expect(read(copy, 'data/registry.yaml')).toBe(registry);
    expect(readFileSync(join(configOf(copy), 'sekr/keys/gun-bylund.pem')).equals(pem)).toBe(true);
    const unknown = sekr(['keys', 'init', '--as', 'gun-bylun'], { cwd: copy });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("--as: no person 'gun-bylun' in the registry");
    expect(unknown.stderr).toContain('gun-bylund');
  });

  it('adjust signs as the secretary', () => {
    expect(adjusted.stderr).toMatch(new RegExp(`signed as Anna-Lena Hardtmann \\(sekreterare\\), key ${KEY.source}`));
    const m = parse(read(ws, FILE));
    expect(m.adjusted.version).toBe(2);
    expect(m.adjusted.signatures[0]).toEqual({
      person: 'anna-lena-hardtmann',
      date: '2026-03-05',
      key: expect.stringMatching(KEY),
      signature: expect.stringMatching(/^[A-Za-z0-9+/]{86}==$/),
    });
  });

  it("sign adds the adjuster's signature, making her key pair first", () => {
    expect(signed.stderr).toContain('made a key pair for Tina Isaksson');
    expect(signed.stderr).toMatch(new RegExp(`signed styrgrupp-narvard/2026-02-27 as Tina Isaksson \\(justerare\\) on 2026-03-06, key ${KEY.source}`));
    expect(signed.stderr).toContain('still to sign: Nina Landström (ordförande)');
    expect(statSync(join(configOf(ws), 'sekr/keys/tina-isaksson.pem')).mode & 0o777).toBe(0o600);
    const m = parse(read(ws, FILE));
    expect(m.adjusted.signatures.map((s: { person: string }) => s.person)).toEqual(['anna-lena-hardtmann', 'tina-isaksson']);
    ok(sekr(['validate'], { cwd: ws }));
  });

  it('verify names each signature, and who has not signed', () => {
    const r = ok(sekr(['verify'], { cwd: ws }));
    expect(r.stdout).toContain('✓ styrgrupp-narvard/2026-02-27: sealed on 2026-03-05, unchanged since');
    expect(r.stdout).toMatch(new RegExp(`^ {4}✓ signed by Anna-Lena Hardtmann \\(sekreterare\\) on 2026-03-05, key ${KEY.source}$`, 'm'));
    expect(r.stdout).toMatch(new RegExp(`^ {4}✓ signed by Tina Isaksson \\(justerare\\) on 2026-03-06, key ${KEY.source}$`, 'm'));
    expect(r.stdout).toMatch(/^ {4}– not signed by Nina Landström \(ordförande\)$/m);
    expect(r.stdout).toContain('✓ 2 locked meetings, none changed since; signatures: 2 valid, 2 missing');
    const all = sekr(['verify', '--all-signed'], { cwd: ws });
    expect(all.code).toBe(1);
    expect(all.stdout).toMatch(/^ {4}✗ not signed by Nina Landström \(ordförande\)$/m);
    const json = JSON.parse(ok(sekr(['verify', '--json'], { cwd: ws })).stdout);
    expect(json.signatures).toEqual({ valid: 2, wrong: 0, missing: 2 });
    expect(json.meetings.find((m: { meeting: string }) => m.meeting === PROTOCOL).signatures).toEqual([
      expect.objectContaining({ person: 'anna-lena-hardtmann', state: 'valid', date: '2026-03-05' }),
      expect.objectContaining({ person: 'tina-isaksson', state: 'valid', date: '2026-03-06' }),
      { person: 'nina-landstrom', name: 'Nina Landström', role: 'ordförande', state: 'missing' },
    ]);
  });

  it('signing again is a no-op; a person who is not a signer, or a meeting not sealed, is refused', () => {
    const before = read(ws, FILE);
    const again = ok(sekr(['sign', PROTOCOL, '--as', 'tina-isaksson'], { cwd: ws }));
    expect(again.stderr).toContain('Tina Isaksson signed styrgrupp-narvard/2026-02-27 already, on 2026-03-06');
    expect(read(ws, FILE)).toBe(before);
    const stranger = sekr(['sign', PROTOCOL, '--as', 'gun-bylund'], { cwd: ws });
    expect(stranger.code).toBe(2);
    expect(stranger.stderr).toContain('gun-bylund is not a signer of styrgrupp-narvard/2026-02-27');
    const draft = sekr(['sign', 'styrgrupp-narvard/2026-03-27', '--as', 'tina-isaksson'], { cwd: ws });
    expect(draft.code).toBe(2);
    expect(draft.stderr).toContain('styrgrupp-narvard/2026-03-27 is planned: only a sealed record is signed');
    expect(read(ws, FILE)).toBe(before);
  });

  it('a signer whose key is on another computer is told so, and nothing is signed', () => {
    const copy = workspace();
    copyFileSync(join(ws, FILE), join(copy, FILE));
    copyFileSync(join(ws, 'data/registry.yaml'), join(copy, 'data/registry.yaml'));
    const before = read(copy, FILE);
    const r = sekr(['sign', PROTOCOL, '--as', 'tina-isaksson'], { cwd: copy });
    expect(r.stdout).toBe('');
    expect(r.code).toBe(0); // she has signed already: nothing to do
    const nina = ok(sekr(['sign', PROTOCOL, '--as', 'nina-landstrom'], { cwd: copy }));
    expect(nina.stderr).toContain('every signer has signed');
    writeFileSync(join(copy, FILE), before);
    // Nina's key is in the registry now; on a computer without it she cannot sign.
    const elsewhere = sekr(['sign', PROTOCOL, '--as', 'nina-landstrom'], { cwd: copy, env: { XDG_CONFIG_HOME: join(copy, 'elsewhere') } });
    expect(elsewhere.code).toBe(2);
    expect(elsewhere.stderr).toContain('no key of nina-landstrom on this computer');
    expect(read(copy, FILE)).toBe(before);
  });

  it('a private key that others can read is refused', () => {
    const copy = workspace();
    ok(sekr(['keys', 'init', '--as', 'nina-landstrom'], { cwd: copy }));
    const pem = join(configOf(copy), 'sekr/keys/nina-landstrom.pem');
    chmodSync(pem, 0o644);
    const r = sekr(['keys', 'init', '--as', 'nina-landstrom'], { cwd: copy });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('can be read by others (mode 644)');
    expect(r.stderr).toContain(`chmod 600`);
  });

  it('the protocol names who signed, with the key, in Markdown and DOCX', async () => {
    ok(sekr(['render', PROTOCOL, '--format', 'md,docx'], { cwd: ws }));
    const md = read(ws, 'out/styrgrupp-narvard/2026-02-27-protokoll.md');
    const block = md.slice(md.indexOf('## Underskrifter'), md.indexOf('/sekr:signatures'));
    expect(block).toMatch(new RegExp(`Tina Isaksson\\n\\nJusterat 5 mars 2026\\n\\nSignerat digitalt 6 mars 2026, nyckel ${KEY.source}\\n`));
    expect(block).toMatch(new RegExp(`Anna-Lena Hardtmann\\n\\nSignerat digitalt 5 mars 2026, nyckel ${KEY.source}\\n`));
    expect(block).not.toMatch(/Nina Landström\n\nSignerat/);
    const docx = (await mammoth.extractRawText({ buffer: readFileSync(join(ws, 'out/styrgrupp-narvard/2026-02-27-protokoll.docx')) })).value;
    expect(docx).toMatch(new RegExp(`Signerat digitalt 6 mars 2026, nyckel ${KEY.source}`));
  });
});

describe('forgeries are found', () => {
  let ws: string;
  beforeAll(() => {
    ws = sentProtocol();
    ok(sekr(['keys', 'init', '--as', 'anna-lena-hardtmann'], { cwd: ws }));
    ok(sekr(['adjust', PROTOCOL, '--date', '2026-03-05', '--yes'], { cwd: ws }));
    ok(sekr(['sign', PROTOCOL, '--as', 'tina-isaksson'], { cwd: ws }));
  }, 60_000);

  /** A copy of the signed workspace, its config folder (the keys) with it. */
  function forged(change: (doc: ReturnType<typeof parseDocument>) => void): string {
    const copy = workspace();
    copyFileSync(join(ws, FILE), join(copy, FILE));
    copyFileSync(join(ws, 'data/registry.yaml'), join(copy, 'data/registry.yaml'));
    edit(copy, FILE, change);
    return copy;
  }

  it.each([
    ['a paragraph', (d: ReturnType<typeof parseDocument>) => d.setIn(['items', 1, 'body'], 'Gun Bylund väljs som justerare.\n'), '§ 13 (Val av justerare)'],
    [
      'the attendance',
      (d: ReturnType<typeof parseDocument>) => d.getIn(['attendance', 'present'], true) && d.deleteIn(['attendance', 'present', 2]),
      'attendance',
    ],
    [
      'who adjusted',
      (d: ReturnType<typeof parseDocument>) => d.setIn(['adjusted', 'by'], d.createNode(['gun-bylund'])),
      'who adjusted it and when (adjusted:)',
    ],
    ['the day of adjustment', (d: ReturnType<typeof parseDocument>) => d.setIn(['adjusted', 'date'], '2026-03-04'), 'who adjusted it and when (adjusted:)'],
    ['the status', (d: ReturnType<typeof parseDocument>) => d.set('status', 'sent'), 'status (now sent)'],
    ['the day it was sent', (d: ReturnType<typeof parseDocument>) => d.set('sent', '2026-03-01'), 'sent'],
  ])('%s changed: verify exit 1, naming it', (_, change, named) => {
    const copy = forged(change);
    const r = sekr(['verify'], { cwd: copy });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/was locked on 2026-03-0[45] and has been edited since: /);
    expect(r.stdout).toContain(`has been edited since: ${named}`);
    expect(r.stderr).not.toContain('internal error');
  });

  it('the seal removed, the status kept: validate exit 2 and verify exit 1, at the status', () => {
    const copy = forged((d) => {
      d.delete('adjusted');
      d.setIn(['items', 1, 'body'], 'Gun Bylund väljs som justerare.\n');
    });
    const v = sekr(['validate'], { cwd: copy });
    expect(v.code).toBe(2);
    expect(v.stdout).toMatch(
      /2026-02-27\.yaml:\d+:1 {2}status: adjusted says the protocol is adjusted, but there is no seal \(adjusted:\): the record cannot be verified/,
    );
    const r = sekr(['verify'], { cwd: copy });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('styrgrupp-narvard/2026-02-27: the seal (adjusted:) is missing, yet the status says adjusted');
    const notes = workspace();
    edit(notes, NOTES_FILE, (d) => d.delete('approved'));
    expect(sekr(['validate'], { cwd: notes }).stdout).toContain('status: final says the notes are final, but there is no seal (approved:)');
    expect(sekr(['verify'], { cwd: notes }).code).toBe(1);
  });

  it("the fingerprint recomputed with sekr's own code after an edit: the content check passes, the signatures are wrong", () => {
    const copy = forged((d) => d.setIn(['items', 1, 'body'], 'Gun Bylund väljs som justerare.\n'));
    const meeting = Meeting.parse(parse(read(copy, FILE)));
    const again = seal(meeting, meeting.adjusted!.date, meeting.adjusted!.by);
    edit(copy, FILE, (d) => {
      d.setIn(['adjusted', 'fingerprint'], again.fingerprint);
      d.setIn(['adjusted', 'fields'], d.createNode(again.fields));
    });
    const r = sekr(['verify'], { cwd: copy });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✓ styrgrupp-narvard/2026-02-27: sealed on 2026-03-05, unchanged since');
    expect(r.stdout).toMatch(
      /✗ the signature of Anna-Lena Hardtmann \(sekreterare\) of \d{4}-\d{2}-\d{2} is wrong: the signature does not match the record as sealed/,
    );
    expect(r.stdout).toMatch(/✗ the signature of Tina Isaksson \(justerare\) of \d{4}-\d{2}-\d{2} is wrong/);
    // The protocol does not show signatures that do not verify.
    ok(sekr(['render', PROTOCOL, '--format', 'md'], { cwd: copy }));
    expect(read(copy, 'out/styrgrupp-narvard/2026-02-27-protokoll.md')).not.toContain('Signerat digitalt');
  });

  it('a key swapped in the registry: the signature is wrong, naming the key', () => {
    const copy = forged(() => {});
    ok(sekr(['keys', 'init', '--as', 'nina-landstrom'], { cwd: copy }));
    const registry = read(copy, 'data/registry.yaml');
    const tina = /(- \{ id: tina-isaksson, .*keys: \[ )(ed25519:\S+)( \] \})/.exec(registry)!;
    const nina = /- \{ id: nina-landstrom, .*keys: \[ (ed25519:\S+) \] \}/.exec(registry)!;
    writeFileSync(join(copy, 'data/registry.yaml'), registry.replace(tina[0], `${tina[1]}${nina[1]}${tina[3]}`));
    const r = sekr(['verify'], { cwd: copy });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      new RegExp(
        `✗ the signature of Tina Isaksson \\(justerare\\) of \\d{4}-\\d{2}-\\d{2} is wrong: signed with key ${KEY.source}, which the registry does not list for tina-isaksson`,
      ),
    );
  });
});

describe('a seal made by the release before (version 1)', () => {
  it('still verifies, publishes, and finds an edit', () => {
    const ws = workspace();
    copyFileSync(join(ROOT, 'tests/fixtures/seal-v1/2026-02-27.yaml'), join(ws, FILE));
    const r = ok(sekr(['verify'], { cwd: ws }));
    expect(r.stdout).toContain('✓ styrgrupp-narvard/2026-02-27: sealed on 2026-03-05, unchanged since (a seal of an earlier release');
    ok(sekr(['validate'], { cwd: ws }));
    ok(sekr(['publish', PROTOCOL, '--format', 'md'], { cwd: ws }));
    expect(existsSync(join(ws, 'out/public/styrgrupp-narvard/2026-02-27-protokoll.md'))).toBe(true);
    ok(sekr(['verify'], { cwd: ws }));
    edit(ws, FILE, (d) => d.setIn(['items', 1, 'body'], 'Gun Bylund väljs som justerare.\n'));
    const broken = sekr(['verify'], { cwd: ws });
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('has been edited since: § 13 (Val av justerare)');
  });
});
