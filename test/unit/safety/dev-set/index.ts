// The triage development set: about 800 messages written for this purpose, organ system by
// organ system and in the styles people really write in, each labelled emergency / urgent /
// routine from public triage guidance (NHS "call 999" / "go to A&E" / 111 lists, NICE CKS red
// flags, the Manchester Triage System discriminators and the NICE traffic-light table for
// fever in under-5s; each file names its sources). Written BEFORE the rules were rebuilt.
//
// The set is split in two by a hash of the text, so the split never depends on the order of
// the files: tune on `TUNE` only; score `HELDOUT` once, at the end.
import { fnv1a } from '../../../../src/lib/text/fnv1a';

import abdominal from './abdominal';
import allergy from './allergy';
import bleeding from './bleeding';
import cardiac from './cardiac';
import endocrine from './endocrine';
import entDental from './ent-dental';
import eye from './eye';
import genital from './genital';
import infection from './infection';
import mentalHealth from './mental-health';
import musculoskeletal from './musculoskeletal';
import neuro from './neuro';
import obstetric from './obstetric';
import olderAdult from './older-adult';
import paediatric from './paediatric';
import poisoning from './poisoning';
import respiratory from './respiratory';
import skin from './skin';
import stroke from './stroke';
import styles from './styles';
import trauma from './trauma';
import urology from './urology';
import vascular from './vascular';
import type { DevCase } from './parse';

export type { DevCase, Style } from './parse';

export const DEV_SET: readonly DevCase[] = [
  ...cardiac,
  ...stroke,
  ...neuro,
  ...respiratory,
  ...mentalHealth,
  ...poisoning,
  ...bleeding,
  ...allergy,
  ...abdominal,
  ...urology,
  ...obstetric,
  ...paediatric,
  ...trauma,
  ...eye,
  ...skin,
  ...endocrine,
  ...infection,
  ...musculoskeletal,
  ...vascular,
  ...entDental,
  ...genital,
  ...olderAdult,
  ...styles,
];

/** The split hash, the same FNV-1a as the app's (src/lib/text/fnv1a.ts). */
export { fnv1a };

/** Which half a message belongs to. Bit 16 of the hash: the low bit of FNV-1a is only a
 * parity of the input, the middle bits are well mixed. */
export function halfOf(text: string): 'tune' | 'heldout' {
  return (fnv1a(text) >>> 16) & 1 ? 'heldout' : 'tune';
}

export const TUNE: readonly DevCase[] = DEV_SET.filter((c) => halfOf(c.text) === 'tune');
export const HELDOUT: readonly DevCase[] = DEV_SET.filter((c) => halfOf(c.text) === 'heldout');
