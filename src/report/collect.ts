/**
 * The main thread of a report receives every file's bytes from the workers
 * and writes them; otherwise it waits, and a V8 heap that only waits is seldom
 * collected, so the written buffers would pile up (the README's performance
 * section has the figures). After every `bytes` written, a collection frees
 * them: the main thread's heap is small, the collection is short in a thread
 * that would only wait, and the workers go on. (A collection of the young
 * generation alone does not free array buffers.)
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

type Gc = (options?: { type?: 'major' | 'minor'; execution?: 'sync' | 'async' }) => void;

let gc: Gc | undefined | null;

/** V8's gc function, which Node gives under --expose-gc; set from here, it is there for a new context. */
function collector(): Gc | undefined {
  if (gc === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      gc = runInNewContext('gc') as Gc;
    } catch {
      gc = null; // not in this runtime: V8 collects in its own time
    }
  }
  return gc ?? undefined;
}

export function collectedEvery(bytes: number): (written: number) => void {
  let since = 0;
  return (written) => {
    since += written;
    if (since < bytes) return;
    since = 0;
    collector()?.();
  };
}
