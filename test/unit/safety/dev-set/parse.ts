// The development set is written as one message a line, so that writing (and reviewing) a
// few hundred of them stays readable:
//
//   E texting,typo | chest feels like an elephant is sitting on it
//
// E = emergency (call the emergency number / go to A&E now), U = urgent (same day: GP today,
// urgent care, 111), R = routine (self-care, a routine appointment, or a question). Then the
// style tags, a bar, and the message exactly as a person might type it.

import type { TriageLevel } from '@/lib/safety/triage';
import type { LabelledMessage } from '@/lib/safety/evaluate';

export const STYLES = [
  'plain',
  'texting',
  'typo',
  'non-native',
  'third-person',
  'parent',
  'long',
  'units',
  'age',
  'negation',
  'cleared',
  'explained',
  'question',
  'hypothetical',
  'history',
  'mild',
] as const;
export type Style = (typeof STYLES)[number];

export interface DevCase extends LabelledMessage {
  /** The organ system or domain the message belongs to (one file each). */
  system: string;
  styles: Style[];
}

const LEVELS: Record<string, TriageLevel> = { E: 'emergency', U: 'urgent', R: 'routine' };
const LINE = /^([EUR])\s+([a-z,-]+)\s+\|\s+(\S.*)$/;

/** Reads one system's block of lines; a malformed line throws, naming the system and line. */
export function parseCases(system: string, block: string): DevCase[] {
  const out: DevCase[] = [];
  for (const [i, raw] of block.split('\n').entries()) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const m = LINE.exec(line);
    if (!m) throw new Error(`dev-set/${system}: line ${i} is not "L styles | text": ${line}`);
    const styles = m[2]!.split(',');
    for (const s of styles) {
      if (!(STYLES as readonly string[]).includes(s)) {
        throw new Error(`dev-set/${system}: line ${i} has an unknown style "${s}"`);
      }
    }
    out.push({
      system,
      expected: LEVELS[m[1]!]!,
      styles: styles as Style[],
      text: m[3]!.trim(),
    });
  }
  return out;
}
