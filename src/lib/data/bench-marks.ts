// Performance marks and measures that npm run bench:data reads back (bedside:data-import…,
// bedside:import:<step>). Optional: where the Performance API refuses one (an old browser, a
// bad start time), the import goes on without it.

/** A `performance.mark`, at `startTime` on the page's clock if given, else now. */
export function benchMark(name: string, startTime?: number): void {
  try {
    performance.mark(name, startTime === undefined ? undefined : { startTime });
  } catch {
    // timings are only for the benchmark
  }
}

/** A `performance.measure` from `start` to now, with `detail`. */
export function benchMeasure(name: string, start: number, detail: object): void {
  try {
    performance.measure(name, { start, detail });
  } catch {
    // timings are only for the benchmark
  }
}
