/**
 * publish --sign FILE.p12: the public PDF signed with the organisation's
 * certificate (PAdES), so a PDF reader (here poppler's pdfsig) shows it as
 * signed and the signature as valid; a certificate whose name has Å, Ä and Ö
 * in it too. A wrong password or a missing file is a clear error, and nothing
 * is published then.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sekr, workspace, type Run } from '../helpers.js';

const PROTOCOL = 'styrgrupp-narvard/2026-02-27';
const FILE = 'data/meetings/styrgrupp-narvard/2026-02-27.yaml';
const PDF = 'out/public/styrgrupp-narvard/2026-02-27-protokoll.pdf';

function ok(r: Run): Run {
  expect(r.code, r.stderr).toBe(0);
  return r;
}

/** A self-signed certificate of the organisation in a .p12, made with openssl (the test fails without it). */
function certificate(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sekr-p12-'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-utf8',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '30',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
      '-subj',
      '/CN=Närvårdskontoret/O=Närvårdssamverkan Södra Älvsborg',
    ],
    { stdio: 'ignore' },
  );
  execFileSync('openssl', [
    'pkcs12',
    '-export',
    '-out',
    join(dir, 'org.p12'),
    '-inkey',
    join(dir, 'key.pem'),
    '-in',
    join(dir, 'cert.pem'),
    '-passout',
    'pass:hemligt',
  ]);
  return join(dir, 'org.p12');
}

describe('publish --sign', () => {
  let ws: string;
  let p12: string;
  beforeAll(() => {
    p12 = certificate();
    ws = workspace();
    writeFileSync(join(ws, FILE), readFileSync(join(ws, FILE), 'utf8').replace('\nstatus: draft\n', '\nstatus: sent\n'));
    ok(sekr(['adjust', PROTOCOL, '--date', '2026-03-05', '--yes'], { cwd: ws }));
  });

  it('signs the PDF so that a PDF reader shows it signed, the signature valid, by the organisation', () => {
    const r = ok(sekr(['publish', PROTOCOL, '--format', 'md,pdf', '--sign', p12], { cwd: ws, env: { SEKR_SIGN_PASSWORD: 'hemligt' } }));
    expect(r.stderr).toContain(`wrote ${PDF} (signed with the certificate)`);
    const info = execFileSync('pdfsig', [join(ws, PDF)], { encoding: 'utf8' });
    expect(info).toContain('Signature Type: ETSI.CAdES.detached');
    expect(info).toContain('Signer Certificate Common Name: Närvårdskontoret');
    expect(info).toContain('Signature Validation: Signature is Valid.');
    expect(info).toContain('Total document signed');
    // The document is the public copy as ever.
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', join(ws, PDF), '-'], { encoding: 'utf8' });
    expect(text).toContain('Protokoll Styrgrupp närvård 2026-02-27');
  }, 180_000);

  it('a wrong password, a missing certificate, or no pdf in --format: exit 2, nothing written', () => {
    const copy = workspace();
    writeFileSync(join(copy, FILE), readFileSync(join(ws, FILE)));
    const wrong = sekr(['publish', PROTOCOL, '--format', 'pdf', '--sign', p12], { cwd: copy, env: { SEKR_SIGN_PASSWORD: 'fel' } });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('the password is wrong, or it is not a .p12 file');
    const missing = sekr(['publish', PROTOCOL, '--format', 'pdf', '--sign', 'inget.p12'], { cwd: copy, env: { SEKR_SIGN_PASSWORD: 'x' } });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--sign: no certificate inget.p12');
    const md = sekr(['publish', PROTOCOL, '--format', 'md', '--sign', p12], { cwd: copy, env: { SEKR_SIGN_PASSWORD: 'hemligt' } });
    expect(md.code).toBe(2);
    expect(md.stderr).toContain('--sign signs the PDF: add pdf to --format');
    const noPassword = sekr(['publish', PROTOCOL, '--format', 'pdf', '--sign', p12], { cwd: copy, env: { SEKR_SIGN_PASSWORD: undefined } });
    expect(noPassword.code).toBe(2);
    expect(noPassword.stderr).toContain('SEKR_SIGN_PASSWORD=');
    expect(existsSync(join(copy, 'out'))).toBe(false);
  }, 180_000);
});
