/**
 * A small pool of worker threads: each takes the next job when it is done
 * with one, so the cores stay busy and only the jobs in flight are held.
 */
import { Worker } from 'node:worker_threads';
import { SekrError } from '../errors.js';
import type { Job } from './jobs.js';

interface Reply {
  id?: number;
  ready?: boolean;
  files?: string[];
  error?: { message: string; stack?: string; sekr?: { file?: string; line?: number; col?: number; hint?: string; exitCode?: number } };
}

export async function runInWorkers(
  init: { dataDir: string; outDir: string; formats: string[] },
  jobs: Iterator<Job>,
  threads: number,
  done: (job: Job, files: string[]) => void,
): Promise<void> {
  // A bounded heap: V8 collects sooner instead of growing, so memory stays flat over a long batch.
  const workers = Array.from({ length: threads }, () => new Worker(new URL('./worker.js', import.meta.url), { workerData: init, resourceLimits: { maxOldGenerationSizeMb: 128 } }));
  let failure: Error | undefined;
  let nextId = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const inFlight = new Map<number, Job>();
            const feed = () => {
              if (failure) return finish();
              const next = jobs.next();
              if (next.done) return finish();
              const id = nextId++;
              inFlight.set(id, next.value);
              worker.postMessage({ id, job: next.value });
            };
            const finish = () => {
              worker.removeAllListeners();
              resolve();
            };
            worker.on('message', (reply: Reply) => {
              if (reply.ready) return feed();
              const job = inFlight.get(reply.id!)!;
              inFlight.delete(reply.id!);
              if (reply.error) {
                const { message, sekr } = reply.error;
                failure = sekr ? new SekrError(message, sekr) : Object.assign(new Error(message), { stack: reply.error.stack });
                return reject(failure);
              }
              done(job, reply.files!);
              feed();
            });
            worker.on('error', (e) => {
              failure = e;
              reject(e);
            });
            worker.on('exit', (code) => {
              if (code !== 0 && !failure) reject((failure = new Error(`a worker thread stopped (exit code ${code})`)));
            });
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
