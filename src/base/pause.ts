/**
 * A pause at a named point of a run, for the tests alone: with
 * SEKR_TEST_PAUSE=<point> the process says so on stderr and waits there (a
 * minute at most), so that a test can kill it at that very moment, e.g. in the
 * middle of the step that makes a report's new documents take their place.
 */
export function pausePoint(point: string): void {
  if (process.env.SEKR_TEST_PAUSE !== point) return;
  process.stderr.write(`sekr: paused at ${point}\n`);
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
}
