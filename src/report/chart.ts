/**
 * A horizontal bar chart of attendance rates: SVG for the Markdown and the
 * Word document, and the same chart as PNG, which LibreOffice and Word
 * versions without SVG support show instead. pureimage draws it in plain
 * JavaScript (no native canvas to build), with the DejaVu Sans font from npm.
 */
import { createRequire } from 'node:module';
import { PassThrough } from 'node:stream';

export interface Bar {
  label: string;
  /** 0–1 */
  value: number;
}

const ROW = 22;
const LABEL = 220;
const BAR = 300;
const WIDTH = LABEL + BAR + 60;
const BLUE = [0x1f, 0x4e, 0x79];

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function chartSize(bars: Bar[]): { width: number; height: number } {
  return { width: WIDTH, height: bars.length * ROW + 30 };
}

export function barChartSvg(title: string, bars: Bar[]): string {
  const { width, height } = chartSize(bars);
  const rows = bars
    .map((b, i) => {
      const y = 24 + i * ROW;
      const w = Math.round(Math.max(0, Math.min(1, b.value)) * BAR);
      return [
        `<text x="${LABEL - 6}" y="${y + 14}" text-anchor="end">${escapeXml(b.label)}</text>`,
        `<rect x="${LABEL}" y="${y + 3}" width="${w}" height="${ROW - 6}" fill="rgb(${BLUE.join(',')})"/>`,
        `<text x="${LABEL + w + 6}" y="${y + 14}">${Math.round(b.value * 100)} %</text>`,
      ].join('');
    })
    .join('\n');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Calibri, Arial, sans-serif" font-size="12">
<rect width="100%" height="100%" fill="white"/>
<text x="${LABEL}" y="14" font-weight="bold">${escapeXml(title)}</text>
<line x1="${LABEL}" y1="20" x2="${LABEL}" y2="${height - 4}" stroke="#888"/>
${rows}
</svg>
`;
}

type PImage = typeof import('pureimage');
let loaded: Promise<PImage> | undefined;

/** pureimage and its font, loaded once per process. */
function pureimage(): Promise<PImage> {
  loaded ??= import('pureimage').then((PImage) => {
    const font = createRequire(import.meta.url).resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
    PImage.registerFont(font, 'DejaVu Sans').loadSync();
    return PImage;
  });
  return loaded;
}

const SCALE = 2;

export async function barChartPng(title: string, bars: Bar[]): Promise<Buffer> {
  const PImage = await pureimage();
  const { width, height } = chartSize(bars);
  const img = PImage.make(width * SCALE, height * SCALE);
  const ctx = img.getContext('2d');
  ctx.scale(SCALE, SCALE);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#000000';
  ctx.font = '12px DejaVu Sans';
  ctx.fillText(title, LABEL, 14);
  ctx.fillStyle = '#888888';
  ctx.fillRect(LABEL, 20, 1, height - 24);
  bars.forEach((b, i) => {
    const y = 24 + i * ROW;
    const w = Math.round(Math.max(0, Math.min(1, b.value)) * BAR);
    ctx.fillStyle = '#000000';
    const label = fit(ctx, b.label, LABEL - 12);
    ctx.fillText(label, LABEL - 6 - ctx.measureText(label).width, y + 15);
    ctx.fillStyle = `rgb(${BLUE.join(',')})`;
    if (w > 0) ctx.fillRect(LABEL, y + 3, w, ROW - 6);
    ctx.fillStyle = '#000000';
    ctx.fillText(`${Math.round(b.value * 100)} %`, LABEL + w + 6, y + 15);
  });
  const chunks: Buffer[] = [];
  const sink = new PassThrough();
  sink.on('data', (c: Buffer) => chunks.push(c));
  await PImage.encodePNGToStream(img, sink);
  return Buffer.concat(chunks);
}

/** The label, shortened with "…" to fit the room. */
function fit(ctx: { measureText(t: string): { width: number } }, text: string, room: number): string {
  if (ctx.measureText(text).width <= room) return text;
  let t = text;
  while (t.length > 1 && ctx.measureText(`${t}…`).width > room) t = t.slice(0, -1);
  return `${t}…`;
}
