/**
 * Signing a PDF with the organisation's certificate (a .p12 file), so that a
 * PDF reader shows it as signed: a PAdES signature (ETSI.CAdES.detached) in an
 * incremental update, made with @signpdf over the PDF that render/pdf.ts made.
 */
import { t } from '../base/i18n.js';
import { readFileSync } from 'node:fs';
import { EXIT, SekrError } from '../base/errors.js';
import { displayPath } from '../data/yaml-file.js';

export interface PdfSigning {
  /** The .p12 (PKCS #12) file with the certificate and its private key. */
  p12: string;
  password: string;
  /** What the signature says: the reason, who signs (the organisation) and where. */
  reason: string;
  name: string;
  location?: string;
}

/** Room for the signature in the PDF: a CMS with a certificate chain of a few certificates. */
const SIGNATURE_BYTES = 16_384;

export async function signPdf(pdf: Uint8Array, signing: PdfSigning): Promise<Buffer> {
  let p12: Buffer;
  try {
    p12 = readFileSync(signing.p12);
  } catch (e) {
    throw new SekrError(
      t('pdf-signature.unreadable', displayPath(signing.p12), (e as NodeJS.ErrnoException).code === 'ENOENT' ? undefined : (e as Error).message),
      {
        file: displayPath(signing.p12),
        hint: t('pdf-signature.unreadableHint'),
      },
    );
  }
  const [{ SignPdf }, { P12Signer }, { plainAddPlaceholder }, forge] = await Promise.all([
    import('@signpdf/signpdf'),
    import('@signpdf/signer-p12'),
    import('@signpdf/placeholder-plain'),
    import('node-forge'),
  ]);
  let placed: Buffer;
  try {
    placed = plainAddPlaceholder({
      pdfBuffer: Buffer.from(pdf),
      reason: signing.reason,
      contactInfo: '',
      name: signing.name,
      location: signing.location ?? '',
      signatureLength: SIGNATURE_BYTES,
      // PAdES (ETSI EN 319 142): a CAdES signature, where the older adbe.pkcs7.detached is plain PKCS #7.
      subFilter: 'ETSI.CAdES.detached',
      appName: 'sekr',
    });
  } catch (e) {
    throw new SekrError(t('pdf-signature.placeholder', (e as Error).message), { exitCode: EXIT.failure });
  }
  class OrganisationSigner extends P12Signer {
    override async sign(pdfBuffer: Buffer, signingTime?: Date): Promise<Buffer> {
      return withSignersIssuer(forge.default, await super.sign(pdfBuffer, signingTime));
    }
  }
  let signer: InstanceType<typeof P12Signer>;
  try {
    signer = new OrganisationSigner(p12, { passphrase: signing.password });
    return await new SignPdf().sign(placed, signer);
  } catch (e) {
    const message = (e as Error).message ?? String(e);
    const password = /mac|password|decrypt|invalid/i.test(message);
    throw new SekrError(t('pdf-signature.cannotSign', displayPath(signing.p12), password ? undefined : message), {
      file: displayPath(signing.p12),
      hint: t('pdf-signature.cannotSignHint'),
    });
  }
}

type Forge = typeof import('node-forge');
type Asn1 = import('node-forge').asn1.Asn1;

/**
 * The CMS with its signer named by the issuer exactly as the certificate
 * writes it. node-forge writes the issuer anew from its decoded fields, and
 * encodes a name with Å, Ä or Ö in it twice over (a Swedish organisation's
 * certificate often has one); then no reader finds the signer's certificate.
 * The issuer is not among the signed attributes, so the signature holds.
 */
function withSignersIssuer(forge: Forge, der: Buffer): Buffer {
  const { asn1 } = forge;
  const cms = asn1.fromDer(forge.util.createBuffer(der.toString('binary')));
  const signedData = (cms.value[1] as Asn1).value[0] as Asn1;
  const parts = signedData.value as Asn1[];
  const certificates = parts.find((p) => p.tagClass === asn1.Class.CONTEXT_SPECIFIC && p.type === 0);
  const signerInfos = parts[parts.length - 1]!;
  for (const info of signerInfos.value as Asn1[]) {
    const issuerAndSerial = (info.value as Asn1[])[1]!;
    const [, serial] = issuerAndSerial.value as Asn1[];
    for (const cert of (certificates?.value ?? []) as Asn1[]) {
      const tbs = (cert.value as Asn1[])[0]!;
      const fields = tbs.value as Asn1[];
      // tbsCertificate: [0] version, serialNumber, signature, issuer, ...
      const offset = fields[0]!.tagClass === asn1.Class.CONTEXT_SPECIFIC ? 1 : 0;
      if (fields[offset]!.value === serial!.value) (issuerAndSerial.value as Asn1[])[0] = fields[offset + 2]!;
    }
  }
  return Buffer.from(asn1.toDer(cms).getBytes(), 'binary');
}
