// Which triage results are a crisis: an emergency, or a person's mental-health crisis at any
// level. Crisis messages take no examples from the dataset (no forum stories there) and do not
// wait for its search. Its own file, free of the rules, so that the answer pipeline can ask
// without loading them.
import type { Triage } from './types';

/** Flags about a person's mental-health crisis, whatever their level. */
export const CRISIS_FLAG_IDS: ReadonlySet<string> = new Set([
  'suicide-risk',
  'mental-health-danger',
  'mental-health-urgent',
]);

/** True for an emergency or a mental-health crisis. */
export function isCrisis(result: Triage): boolean {
  return result.level === 'emergency' || result.flags.some((f) => CRISIS_FLAG_IDS.has(f.id));
}
