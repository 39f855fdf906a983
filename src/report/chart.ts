/**
 * A horizontal bar chart of attendance rates: SVG for the Markdown and the
 * Word document, and the same chart as PNG, which LibreOffice and Word
 * versions without SVG support show instead, drawn in plain JavaScript (no
 * native canvas to build): pureimage rasterises the glyphs of DejaVu Sans
 * (from npm), and the chart is written as an indexed-colour PNG (see png.ts).
 */
import { createRequire } from 'node:module';
import { indexedPng } from './png.js';

export interface Bar {
  label: string;
  /** 0–1 */
  value: number;
}

const ROW = 22;
const LABEL = 220;
const BAR = 300;
const WIDTH = LABEL + BAR + 72;
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
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`;
  return `${svg} font-family="Calibri, Arial, sans-serif" font-size="12">
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
const FONT_PX = 12;

/**
 * Text is drawn from an atlas: each character is rasterised once (pureimage's
 * text rendering is slow) and then stamped as a coverage mask.
 */
interface Glyph {
  advance: number;
  /** Coverage 0–255, GLYPH_W x GLYPH_H at SCALE. */
  mask: Uint8Array;
  /** The inked part of the mask (end exclusive): stamping skips the empty rest, most of a glyph's box. */
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}
const GLYPH_W = FONT_PX * SCALE * 2;
const GLYPH_H = Math.round(FONT_PX * SCALE * 1.5);
const BASELINE = Math.round(FONT_PX * SCALE * 1.15);
const atlas = new Map<string, Glyph>();

function glyph(PImage: PImage, char: string): Glyph {
  let g = atlas.get(char);
  if (g) return g;
  const img = PImage.make(GLYPH_W, GLYPH_H);
  const ctx = img.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, GLYPH_W, GLYPH_H);
  ctx.fillStyle = '#000000';
  ctx.font = `${FONT_PX * SCALE}px DejaVu Sans`;
  ctx.fillText(char, 0, BASELINE);
  const mask = new Uint8Array(GLYPH_W * GLYPH_H);
  let [x0, x1, y0, y1] = [GLYPH_W, 0, GLYPH_H, 0];
  for (let i = 0; i < mask.length; i++) {
    mask[i] = 255 - img.data[i * 4]!;
    if (!mask[i]) continue;
    const [x, y] = [i % GLYPH_W, Math.floor(i / GLYPH_W)];
    [x0, x1, y0, y1] = [Math.min(x0, x), Math.max(x1, x + 1), Math.min(y0, y), Math.max(y1, y + 1)];
  }
  g = { advance: ctx.measureText(char).width / SCALE, mask, x0, x1, y0, y1 };
  atlas.set(char, g);
  return g;
}

const textWidth = (PImage: PImage, text: string) => [...text].reduce((w, c) => w + glyph(PImage, c).advance, 0);

/**
 * The chart's palette: white to black in TEXT_LEVELS steps for anti-aliased
 * text on white, then the bar blue and the axis grey. One byte a pixel instead
 * of four: the PNG is made in a fraction of the time.
 */
const TEXT_LEVELS = 64;
const BLACK = TEXT_LEVELS - 1;
const BAR_BLUE = TEXT_LEVELS;
const AXIS_GREY = TEXT_LEVELS + 1;
const PALETTE: readonly (readonly number[])[] = [
  ...Array.from({ length: TEXT_LEVELS }, (_, i) => {
    const v = 255 - Math.round((i * 255) / (TEXT_LEVELS - 1));
    return [v, v, v];
  }),
  BLUE,
  [0x88, 0x88, 0x88],
];

export async function barChartPng(title: string, bars: Bar[]): Promise<Buffer> {
  const PImage = await pureimage();
  const { width, height } = chartSize(bars);
  const W = width * SCALE;
  const H = height * SCALE;
  // The chart's own bitmap of palette indices, index 0, white, to begin with; pureimage only rasterises the glyphs.
  const data = new Uint8Array(W * H);
  const paint = (x0: number, y0: number, w: number, h: number, colour: number) => {
    const [left, right] = [Math.round(x0 * SCALE), Math.min(W, Math.round((x0 + w) * SCALE))];
    if (right <= left) return;
    for (let y = Math.round(y0 * SCALE); y < Math.min(H, Math.round((y0 + h) * SCALE)); y++) data.fill(colour, y * W + left, y * W + right);
  };
  /** Black text with its baseline at y (in chart units). */
  const write = (text: string, x: number, y: number) => {
    let pen = x * SCALE;
    const top = Math.round(y * SCALE) - BASELINE;
    for (const c of text) {
      const g = glyph(PImage, c);
      const left = Math.round(pen);
      for (let gy = g.y0; gy < g.y1; gy++) {
        const py = top + gy;
        if (py < 0 || py >= H) continue;
        for (let gx = g.x0; gx < g.x1; gx++) {
          const a = g.mask[gy * GLYPH_W + gx]!;
          const px = left + gx;
          if (!a || px < 0 || px >= W) continue;
          const i = py * W + px;
          const level = Math.round((a * BLACK) / 255);
          const under = data[i]!;
          // On white (or lighter text) the darker level; on a bar or the axis, solid ink only.
          if (under < TEXT_LEVELS) data[i] = Math.max(under, level);
          else if (a >= 128) data[i] = BLACK;
        }
      }
      pen += g.advance * SCALE;
    }
  };
  const fit = (text: string, room: number) => {
    if (textWidth(PImage, text) <= room) return text;
    let t = text;
    while (t.length > 1 && textWidth(PImage, `${t}…`) > room) t = t.slice(0, -1);
    return `${t}…`;
  };

  paint(LABEL, 20, 1, height - 24, AXIS_GREY);
  write(title, LABEL, 14);
  bars.forEach((b, i) => {
    const y = 24 + i * ROW;
    const w = Math.round(Math.max(0, Math.min(1, b.value)) * BAR);
    if (w > 0) paint(LABEL, y + 3, w, ROW - 6, BAR_BLUE);
    const label = fit(b.label, LABEL - 12);
    write(label, LABEL - 6 - textWidth(PImage, label), y + 15);
    write(`${Math.round(b.value * 100)} %`, LABEL + w + 6, y + 15);
  });
  return indexedPng(W, H, data, PALETTE);
}
