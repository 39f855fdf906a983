/**
 * SEKR_TIMING=1 prints on stderr, at exit, the milliseconds since the process
 * started at each mark of a run: for finding where a cold start spends its time
 * (a profiler's V8 flags make V8 refuse the code cache, so it cannot show that).
 * performance.mark is global, so dist/boot.cjs (src/boot.ts), outside the bundle, marks too.
 */
const on = Boolean(process.env.SEKR_TIMING);

export function mark(name: string): void {
  if (on) performance.mark(name, { detail: process.cpuUsage() });
}

if (on) {
  process.on('exit', () => {
    // Wall time, and the CPU time of the process (all its threads), which other programs on the machine disturb less.
    let [wall, cpu] = [0, 0];
    const line = (name: string, at: number, used: NodeJS.CpuUsage) => {
      const now = (used.user + used.system) / 1000;
      const text = `${at.toFixed(1).padStart(7)} ms  +${(at - wall).toFixed(1).padStart(5)}  cpu +${(now - cpu).toFixed(1).padStart(5)}  ${name}`;
      [wall, cpu] = [at, now];
      return text;
    };
    const lines = (performance.getEntriesByType('mark') as { name: string; startTime: number; detail?: unknown }[]).map((m) =>
      line(m.name, m.startTime, (m.detail as NodeJS.CpuUsage | null) ?? { user: cpu * 1000, system: 0 }),
    );
    lines.push(line('exit', performance.now(), process.cpuUsage()));
    process.stderr.write(`${lines.join('\n')}\n`);
  });
}
