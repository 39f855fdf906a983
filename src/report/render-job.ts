/**
 * Rendering one job to its files, in a worker thread or in the main thread
 * alike. Files are staged (written whole under a temporary name and flushed);
 * the batch renames them into place once every document of the run is made.
 */
import { dirname, join } from 'node:path';
import { discardStaged, stageFile } from '../data/atomic.js';
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

/** A file of the report written under a temporary name: `file` is its real name, relative to the report folder. */
export interface StagedFile {
  file: string;
  tmp: string;
}

/** Renders a job; returns its files, staged. */
export async function renderJob({ render, outDir, formats }: JobContext, job: Job): Promise<StagedFile[]> {
  const base = join(outDir, job.name);
  const writes: { file: string; data: string | Uint8Array }[] = [];
  let images;
  if (job.chart) {
    const svg = barChartSvg(job.chart.title, job.chart.bars);
    const png = await barChartPng(job.chart.title, job.chart.bars);
    const { width, height } = chartSize(job.chart.bars);
    images = { [job.chart.file]: { svg, png, width: Math.round(width * 0.9), height: Math.round(height * 0.9) } };
    // Beside the Markdown, which links the SVG.
    const rel = dirname(job.name) === '.' ? '' : `${dirname(job.name)}/`;
    writes.push({ file: `${rel}${job.chart.file}`, data: svg }, { file: `${rel}${job.chart.file.replace(/\.svg$/, '.png')}`, data: png });
  }
  const files = await documentFiles(render(job.template, job.view), { ...job.info, images }, formats, base);
  // The document first, then its chart, as the index lists them.
  writes.unshift(...files.map((f) => ({ file: `${job.name}.${f.format}`, data: f.data })));
  const staged = await Promise.allSettled(writes.map(async ({ file, data }) => ({ file, tmp: await stageFile(join(outDir, file), data) })));
  const failed = staged.find((s) => s.status === 'rejected');
  if (failed) {
    for (const s of staged) if (s.status === 'fulfilled') discardStaged(s.value.tmp);
    throw failed.reason;
  }
  return staged.map((s) => (s as PromiseFulfilledResult<StagedFile>).value);
}
