/**
 * The threads of `sekr report`: worker threads, each with two tasks in hand
 * (so that it never waits for the next one to arrive), or, with --jobs 1,
 * this thread. Either way the batch hands out one task at a time as
 * a thread asks, so only the tasks in flight are held in memory.
 */
import { language, t } from '../base/i18n.js';
import { Worker } from 'node:worker_threads';
import { SekrError, type SekrErrorOptions } from '../base/errors.js';
import { mark } from '../base/timing.js';
import type { DocumentFile } from './render-job.js';
import { reportContext, runTask, type Delivery, type Outcome, type ReportData, type ReportSetup, type Task } from './tasks.js';

export interface Threads {
  /** Runs the tasks `next` hands out (until it says undefined), calling `done` with each outcome. */
  run(next: () => Task | undefined, done: (outcome: Outcome) => void): Promise<void>;
  close(): Promise<void>;
}

interface Reply {
  id?: number;
  ready?: boolean;
  made?: DocumentFile[];
  outcome?: Outcome;
  error?: { message: string; stack?: string; sekr?: SekrErrorOptions };
}

const IN_HAND = 2;
/** A worker's old generation, in MB (see workerThreads). */
const WORKER_HEAP_MB = 96;

/** With one thread: the tasks run here, one after the other. */
export async function thisThread(setup: ReportSetup, data: ReportData, deliver: Delivery): Promise<Threads> {
  const ctx = await reportContext(setup, data);
  return {
    async run(next, done) {
      for (let task = next(); task; task = next()) done(await runTask(ctx, task, deliver));
    },
    async close() {},
  };
}

export async function workerThreads(setup: ReportSetup, data: ReportData, count: number, deliver: Delivery): Promise<Threads> {
  // A bounded heap: V8 collects sooner instead of growing, so memory stays flat over a long batch.
  // The bound leaves room for the largest document a worker makes: the docx library holds a whole
  // document as objects while it writes it, and the attendance table of a group that met most days
  // of a year has thousands of cells. (README, Performance: what the bound costs at 5,000 meetings.)
  const resourceLimits = { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 4 };
  const workers = Array.from(
    { length: count },
    () => new Worker(new URL('./worker.cjs', import.meta.url), { workerData: { setup, data, language: language() }, resourceLimits }),
  );
  // A worker lost between runs (out of memory, stopped) is told to the next run, which would otherwise wait on it.
  const lost: (Error | undefined)[] = workers.map(() => undefined);
  const ready = workers.map(
    (worker, w) =>
      new Promise<void>((resolve, reject) => {
        worker.once('message', (reply: Reply) => (reply.ready ? (mark('report: a worker is ready'), resolve()) : reject(replyError(reply))));
        // Kept on: an error no run listens for would otherwise be thrown in the main thread, and a worker
        // that stops before it is ready would be waited for.
        worker.on('error', (e: NodeJS.ErrnoException) => reject((lost[w] ??= e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? outOfMemory() : e)));
        worker.on('exit', (code) => reject((lost[w] ??= new Error(t('pool.workerStopped', code)))));
      }),
  );
  let nextId = 0;
  return {
    async run(next, done) {
      let failure: Error | undefined;
      let exhausted = false;
      // On the first failure every worker is let go at once: a file delivered after it would be
      // written into a folder the batch is already throwing away.
      const running = new Set<(failure: Error) => void>();
      const fail = (e: Error) => {
        failure ??= e;
        for (const abort of running) abort(failure);
      };
      await Promise.all(
        workers.map(async (worker, w) => {
          await ready[w];
          if (failure) return;
          await new Promise<void>((resolve, reject) => {
            const inFlight = new Set<number>();
            // Only this run's own listeners go: terminate() waits for the exit with a listener of Node's own,
            // and without it the batch would wait for ever, and Node end it silently with exit code 0.
            const detach = () => {
              running.delete(abort);
              worker.off('message', onMessage);
              worker.off('error', onError);
              worker.off('exit', onExit);
            };
            const abort = (e: Error) => (detach(), reject(e));
            const stop = (e?: Error) => (e ? fail(e) : (detach(), resolve()));
            const feed = () => {
              while (!failure && !exhausted && inFlight.size < IN_HAND) {
                let task: Task | undefined;
                try {
                  task = next();
                } catch (e) {
                  return stop(e as Error);
                }
                if (!task) {
                  exhausted = true;
                  break;
                }
                const id = nextId++;
                inFlight.add(id);
                worker.postMessage({ id, task });
              }
              if (inFlight.size === 0) stop();
            };
            const onMessage = (reply: Reply) => {
              if (reply.made) {
                try {
                  return deliver(reply.made.length ? reply.made : undefined);
                } catch (e) {
                  return stop(e as Error);
                }
              }
              inFlight.delete(reply.id!);
              if (reply.error) return stop(replyError(reply));
              try {
                done(reply.outcome!);
              } catch (e) {
                return stop(e as Error);
              }
              feed();
            };
            const onError = (e: NodeJS.ErrnoException) => stop(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? outOfMemory() : e);
            const onExit = (code: number) => stop(new Error(t('pool.workerStopped', code)));
            running.add(abort);
            worker.on('message', onMessage);
            worker.on('error', onError);
            worker.on('exit', onExit);
            if (lost[w]) return stop(lost[w]);
            feed();
          });
        }),
      );
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

function outOfMemory(): SekrError {
  return new SekrError(t('pool.outOfMemory', WORKER_HEAP_MB), { hint: t('pool.outOfMemoryHint') });
}

function replyError(reply: Reply): Error {
  const { message, sekr, stack } = reply.error ?? { message: t('pool.failedToStart') };
  return sekr ? new SekrError(message, sekr) : Object.assign(new Error(message), { stack });
}
