// The probe files' shared format and check (triage-probes*.test.ts). One line per probe: the
// level wanted, the kind, a bar, the text.
//   E emergency   U urgent or above   X urgent exactly (not emergency, not routine)
//   N not emergency (urgent or routine)   R routine
import { describe, expect, it } from 'vitest';
import { triage } from '@/lib/safety/triage';
import type { Probe } from './probe-lines';

export { parseProbes, type Probe } from './probe-lines';

/** Whether a triage level meets what a probe wants. */
export const meets = (want: string, level: string): boolean =>
  ({
    E: level === 'emergency',
    U: level !== 'routine',
    X: level === 'urgent',
    N: level !== 'emergency',
    R: level === 'routine',
  })[want] ?? false;

/** One test per kind: every probe of that kind gets the level it wants. */
export function describeProbes(title: string, probes: readonly Probe[]): void {
  describe(title, () => {
    for (const kind of [...new Set(probes.map((c) => c.kind))]) {
      it(`handles the "${kind}" phrasings at the level they need`, () => {
        const wrong = probes
          .filter((c) => c.kind === kind)
          .map((c) => ({ ...c, got: triage(c.text).level }))
          .filter((c) => !meets(c.want, c.got))
          .map((c) => `${c.want} got ${c.got}: ${c.text}`);
        expect(wrong).toEqual([]);
      });
    }
  });
}

/** An entry of a labelled probe file (probes-p7-*.json). */
export interface LabelledProbe {
  text: string;
  expected: string;
  kind: string;
  /** A bar that replaces the level's own (e.g. "N": only stay out of emergency). */
  assert?: string;
  /** Why this entry is not asserted (a label its author now doubts). */
  open?: string;
  /** "held-out": the half of a probe set scored once at the end, never tuned or trained on. */
  split?: string;
}

const BAR: Record<string, string> = { emergency: 'E', urgent: 'U', routine: 'R' };

/** The probes of a labelled file: `assert` replaces the level's bar; `open` ones are left out. */
export function fromLabelled(entries: readonly LabelledProbe[]): Probe[] {
  return entries
    .filter((p) => !p.open)
    .map((p) => ({ want: p.assert ?? BAR[p.expected] ?? '?', kind: p.kind, text: p.text }));
}
