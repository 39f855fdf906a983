/**
 * Rendering one job to its files, in a worker thread or in the main thread
 * alike. Every file is written atomically: an interrupted batch leaves each
 * file whole or absent.
 */
import { dirname, join } from 'node:path';
import { writeFileAtomic } from '../data/atomic.js';
import type { Format } from '../render/meeting.js';
import { documentFiles } from '../render/meeting.js';
import type { MarkdownRenderer } from '../render/markdown.js';
import { barChartPng, barChartSvg, chartSize } from './chart.js';
import type { Job } from './jobs.js';

export interface JobContext {
  render: MarkdownRenderer;
  outDir: string;
  formats: readonly Format[];
}

/** Renders a job; returns the files written, relative to the report folder. */
export async function renderJob({ render, outDir, formats }: JobContext, job: Job): Promise<string[]> {
  const base = join(outDir, job.name);
  const written: string[] = [];
  let images;
  if (job.chart) {
    const svg = barChartSvg(job.chart.title, job.chart.bars);
    const png = await barChartPng(job.chart.title, job.chart.bars);
    const { width, height } = chartSize(job.chart.bars);
    images = { [job.chart.file]: { svg, png, width: Math.round(width * 0.9), height: Math.round(height * 0.9) } };
    // Beside the Markdown, which links the SVG.
    const folder = dirname(base);
    writeFileAtomic(join(folder, job.chart.file), svg);
    writeFileAtomic(join(folder, job.chart.file.replace(/\.svg$/, '.png')), png);
  }
  const files = await documentFiles(render(job.template, job.view), { ...job.info, images }, formats, base);
  for (const f of files) {
    writeFileAtomic(f.path, f.data);
    written.push(`${job.name}.${f.format}`);
  }
  if (job.chart) {
    const rel = dirname(job.name) === '.' ? '' : `${dirname(job.name)}/`;
    written.push(`${rel}${job.chart.file}`, `${rel}${job.chart.file.replace(/\.svg$/, '.png')}`);
  }
  return written;
}
