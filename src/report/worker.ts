/** A worker thread of `sekr report`: renders the jobs it is sent; two may be in hand, so one renders while the other's files flush. */
import { parentPort, workerData } from 'node:worker_threads';
import { SekrError } from '../errors.js';
import { markdownRenderer } from '../render/markdown.js';
import type { Format } from '../render/meeting.js';
import type { Job } from './jobs.js';
import { renderJob } from './render-job.js';

const { dataDir, outDir, formats } = workerData as { dataDir: string; outDir: string; formats: Format[] };
const render = await markdownRenderer(dataDir);

parentPort!.on('message', async ({ id, job }: { id: number; job: Job }) => {
  try {
    const files = await renderJob({ render, outDir, formats }, job);
    parentPort!.postMessage({ id, files });
  } catch (e) {
    const err = e as Error;
    const sekr = e instanceof SekrError ? { file: e.file, line: e.line, col: e.col, hint: e.hint, exitCode: e.exitCode } : undefined;
    parentPort!.postMessage({ id, error: { message: err.message, stack: err.stack, sekr } });
  }
});
parentPort!.postMessage({ ready: true });
