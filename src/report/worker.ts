/** A worker thread of `sekr report`: runs the tasks it is sent (see tasks.ts); two may be in hand. */
import { parentPort, workerData } from 'node:worker_threads';
import { SekrError } from '../errors.js';
import { reportContext, runTask, type ReportData, type ReportSetup, type Task } from './tasks.js';

const port = parentPort!;

async function serve(): Promise<void> {
  // The registry comes parsed from the main thread: a large one takes longer to parse than to copy.
  const { setup, data } = workerData as { setup: ReportSetup; data: ReportData };
  const ctx = await reportContext(setup, data);
  const madeOne = () => port.postMessage({ made: true });
  port.on('message', async ({ id, task }: { id: number; task: Task }) => {
    try {
      port.postMessage({ id, outcome: await runTask(ctx, task, madeOne) });
    } catch (e) {
      port.postMessage({ id, error: errorData(e) });
    }
  });
  port.postMessage({ ready: true });
}

function errorData(e: unknown) {
  const err = e as Error;
  const sekr = e instanceof SekrError ? { file: e.file, line: e.line, col: e.col, hint: e.hint, exitCode: e.exitCode, problems: e.problems } : undefined;
  return { message: err.message, stack: err.stack, sekr };
}

serve().catch((e: unknown) => port.postMessage({ error: errorData(e) }));
