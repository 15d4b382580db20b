// The probe files' line format (probe-harness.ts), without the test runner: read by the
// probe tests and by the triage net's training script (scripts/lib/triage-labelled.ts).
//   E emergency   U urgent or above   X urgent exactly   N not emergency   R routine

export interface Probe {
  want: string;
  kind: string;
  text: string;
}

/** One probe line: the level wanted, the kind, a bar, the text. */
export const PROBE_LINE = /^([EUXNR]) ([a-z0-9-]+) \| (.+)$/;

/** The probes of one or more blocks of lines. */
export function parseProbes(...blocks: string[]): Probe[] {
  return blocks
    .map((b) => b.trim())
    .join('\n')
    .split('\n')
    .map((line) => {
      const m = PROBE_LINE.exec(line);
      if (!m) throw new Error(`probe line is not "L kind | text": ${line}`);
      return { want: m[1]!, kind: m[2]!, text: m[3]! };
    });
}
