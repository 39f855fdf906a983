/**
 * Rendering one job to its files' contents, in a worker thread or in the
 * main thread alike. The batch writes them (batch.ts): a thread that renders
 * does not also wait for the disk.
 */
import { dirname, join } from 'node:path';
import type { Format } from '../render/documents.js';
import { documentFiles } from '../render/documents.js';
import type { MarkdownRenderer, RenderedMarkdown } from '../render/markdown.js';
import { withoutContactDetails } from '../render/public.js';
import { barChartPng, barChartSvg, chartSize } from './chart.js';
import { INTERNAL_MARK, type Job } from './jobs.js';

export interface JobContext {
  render: MarkdownRenderer;
  outDir: string;
  formats: readonly Format[];
  /** The office's unmasked copy: marked as such. Otherwise a public copy: no contact details. */
  internal: boolean;
}

/** A file of a document: `file` is its name relative to the report folder. */
export interface DocumentFile {
  file: string;
  data: string | Uint8Array;
}

/** Renders a job: the document in each format asked, then its chart's files. */
export async function renderJob({ render, outDir, formats, internal }: JobContext, job: Job): Promise<DocumentFile[]> {
  const base = join(outDir, job.name);
  const writes: DocumentFile[] = [];
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
  const files = await documentFiles(marked(render(job.template, job.view), internal), { ...job.info, images }, formats, base);
  // The document first, then its chart, as the index lists them.
  writes.unshift(...files.map((f) => ({ file: `${job.name}.${f.format}`, data: f.data })));
  return writes;
}

/**
 * An internal document says so under its title and in its header; a public one goes out as a
 * published copy does, without e-mail addresses or phone numbers typed into its text.
 */
function marked(rendered: RenderedMarkdown, internal: boolean): RenderedMarkdown {
  if (!internal) return { ...rendered, markdown: withoutContactDetails(rendered.markdown) };
  const markdown = rendered.markdown.replace(/^(# .*\n)/m, `$1\n${INTERNAL_MARK}\n`);
  const header = `${rendered.settings.header} – ${INTERNAL_MARK.replace(/\*|\.$/g, '')}`;
  return { ...rendered, markdown: markdown === rendered.markdown ? `${INTERNAL_MARK}\n\n${markdown}` : markdown, settings: { ...rendered.settings, header } };
}
