// A small, honest timer for `npm run bench`: warm up, then run batches until
// a minimum time has passed, and report nanoseconds per operation.
export interface Measurement {
  readonly name: string;
  readonly nsPerOp: number;
  readonly ops: number;
}

export function measure(name: string, op: () => unknown, minMillis = 300): Measurement {
  for (let i = 0; i < 50; i++) op();
  let ops = 0;
  let batch = 1;
  const start = process.hrtime.bigint();
  let elapsed = 0n;
  const limit = BigInt(minMillis) * 1_000_000n;
  while (elapsed < limit) {
    for (let i = 0; i < batch; i++) op();
    ops += batch;
    batch = Math.min(batch * 2, 1 << 16);
    elapsed = process.hrtime.bigint() - start;
  }
  return { name, nsPerOp: Number(elapsed) / ops, ops };
}

export function formatNs(ns: number): string {
  if (ns >= 1e6) return `${(ns / 1e6).toFixed(2)} ms`;
  if (ns >= 1e3) return `${(ns / 1e3).toFixed(2)} µs`;
  return `${ns.toFixed(1)} ns`;
}

/** Prints rows of a table with a ratio column against a baseline measured in the same run. */
export function printComparison(title: string, rows: { label: string; ns: number; baselineNs: number; baselineName: string }[]): void {
  console.log(`\n${title}`);
  for (const row of rows) {
    const ratio = row.ns / row.baselineNs;
    console.log(
      `  ${row.label.padEnd(48)} ${formatNs(row.ns).padStart(12)}/op   ${row.baselineName} ${formatNs(row.baselineNs).padStart(12)}/op   ratio ${ratio.toFixed(2)}x`,
    );
  }
}
