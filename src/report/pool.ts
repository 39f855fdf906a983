/**
 * A small pool of worker threads: each has two jobs in hand (one rendering
 * while the other's files are flushed to disk) and takes the next when one is
 * done, so the cores stay busy and only the jobs in flight are held.
 */
import { Worker } from 'node:worker_threads';
import { SekrError } from '../errors.js';
import type { Job } from './jobs.js';
import type { StagedFile } from './render-job.js';

interface Reply {
  id?: number;
  ready?: boolean;
  files?: StagedFile[];
  error?: { message: string; stack?: string; sekr?: { file?: string; line?: number; col?: number; hint?: string; exitCode?: number } };
}

const IN_HAND = 2;

export async function runInWorkers(
  init: { dataDir: string; outDir: string; formats: string[] },
  jobs: Iterator<Job>,
  threads: number,
  done: (job: Job, files: StagedFile[]) => void,
): Promise<void> {
  // A bounded heap: V8 collects sooner instead of growing, so memory stays flat over a long batch.
  const workers = Array.from({ length: threads }, () => new Worker(new URL('./worker.js', import.meta.url), { workerData: init, resourceLimits: { maxOldGenerationSizeMb: 128 } }));
  let failure: Error | undefined;
  let exhausted = false;
  let nextId = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const inFlight = new Map<number, Job>();
            const feed = () => {
              while (!failure && !exhausted && inFlight.size < IN_HAND) {
                let next: IteratorResult<Job>;
                try {
                  next = jobs.next();
                } catch (e) {
                  failure = e as Error;
                  worker.removeAllListeners();
                  return reject(failure);
                }
                if (next.done) {
                  exhausted = true;
                  break;
                }
                const id = nextId++;
                inFlight.set(id, next.value);
                worker.postMessage({ id, job: next.value });
              }
              if (inFlight.size === 0 || failure) {
                worker.removeAllListeners();
                resolve();
              }
            };
            worker.on('message', (reply: Reply) => {
              if (reply.ready) return feed();
              const job = inFlight.get(reply.id!)!;
              inFlight.delete(reply.id!);
              if (reply.error) {
                const { message, sekr } = reply.error;
                failure = sekr ? new SekrError(message, sekr) : Object.assign(new Error(message), { stack: reply.error.stack });
                worker.removeAllListeners();
                return reject(failure);
              }
              try {
                done(job, reply.files!);
              } catch (e) {
                failure = e as Error;
                worker.removeAllListeners();
                return reject(failure);
              }
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
