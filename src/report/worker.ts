/** A worker thread of `sekr report`: runs the tasks it is sent (see tasks.ts); two may be in hand. */
import { parentPort, workerData } from 'node:worker_threads';
import { SekrError } from '../base/errors.js';
import { setLanguage, type Language } from '../base/i18n.js';
import { reportContext, runTask, type Delivery, type ReportData, type ReportSetup, type Task } from './tasks.js';

const port = parentPort!;
// A thread starts in the default language: the main thread says which the user reads.
setLanguage((workerData as { language: Language }).language);

async function serve(): Promise<void> {
  // The registry comes parsed from the main thread: a large one takes longer to parse than to copy.
  const { setup, data } = workerData as { setup: ReportSetup; data: ReportData };
  const ctx = await reportContext(setup, data);
  // The files go to the main thread to be written, so that this thread goes on rendering.
  const deliver: Delivery = (files = []) => {
    // Moved, not copied: each file's bytes in a buffer of its own, handed over with the message.
    const moved = files.map(({ file, data }) => ({ file, data: ownBuffer(data) }));
    port.postMessage(
      { made: moved },
      moved.map((f) => f.data.buffer as ArrayBuffer),
    );
  };
  const work = async ({ id, task }: { id: number; task: Task }) => {
    try {
      port.postMessage({ id, outcome: await runTask(ctx, task, deliver) });
    } catch (e) {
      port.postMessage({ id, error: errorData(e) });
    }
  };
  port.on('message', (message: { id: number; task: Task }) => void work(message));
  port.postMessage({ ready: true });
}

const encoder = new TextEncoder();

/** Bytes in an ArrayBuffer of their own (a small Buffer shares Node's pool, which must not be handed over). */
function ownBuffer(data: string | Uint8Array): Uint8Array {
  if (typeof data === 'string') return encoder.encode(data);
  return data.byteOffset === 0 && data.byteLength === data.buffer.byteLength ? data : new Uint8Array(data);
}

function errorData(e: unknown) {
  const err = e as Error;
  const sekr = e instanceof SekrError ? { file: e.file, line: e.line, col: e.col, hint: e.hint, exitCode: e.exitCode, problems: e.problems } : undefined;
  return { message: err.message, stack: err.stack, sekr };
}

/** One document's Markdown, for a command that renders with templates of the data folder's own (render/markdown.ts). */
async function renderTemplate({ dataDir, templateName, view }: { dataDir: string; templateName: string; view: object }): Promise<void> {
  const { markdownRenderer } = await import('../render/markdown.js');
  port.postMessage({ rendered: (await markdownRenderer(dataDir))(templateName, view) });
}

const job = workerData as { template?: { dataDir: string; templateName: string; view: object } };
(job.template ? renderTemplate(job.template) : serve()).catch((e: unknown) => port.postMessage({ error: errorData(e) }));
