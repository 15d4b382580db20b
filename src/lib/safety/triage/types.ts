// The shape of a triage result, shared by every part of the triage folder and its users.

export type TriageLevel = 'emergency' | 'urgent' | 'routine';

export interface TriageFlag {
  /** Stable identifier, safe to store and to test against. */
  id: string;
  /** A few words naming what was noticed (never a diagnosis). */
  label: string;
  /** Plain, actionable advice: what to do now. */
  advice: string;
}

export interface Triage {
  level: TriageLevel;
  flags: TriageFlag[];
}

export const LEVEL_RANK: Readonly<Record<TriageLevel, number>> = {
  routine: 0,
  urgent: 1,
  emergency: 2,
};
